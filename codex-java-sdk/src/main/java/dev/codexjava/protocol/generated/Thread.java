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
 * The protocol's {@code Thread}.
 */
@SuppressWarnings("unused")
public record Thread(
		@JsonProperty("agentNickname") String agentNickname,
		@JsonProperty("agentRole") String agentRole,
		@JsonProperty("cliVersion") String cliVersion,
		@JsonProperty("createdAt") Long createdAt,
		@JsonProperty("cwd") JsonNode cwd,
		@JsonProperty("ephemeral") Boolean ephemeral,
		@JsonProperty("forkedFromId") String forkedFromId,
		@JsonProperty("gitInfo") GitInfo gitInfo,
		@JsonProperty("historyMode") JsonNode historyMode,
		@JsonProperty("id") String id,
		@JsonProperty("model") String model,
		@JsonProperty("modelProvider") String modelProvider,
		@JsonProperty("name") String name,
		@JsonProperty("originator") String originator,
		@JsonProperty("parentThreadId") String parentThreadId,
		@JsonProperty("path") String path,
		@JsonProperty("preview") String preview,
		@JsonProperty("projectId") String projectId,
		@JsonProperty("reasoningEffort") String reasoningEffort,
		@JsonProperty("recencyAt") Long recencyAt,
		@JsonProperty("section") ThreadSection section,
		@JsonProperty("sectionEnteredAt") Long sectionEnteredAt,
		@JsonProperty("sessionId") String sessionId,
		@JsonProperty("source") JsonNode source,
		@JsonProperty("status") JsonNode status,
		@JsonProperty("threadSource") String threadSource,
		@JsonProperty("turns") List<Turn> turns,
		@JsonProperty("updatedAt") Long updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public Thread {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public Thread(String agentNickname, String agentRole, String cliVersion, Long createdAt, JsonNode cwd, Boolean ephemeral, String forkedFromId, GitInfo gitInfo, JsonNode historyMode, String id, String model, String modelProvider, String name, String originator, String parentThreadId, String path, String preview, String projectId, String reasoningEffort, Long recencyAt, ThreadSection section, Long sectionEnteredAt, String sessionId, JsonNode source, JsonNode status, String threadSource, List<Turn> turns, Long updatedAt) {
		this(agentNickname, agentRole, cliVersion, createdAt, cwd, ephemeral, forkedFromId, gitInfo, historyMode, id, model, modelProvider, name, originator, parentThreadId, path, preview, projectId, reasoningEffort, recencyAt, section, sectionEnteredAt, sessionId, source, status, threadSource, turns, updatedAt, Map.of());
	}

}
