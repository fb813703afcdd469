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
 * The protocol's {@code LocalShellAction}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = LocalShellAction.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = LocalShellAction.Exec.class, name = "exec") })
public sealed interface LocalShellAction {

	/**
	 * The {@code exec} variant.
	 */
	public record Exec(
			@JsonProperty("command") List<String> command,
			@JsonProperty("env") @Nullable Map<String, String> env,
			@JsonProperty("timeout_ms") @Nullable Long timeoutMs,
			@JsonProperty("user") @Nullable String user,
			@JsonProperty("working_directory") @Nullable String workingDirectory,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LocalShellAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Exec {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Exec(List<String> command, @Nullable Map<String, String> env, @Nullable Long timeoutMs, @Nullable String user, @Nullable String workingDirectory) {
			this(command, env, timeoutMs, user, workingDirectory, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LocalShellAction {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
