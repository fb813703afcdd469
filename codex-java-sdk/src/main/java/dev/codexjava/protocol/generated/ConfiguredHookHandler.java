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
 * The protocol's {@code ConfiguredHookHandler}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ConfiguredHookHandler.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ConfiguredHookHandler.Command.class, name = "command"),
		@JsonSubTypes.Type(value = ConfiguredHookHandler.McpTool.class, name = "mcp_tool"),
		@JsonSubTypes.Type(value = ConfiguredHookHandler.Prompt.class, name = "prompt"),
		@JsonSubTypes.Type(value = ConfiguredHookHandler.Agent.class, name = "agent") })
public sealed interface ConfiguredHookHandler {

	/**
	 * The {@code command} variant.
	 */
	public record Command(
			@JsonProperty("additionalContextLimit") @Nullable Long additionalContextLimit,
			@JsonProperty("async") Boolean async,
			@JsonProperty("command") String command,
			@JsonProperty("commandWindows") @Nullable String commandWindows,
			@JsonProperty("statusMessage") @Nullable String statusMessage,
			@JsonProperty("timeoutSec") @Nullable Long timeoutSec,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfiguredHookHandler {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Command {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Command(@Nullable Long additionalContextLimit, Boolean async, String command, @Nullable String commandWindows, @Nullable String statusMessage, @Nullable Long timeoutSec) {
			this(additionalContextLimit, async, command, commandWindows, statusMessage, timeoutSec, Map.of());
		}

	}

	/**
	 * The {@code mcp_tool} variant.
	 */
	public record McpTool(
			@JsonProperty("input") JsonNode input,
			@JsonProperty("server") String server,
			@JsonProperty("statusMessage") @Nullable String statusMessage,
			@JsonProperty("timeoutSec") @Nullable Long timeoutSec,
			@JsonProperty("tool") String tool,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfiguredHookHandler {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public McpTool {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public McpTool(JsonNode input, String server, @Nullable String statusMessage, @Nullable Long timeoutSec, String tool) {
			this(input, server, statusMessage, timeoutSec, tool, Map.of());
		}

	}

	/**
	 * The {@code prompt} variant.
	 */
	public record Prompt(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfiguredHookHandler {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Prompt {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code agent} variant.
	 */
	public record Agent(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfiguredHookHandler {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Agent {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfiguredHookHandler {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
