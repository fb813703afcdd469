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
 * The protocol's {@code MigrationDetails}.
 */
@SuppressWarnings("unused")
public record MigrationDetails(
		@JsonProperty("commands") List<CommandMigration> commands,
		@JsonProperty("hooks") List<HookMigration> hooks,
		@JsonProperty("mcpServers") List<McpServerMigration> mcpServers,
		@JsonProperty("memory") List<String> memory,
		@JsonProperty("plugins") List<PluginsMigration> plugins,
		@JsonProperty("sessions") List<SessionMigration> sessions,
		@JsonProperty("skills") List<SkillMigration> skills,
		@JsonProperty("subagents") List<SubagentMigration> subagents,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public MigrationDetails {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public MigrationDetails(List<CommandMigration> commands, List<HookMigration> hooks, List<McpServerMigration> mcpServers, List<String> memory, List<PluginsMigration> plugins, List<SessionMigration> sessions, List<SkillMigration> skills, List<SubagentMigration> subagents) {
		this(commands, hooks, mcpServers, memory, plugins, sessions, skills, subagents, Map.of());
	}

}
