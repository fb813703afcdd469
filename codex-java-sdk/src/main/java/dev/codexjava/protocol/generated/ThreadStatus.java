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
 * The protocol's {@code ThreadStatus}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ThreadStatus.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ThreadStatus.NotLoaded.class, name = "notLoaded"),
		@JsonSubTypes.Type(value = ThreadStatus.Idle.class, name = "idle"),
		@JsonSubTypes.Type(value = ThreadStatus.SystemError.class, name = "systemError"),
		@JsonSubTypes.Type(value = ThreadStatus.Active.class, name = "active") })
public sealed interface ThreadStatus {

	/**
	 * The {@code notLoaded} variant.
	 */
	public record NotLoaded(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadStatus {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public NotLoaded {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code idle} variant.
	 */
	public record Idle(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadStatus {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Idle {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code systemError} variant.
	 */
	public record SystemError(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadStatus {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public SystemError {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code active} variant.
	 */
	public record Active(
			@JsonProperty("activeFlags") List<ThreadActiveFlag> activeFlags,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadStatus {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Active {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Active(List<ThreadActiveFlag> activeFlags) {
			this(activeFlags, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadStatus {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
