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
			@JsonProperty("additionalContextLimit") @Nullable Long additionalContextLimit,
			@JsonProperty("currentHash") String currentHash,
			@JsonProperty("displayOrder") Long displayOrder,
			@JsonProperty("enabled") Boolean enabled,
			@JsonProperty("environmentId") @Nullable String environmentId,
			@JsonProperty("eventName") HookEventName eventName,
			@JsonProperty("isManaged") Boolean isManaged,
			@JsonProperty("key") String key,
			@JsonProperty("matcher") @Nullable String matcher,
			@JsonProperty("pluginId") @Nullable String pluginId,
			@JsonProperty("source") HookSource source,
			@JsonProperty("sourcePath") String sourcePath,
			@JsonProperty("statusMessage") @Nullable String statusMessage,
			@JsonProperty("timeoutSec") Long timeoutSec,
			@JsonProperty("trustStatus") HookTrustStatus trustStatus,
			@JsonProperty("async") @Nullable Boolean async,
			@JsonProperty("command") String command,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements HookMetadata {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Command {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Command(@Nullable Long additionalContextLimit, String currentHash, Long displayOrder, Boolean enabled, @Nullable String environmentId, HookEventName eventName, Boolean isManaged, String key, @Nullable String matcher, @Nullable String pluginId, HookSource source, String sourcePath, @Nullable String statusMessage, Long timeoutSec, HookTrustStatus trustStatus, @Nullable Boolean async, String command) {
			this(additionalContextLimit, currentHash, displayOrder, enabled, environmentId, eventName, isManaged, key, matcher, pluginId, source, sourcePath, statusMessage, timeoutSec, trustStatus, async, command, Map.of());
		}

	}

	/**
	 * The {@code mcpTool} variant.
	 */
	public record McpTool(
			@JsonProperty("additionalContextLimit") @Nullable Long additionalContextLimit,
			@JsonProperty("currentHash") String currentHash,
			@JsonProperty("displayOrder") Long displayOrder,
			@JsonProperty("enabled") Boolean enabled,
			@JsonProperty("environmentId") @Nullable String environmentId,
			@JsonProperty("eventName") HookEventName eventName,
			@JsonProperty("isManaged") Boolean isManaged,
			@JsonProperty("key") String key,
			@JsonProperty("matcher") @Nullable String matcher,
			@JsonProperty("pluginId") @Nullable String pluginId,
			@JsonProperty("source") HookSource source,
			@JsonProperty("sourcePath") String sourcePath,
			@JsonProperty("statusMessage") @Nullable String statusMessage,
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
		public McpTool(@Nullable Long additionalContextLimit, String currentHash, Long displayOrder, Boolean enabled, @Nullable String environmentId, HookEventName eventName, Boolean isManaged, String key, @Nullable String matcher, @Nullable String pluginId, HookSource source, String sourcePath, @Nullable String statusMessage, Long timeoutSec, HookTrustStatus trustStatus, String server, String tool) {
			this(additionalContextLimit, currentHash, displayOrder, enabled, environmentId, eventName, isManaged, key, matcher, pluginId, source, sourcePath, statusMessage, timeoutSec, trustStatus, server, tool, Map.of());
		}

	}

	/**
	 * The {@code prompt} variant.
	 */
	public record Prompt(
			@JsonProperty("additionalContextLimit") @Nullable Long additionalContextLimit,
			@JsonProperty("currentHash") String currentHash,
			@JsonProperty("displayOrder") Long displayOrder,
			@JsonProperty("enabled") Boolean enabled,
			@JsonProperty("environmentId") @Nullable String environmentId,
			@JsonProperty("eventName") HookEventName eventName,
			@JsonProperty("isManaged") Boolean isManaged,
			@JsonProperty("key") String key,
			@JsonProperty("matcher") @Nullable String matcher,
			@JsonProperty("pluginId") @Nullable String pluginId,
			@JsonProperty("source") HookSource source,
			@JsonProperty("sourcePath") String sourcePath,
			@JsonProperty("statusMessage") @Nullable String statusMessage,
			@JsonProperty("timeoutSec") Long timeoutSec,
			@JsonProperty("trustStatus") HookTrustStatus trustStatus,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements HookMetadata {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Prompt {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Prompt(@Nullable Long additionalContextLimit, String currentHash, Long displayOrder, Boolean enabled, @Nullable String environmentId, HookEventName eventName, Boolean isManaged, String key, @Nullable String matcher, @Nullable String pluginId, HookSource source, String sourcePath, @Nullable String statusMessage, Long timeoutSec, HookTrustStatus trustStatus) {
			this(additionalContextLimit, currentHash, displayOrder, enabled, environmentId, eventName, isManaged, key, matcher, pluginId, source, sourcePath, statusMessage, timeoutSec, trustStatus, Map.of());
		}

	}

	/**
	 * The {@code agent} variant.
	 */
	public record Agent(
			@JsonProperty("additionalContextLimit") @Nullable Long additionalContextLimit,
			@JsonProperty("currentHash") String currentHash,
			@JsonProperty("displayOrder") Long displayOrder,
			@JsonProperty("enabled") Boolean enabled,
			@JsonProperty("environmentId") @Nullable String environmentId,
			@JsonProperty("eventName") HookEventName eventName,
			@JsonProperty("isManaged") Boolean isManaged,
			@JsonProperty("key") String key,
			@JsonProperty("matcher") @Nullable String matcher,
			@JsonProperty("pluginId") @Nullable String pluginId,
			@JsonProperty("source") HookSource source,
			@JsonProperty("sourcePath") String sourcePath,
			@JsonProperty("statusMessage") @Nullable String statusMessage,
			@JsonProperty("timeoutSec") Long timeoutSec,
			@JsonProperty("trustStatus") HookTrustStatus trustStatus,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements HookMetadata {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Agent {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Agent(@Nullable Long additionalContextLimit, String currentHash, Long displayOrder, Boolean enabled, @Nullable String environmentId, HookEventName eventName, Boolean isManaged, String key, @Nullable String matcher, @Nullable String pluginId, HookSource source, String sourcePath, @Nullable String statusMessage, Long timeoutSec, HookTrustStatus trustStatus) {
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
