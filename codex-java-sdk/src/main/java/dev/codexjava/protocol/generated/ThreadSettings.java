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
 * The protocol's {@code ThreadSettings}.
 */
@SuppressWarnings("unused")
public record ThreadSettings(
		@JsonProperty("activePermissionProfile") @Nullable ActivePermissionProfile activePermissionProfile,
		@JsonProperty("approvalPolicy") AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") ApprovalsReviewer approvalsReviewer,
		@JsonProperty("collaborationMode") CollaborationMode collaborationMode,
		@JsonProperty("cwd") String cwd,
		@JsonProperty("disabledPluginIds") @Nullable List<String> disabledPluginIds,
		@JsonProperty("effort") @Nullable String effort,
		@JsonProperty("model") String model,
		@JsonProperty("modelProvider") String modelProvider,
		@JsonProperty("personality") @Nullable Personality personality,
		@JsonProperty("sandboxPolicy") SandboxPolicy sandboxPolicy,
		@JsonProperty("serviceTier") @Nullable String serviceTier,
		@JsonProperty("summary") @Nullable ReasoningSummary summary,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadSettings {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadSettings(@Nullable ActivePermissionProfile activePermissionProfile, AskForApproval approvalPolicy, ApprovalsReviewer approvalsReviewer, CollaborationMode collaborationMode, String cwd, @Nullable List<String> disabledPluginIds, @Nullable String effort, String model, String modelProvider, @Nullable Personality personality, SandboxPolicy sandboxPolicy, @Nullable String serviceTier, @Nullable ReasoningSummary summary) {
		this(activePermissionProfile, approvalPolicy, approvalsReviewer, collaborationMode, cwd, disabledPluginIds, effort, model, modelProvider, personality, sandboxPolicy, serviceTier, summary, Map.of());
	}

}
