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
 * The protocol's {@code DynamicToolNamespaceTool}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = DynamicToolNamespaceTool.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = DynamicToolNamespaceTool.Function.class, name = "function") })
public sealed interface DynamicToolNamespaceTool {

	/**
	 * The {@code function} variant.
	 */
	public record Function(
			@JsonProperty("deferLoading") @Nullable Boolean deferLoading,
			@JsonProperty("description") String description,
			@JsonProperty("inputSchema") @Nullable JsonNode inputSchema,
			@JsonProperty("name") String name,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements DynamicToolNamespaceTool {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Function {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Function(@Nullable Boolean deferLoading, String description, @Nullable JsonNode inputSchema, String name) {
			this(deferLoading, description, inputSchema, name, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements DynamicToolNamespaceTool {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
