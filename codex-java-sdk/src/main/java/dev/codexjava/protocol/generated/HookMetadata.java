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

/**
 * The protocol's {@code HookMetadata}. A union by {@code handlerType}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "handlerType", defaultImpl = HookMetadata.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = HookMetadata.Command.class, name = "command"),
		@JsonSubTypes.Type(value = HookMetadata.McpTool.class, name = "mcpTool"),
		@JsonSubTypes.Type(value = HookMetadata.Prompt.class, name = "prompt"),
		@JsonSubTypes.Type(value = HookMetadata.Agent.class, name = "agent") })
public sealed interface HookMetadata {

	/**
	 * The {@code command} variant.
	 */
	public record Command(
			@JsonProperty("additionalContextLimit") Long additionalContextLimit,
			@JsonProperty("currentHash") String currentHash,
			@JsonProperty("displayOrder") Long displayOrder,
			@JsonProperty("enabled") Boolean enabled,
			@JsonProperty("environmentId") String environmentId,
			@JsonProperty("eventName") HookEventName eventName,
			@JsonProperty("isManaged") Boolean isManaged,
			@JsonProperty("key") String key,
			@JsonProperty("matcher") String matcher,
			@JsonProperty("pluginId") String pluginId,
			@JsonProperty("source") HookSource source,
			@JsonProperty("sourcePath") String sourcePath,
			@JsonProperty("statusMessage") String statusMessage,
			@JsonProperty("timeoutSec") Long timeoutSec,
			@JsonProperty("trustStatus") HookTrustStatus trustStatus,
			@JsonProperty("async") Boolean async,
			@JsonProperty("command") String command,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements HookMetadata {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Command {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Command(Long additionalContextLimit, String currentHash, Long displayOrder, Boolean enabled, String environmentId, HookEventName eventName, Boolean isManaged, String key, String matcher, String pluginId, HookSource source, String sourcePath, String statusMessage, Long timeoutSec, HookTrustStatus trustStatus, Boolean async, String command) {
			this(additionalContextLimit, currentHash, displayOrder, enabled, environmentId, eventName, isManaged, key, matcher, pluginId, source, sourcePath, statusMessage, timeoutSec, trustStatus, async, command, Map.of());
		}

	}

	/**
	 * The {@code mcpTool} variant.
	 */
	public record McpTool(
			@JsonProperty("additionalContextLimit") Long additionalContextLimit,
			@JsonProperty("currentHash") String currentHash,
			@JsonProperty("displayOrder") Long displayOrder,
			@JsonProperty("enabled") Boolean enabled,
			@JsonProperty("environmentId") String environmentId,
			@JsonProperty("eventName") HookEventName eventName,
			@JsonProperty("isManaged") Boolean isManaged,
			@JsonProperty("key") String key,
			@JsonProperty("matcher") String matcher,
			@JsonProperty("pluginId") String pluginId,
			@JsonProperty("source") HookSource source,
			@JsonProperty("sourcePath") String sourcePath,
			@JsonProperty("statusMessage") String statusMessage,
			@JsonProperty("timeoutSec") Long timeoutSec,
			@JsonProperty("trustStatus") HookTrustStatus trustStatus,
			@JsonProperty("server") String server,
			@JsonProperty("tool") String tool,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements HookMetadata {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public McpTool {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public McpTool(Long additionalContextLimit, String currentHash, Long displayOrder, Boolean enabled, String environmentId, HookEventName eventName, Boolean isManaged, String key, String matcher, String pluginId, HookSource source, String sourcePath, String statusMessage, Long timeoutSec, HookTrustStatus trustStatus, String server, String tool) {
			this(additionalContextLimit, currentHash, displayOrder, enabled, environmentId, eventName, isManaged, key, matcher, pluginId, source, sourcePath, statusMessage, timeoutSec, trustStatus, server, tool, Map.of());
		}

	}

	/**
	 * The {@code prompt} variant.
	 */
	public record Prompt(
			@JsonProperty("additionalContextLimit") Long additionalContextLimit,
			@JsonProperty("currentHash") String currentHash,
			@JsonProperty("displayOrder") Long displayOrder,
			@JsonProperty("enabled") Boolean enabled,
			@JsonProperty("environmentId") String environmentId,
			@JsonProperty("eventName") HookEventName eventName,
			@JsonProperty("isManaged") Boolean isManaged,
			@JsonProperty("key") String key,
			@JsonProperty("matcher") String matcher,
			@JsonProperty("pluginId") String pluginId,
			@JsonProperty("source") HookSource source,
			@JsonProperty("sourcePath") String sourcePath,
			@JsonProperty("statusMessage") String statusMessage,
			@JsonProperty("timeoutSec") Long timeoutSec,
			@JsonProperty("trustStatus") HookTrustStatus trustStatus,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements HookMetadata {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Prompt {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Prompt(Long additionalContextLimit, String currentHash, Long displayOrder, Boolean enabled, String environmentId, HookEventName eventName, Boolean isManaged, String key, String matcher, String pluginId, HookSource source, String sourcePath, String statusMessage, Long timeoutSec, HookTrustStatus trustStatus) {
			this(additionalContextLimit, currentHash, displayOrder, enabled, environmentId, eventName, isManaged, key, matcher, pluginId, source, sourcePath, statusMessage, timeoutSec, trustStatus, Map.of());
		}

	}

	/**
	 * The {@code agent} variant.
	 */
	public record Agent(
			@JsonProperty("additionalContextLimit") Long additionalContextLimit,
			@JsonProperty("currentHash") String currentHash,
			@JsonProperty("displayOrder") Long displayOrder,
			@JsonProperty("enabled") Boolean enabled,
			@JsonProperty("environmentId") String environmentId,
			@JsonProperty("eventName") HookEventName eventName,
			@JsonProperty("isManaged") Boolean isManaged,
			@JsonProperty("key") String key,
			@JsonProperty("matcher") String matcher,
			@JsonProperty("pluginId") String pluginId,
			@JsonProperty("source") HookSource source,
			@JsonProperty("sourcePath") String sourcePath,
			@JsonProperty("statusMessage") String statusMessage,
			@JsonProperty("timeoutSec") Long timeoutSec,
			@JsonProperty("trustStatus") HookTrustStatus trustStatus,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements HookMetadata {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Agent {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Agent(Long additionalContextLimit, String currentHash, Long displayOrder, Boolean enabled, String environmentId, HookEventName eventName, Boolean isManaged, String key, String matcher, String pluginId, HookSource source, String sourcePath, String statusMessage, Long timeoutSec, HookTrustStatus trustStatus) {
			this(additionalContextLimit, currentHash, displayOrder, enabled, environmentId, eventName, isManaged, key, matcher, pluginId, source, sourcePath, statusMessage, timeoutSec, trustStatus, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code handlerType}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements HookMetadata {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
