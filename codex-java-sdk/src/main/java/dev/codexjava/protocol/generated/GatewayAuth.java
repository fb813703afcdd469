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
 * The protocol's {@code GatewayAuth}. A union by {@code mode}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "mode", defaultImpl = GatewayAuth.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = GatewayAuth.None.class, name = "none"),
		@JsonSubTypes.Type(value = GatewayAuth.EnvironmentVariable.class, name = "environmentVariable"),
		@JsonSubTypes.Type(value = GatewayAuth.ExternallyConfigured.class, name = "externallyConfigured") })
public sealed interface GatewayAuth {

	/**
	 * The {@code none} variant.
	 */
	public record None(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements GatewayAuth {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public None {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code environmentVariable} variant.
	 */
	public record EnvironmentVariable(
			@JsonProperty("envKey") String envKey,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements GatewayAuth {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public EnvironmentVariable {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public EnvironmentVariable(String envKey) {
			this(envKey, Map.of());
		}

	}

	/**
	 * The {@code externallyConfigured} variant. Authentication is configured outside the gateway form. Preserve it on edits.
	 */
	public record ExternallyConfigured(
			@JsonProperty("envKey") @Nullable String envKey,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements GatewayAuth {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ExternallyConfigured {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ExternallyConfigured(@Nullable String envKey) {
			this(envKey, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code mode}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements GatewayAuth {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
