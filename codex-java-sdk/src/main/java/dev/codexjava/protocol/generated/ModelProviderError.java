package dev.codexjava.protocol.generated;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jspecify.annotations.Nullable;

/**
 * Structured JSON-RPC error data. Unknown errors must retain the client's normal fallback. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ModelProviderError.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ModelProviderError.ModelProviderMismatch.class, name = "modelProviderMismatch"),
		@JsonSubTypes.Type(value = ModelProviderError.ModelProviderNotConfigured.class, name = "modelProviderNotConfigured"),
		@JsonSubTypes.Type(value = ModelProviderError.ModelProviderPolicyConflict.class, name = "modelProviderPolicyConflict") })
public sealed interface ModelProviderError {

	/**
	 * The {@code modelProviderMismatch} variant.
	 */
	public record ModelProviderMismatch(
			@JsonProperty("currentModelProvider") String currentModelProvider,
			@JsonProperty("modelProvider") String modelProvider,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ModelProviderError {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ModelProviderMismatch {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ModelProviderMismatch(String currentModelProvider, String modelProvider) {
			this(currentModelProvider, modelProvider, Map.of());
		}

	}

	/**
	 * The {@code modelProviderNotConfigured} variant.
	 */
	public record ModelProviderNotConfigured(
			@JsonProperty("modelProvider") String modelProvider,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ModelProviderError {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ModelProviderNotConfigured {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ModelProviderNotConfigured(String modelProvider) {
			this(modelProvider, Map.of());
		}

	}

	/**
	 * The {@code modelProviderPolicyConflict} variant.
	 */
	public record ModelProviderPolicyConflict(
			@JsonProperty("modelProvider") String modelProvider,
			@JsonProperty("requiredModelProvider") String requiredModelProvider,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ModelProviderError {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ModelProviderPolicyConflict {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ModelProviderPolicyConflict(String modelProvider, String requiredModelProvider) {
			this(modelProvider, requiredModelProvider, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ModelProviderError {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
