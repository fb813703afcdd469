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
 * The protocol's {@code ThreadStartParams}.
 */
@SuppressWarnings("unused")
public record ThreadStartParams(
		@JsonProperty("approvalPolicy") @Nullable AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") @Nullable ApprovalsReviewer approvalsReviewer,
		@JsonProperty("baseInstructions") @Nullable String baseInstructions,
		@JsonProperty("config") @Nullable JsonNode config,
		@JsonProperty("cwd") @Nullable String cwd,
		@JsonProperty("developerInstructions") @Nullable String developerInstructions,
		@JsonProperty("ephemeral") @Nullable Boolean ephemeral,
		@JsonProperty("model") @Nullable String model,
		@JsonProperty("modelProvider") @Nullable String modelProvider,
		@JsonProperty("personality") @Nullable Personality personality,
		@JsonProperty("sandbox") @Nullable SandboxMode sandbox,
		@JsonProperty("serviceName") @Nullable String serviceName,
		@JsonProperty("serviceTier") @Nullable String serviceTier,
		@JsonProperty("sessionStartSource") @Nullable ThreadStartSource sessionStartSource,
		@JsonProperty("threadSource") @Nullable String threadSource,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadStartParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadStartParams(@Nullable AskForApproval approvalPolicy, @Nullable ApprovalsReviewer approvalsReviewer, @Nullable String baseInstructions, @Nullable JsonNode config, @Nullable String cwd, @Nullable String developerInstructions, @Nullable Boolean ephemeral, @Nullable String model, @Nullable String modelProvider, @Nullable Personality personality, @Nullable SandboxMode sandbox, @Nullable String serviceName, @Nullable String serviceTier, @Nullable ThreadStartSource sessionStartSource, @Nullable String threadSource) {
		this(approvalPolicy, approvalsReviewer, baseInstructions, config, cwd, developerInstructions, ephemeral, model, modelProvider, personality, sandbox, serviceName, serviceTier, sessionStartSource, threadSource, Map.of());
	}

}
