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
 * The protocol's {@code Thread}.
 */
@SuppressWarnings("unused")
public record Thread(
		@JsonProperty("agentNickname") @Nullable String agentNickname,
		@JsonProperty("agentRole") @Nullable String agentRole,
		@JsonProperty("cliVersion") String cliVersion,
		@JsonProperty("createdAt") Long createdAt,
		@JsonProperty("cwd") JsonNode cwd,
		@JsonProperty("ephemeral") Boolean ephemeral,
		@JsonProperty("forkedFromId") @Nullable String forkedFromId,
		@JsonProperty("gitInfo") @Nullable GitInfo gitInfo,
		@JsonProperty("historyMode") @Nullable JsonNode historyMode,
		@JsonProperty("id") String id,
		@JsonProperty("model") @Nullable String model,
		@JsonProperty("modelProvider") String modelProvider,
		@JsonProperty("name") @Nullable String name,
		@JsonProperty("originator") @Nullable String originator,
		@JsonProperty("parentThreadId") @Nullable String parentThreadId,
		@JsonProperty("path") @Nullable String path,
		@JsonProperty("preview") String preview,
		@JsonProperty("projectId") @Nullable String projectId,
		@JsonProperty("reasoningEffort") @Nullable String reasoningEffort,
		@JsonProperty("recencyAt") @Nullable Long recencyAt,
		@JsonProperty("section") @Nullable ThreadSection section,
		@JsonProperty("sectionEnteredAt") @Nullable Long sectionEnteredAt,
		@JsonProperty("sessionId") String sessionId,
		@JsonProperty("source") JsonNode source,
		@JsonProperty("status") JsonNode status,
		@JsonProperty("threadSource") @Nullable String threadSource,
		@JsonProperty("turns") List<Turn> turns,
		@JsonProperty("updatedAt") Long updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public Thread {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public Thread(@Nullable String agentNickname, @Nullable String agentRole, String cliVersion, Long createdAt, JsonNode cwd, Boolean ephemeral, @Nullable String forkedFromId, @Nullable GitInfo gitInfo, @Nullable JsonNode historyMode, String id, @Nullable String model, String modelProvider, @Nullable String name, @Nullable String originator, @Nullable String parentThreadId, @Nullable String path, String preview, @Nullable String projectId, @Nullable String reasoningEffort, @Nullable Long recencyAt, @Nullable ThreadSection section, @Nullable Long sectionEnteredAt, String sessionId, JsonNode source, JsonNode status, @Nullable String threadSource, List<Turn> turns, Long updatedAt) {
		this(agentNickname, agentRole, cliVersion, createdAt, cwd, ephemeral, forkedFromId, gitInfo, historyMode, id, model, modelProvider, name, originator, parentThreadId, path, preview, projectId, reasoningEffort, recencyAt, section, sectionEnteredAt, sessionId, source, status, threadSource, turns, updatedAt, Map.of());
	}

}
