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
 * The protocol's {@code ThreadStartParams}.
 */
@SuppressWarnings("unused")
public record ThreadStartParams(
		@JsonProperty("approvalPolicy") AskForApproval approvalPolicy,
		@JsonProperty("approvalsReviewer") ApprovalsReviewer approvalsReviewer,
		@JsonProperty("baseInstructions") String baseInstructions,
		@JsonProperty("config") JsonNode config,
		@JsonProperty("cwd") String cwd,
		@JsonProperty("developerInstructions") String developerInstructions,
		@JsonProperty("ephemeral") Boolean ephemeral,
		@JsonProperty("model") String model,
		@JsonProperty("modelProvider") String modelProvider,
		@JsonProperty("personality") Personality personality,
		@JsonProperty("sandbox") SandboxMode sandbox,
		@JsonProperty("serviceName") String serviceName,
		@JsonProperty("serviceTier") String serviceTier,
		@JsonProperty("sessionStartSource") ThreadStartSource sessionStartSource,
		@JsonProperty("threadSource") String threadSource,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadStartParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadStartParams(AskForApproval approvalPolicy, ApprovalsReviewer approvalsReviewer, String baseInstructions, JsonNode config, String cwd, String developerInstructions, Boolean ephemeral, String model, String modelProvider, Personality personality, SandboxMode sandbox, String serviceName, String serviceTier, ThreadStartSource sessionStartSource, String threadSource) {
		this(approvalPolicy, approvalsReviewer, baseInstructions, config, cwd, developerInstructions, ephemeral, model, modelProvider, personality, sandbox, serviceName, serviceTier, sessionStartSource, threadSource, Map.of());
	}

}
