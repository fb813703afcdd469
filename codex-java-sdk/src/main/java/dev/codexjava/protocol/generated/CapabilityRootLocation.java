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
 * Location used to resolve a selected capability root. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = CapabilityRootLocation.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = CapabilityRootLocation.Environment.class, name = "environment") })
public sealed interface CapabilityRootLocation {

	/**
	 * The {@code environment} variant. A path owned by an execution environment.
	 */
	public record Environment(
			@JsonProperty("environmentId") String environmentId,
			@JsonProperty("path") String path,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements CapabilityRootLocation {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Environment {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Environment(String environmentId, String path) {
			this(environmentId, path, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements CapabilityRootLocation {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
