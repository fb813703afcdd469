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
 * The protocol's {@code ManagedHooksRequirements}.
 */
@SuppressWarnings("unused")
public record ManagedHooksRequirements(
		@JsonProperty("Interrupt") @Nullable List<ConfiguredHookMatcherGroup> interrupt,
		@JsonProperty("PermissionRequest") List<ConfiguredHookMatcherGroup> permissionRequest,
		@JsonProperty("PostCompact") List<ConfiguredHookMatcherGroup> postCompact,
		@JsonProperty("PostModelRequest") @Nullable List<ConfiguredHookMatcherGroup> postModelRequest,
		@JsonProperty("PostToolUse") List<ConfiguredHookMatcherGroup> postToolUse,
		@JsonProperty("PreCompact") List<ConfiguredHookMatcherGroup> preCompact,
		@JsonProperty("PreModelRequest") @Nullable List<ConfiguredHookMatcherGroup> preModelRequest,
		@JsonProperty("PreToolUse") List<ConfiguredHookMatcherGroup> preToolUse,
		@JsonProperty("SessionEnd") @Nullable List<ConfiguredHookMatcherGroup> sessionEnd,
		@JsonProperty("SessionStart") List<ConfiguredHookMatcherGroup> sessionStart,
		@JsonProperty("Stop") List<ConfiguredHookMatcherGroup> stop,
		@JsonProperty("SubagentStart") List<ConfiguredHookMatcherGroup> subagentStart,
		@JsonProperty("SubagentStop") List<ConfiguredHookMatcherGroup> subagentStop,
		@JsonProperty("UserPromptSubmit") List<ConfiguredHookMatcherGroup> userPromptSubmit,
		@JsonProperty("managedDir") @Nullable String managedDir,
		@JsonProperty("windowsManagedDir") @Nullable String windowsManagedDir,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ManagedHooksRequirements {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ManagedHooksRequirements(@Nullable List<ConfiguredHookMatcherGroup> interrupt, List<ConfiguredHookMatcherGroup> permissionRequest, List<ConfiguredHookMatcherGroup> postCompact, @Nullable List<ConfiguredHookMatcherGroup> postModelRequest, List<ConfiguredHookMatcherGroup> postToolUse, List<ConfiguredHookMatcherGroup> preCompact, @Nullable List<ConfiguredHookMatcherGroup> preModelRequest, List<ConfiguredHookMatcherGroup> preToolUse, @Nullable List<ConfiguredHookMatcherGroup> sessionEnd, List<ConfiguredHookMatcherGroup> sessionStart, List<ConfiguredHookMatcherGroup> stop, List<ConfiguredHookMatcherGroup> subagentStart, List<ConfiguredHookMatcherGroup> subagentStop, List<ConfiguredHookMatcherGroup> userPromptSubmit, @Nullable String managedDir, @Nullable String windowsManagedDir) {
		this(interrupt, permissionRequest, postCompact, postModelRequest, postToolUse, preCompact, preModelRequest, preToolUse, sessionEnd, sessionStart, stop, subagentStart, subagentStop, userPromptSubmit, managedDir, windowsManagedDir, Map.of());
	}

}
