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
 * The protocol's {@code ExternalAgentConfigMigrationItemType}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ExternalAgentConfigMigrationItemType(@JsonValue String value) {

	/** {@code AGENTS_MD}. */
	public static final ExternalAgentConfigMigrationItemType AGENTS_MD = new ExternalAgentConfigMigrationItemType("AGENTS_MD");

	/** {@code CONFIG}. */
	public static final ExternalAgentConfigMigrationItemType CONFIG = new ExternalAgentConfigMigrationItemType("CONFIG");

	/** {@code SKILLS}. */
	public static final ExternalAgentConfigMigrationItemType SKILLS = new ExternalAgentConfigMigrationItemType("SKILLS");

	/** {@code PLUGINS}. */
	public static final ExternalAgentConfigMigrationItemType PLUGINS = new ExternalAgentConfigMigrationItemType("PLUGINS");

	/** {@code MCP_SERVER_CONFIG}. */
	public static final ExternalAgentConfigMigrationItemType MCP_SERVER_CONFIG = new ExternalAgentConfigMigrationItemType("MCP_SERVER_CONFIG");

	/** {@code SUBAGENTS}. */
	public static final ExternalAgentConfigMigrationItemType SUBAGENTS = new ExternalAgentConfigMigrationItemType("SUBAGENTS");

	/** {@code HOOKS}. */
	public static final ExternalAgentConfigMigrationItemType HOOKS = new ExternalAgentConfigMigrationItemType("HOOKS");

	/** {@code COMMANDS}. */
	public static final ExternalAgentConfigMigrationItemType COMMANDS = new ExternalAgentConfigMigrationItemType("COMMANDS");

	/** {@code MEMORY}. */
	public static final ExternalAgentConfigMigrationItemType MEMORY = new ExternalAgentConfigMigrationItemType("MEMORY");

	/** {@code SESSIONS}. */
	public static final ExternalAgentConfigMigrationItemType SESSIONS = new ExternalAgentConfigMigrationItemType("SESSIONS");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ExternalAgentConfigMigrationItemType of(String value) {
		return new ExternalAgentConfigMigrationItemType(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(AGENTS_MD, CONFIG, SKILLS, PLUGINS, MCP_SERVER_CONFIG, SUBAGENTS, HOOKS, COMMANDS, MEMORY, SESSIONS).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
