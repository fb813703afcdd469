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
 * The protocol's {@code DynamicToolSpec}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = DynamicToolSpec.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = DynamicToolSpec.Function.class, name = "function"),
		@JsonSubTypes.Type(value = DynamicToolSpec.Namespace.class, name = "namespace") })
public sealed interface DynamicToolSpec {

	/**
	 * The {@code function} variant.
	 */
	public record Function(
			@JsonProperty("deferLoading") @Nullable Boolean deferLoading,
			@JsonProperty("description") String description,
			@JsonProperty("inputSchema") @Nullable JsonNode inputSchema,
			@JsonProperty("name") String name,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements DynamicToolSpec {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Function {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Function(@Nullable Boolean deferLoading, String description, @Nullable JsonNode inputSchema, String name) {
			this(deferLoading, description, inputSchema, name, Map.of());
		}

	}

	/**
	 * The {@code namespace} variant.
	 */
	public record Namespace(
			@JsonProperty("description") String description,
			@JsonProperty("name") String name,
			@JsonProperty("tools") List<DynamicToolNamespaceTool> tools,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements DynamicToolSpec {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Namespace {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Namespace(String description, String name, List<DynamicToolNamespaceTool> tools) {
			this(description, name, tools, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements DynamicToolSpec {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
