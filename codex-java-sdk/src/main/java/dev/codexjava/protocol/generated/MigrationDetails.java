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
 * The protocol's {@code MigrationDetails}.
 */
@SuppressWarnings("unused")
public record MigrationDetails(
		@JsonProperty("commands") @Nullable List<CommandMigration> commands,
		@JsonProperty("hooks") @Nullable List<HookMigration> hooks,
		@JsonProperty("mcpServers") @Nullable List<McpServerMigration> mcpServers,
		@JsonProperty("memory") @Nullable List<String> memory,
		@JsonProperty("plugins") @Nullable List<PluginsMigration> plugins,
		@JsonProperty("sessions") @Nullable List<SessionMigration> sessions,
		@JsonProperty("skills") @Nullable List<SkillMigration> skills,
		@JsonProperty("subagents") @Nullable List<SubagentMigration> subagents,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public MigrationDetails {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public MigrationDetails(@Nullable List<CommandMigration> commands, @Nullable List<HookMigration> hooks, @Nullable List<McpServerMigration> mcpServers, @Nullable List<String> memory, @Nullable List<PluginsMigration> plugins, @Nullable List<SessionMigration> sessions, @Nullable List<SkillMigration> skills, @Nullable List<SubagentMigration> subagents) {
		this(commands, hooks, mcpServers, memory, plugins, sessions, skills, subagents, Map.of());
	}

}
