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
 * The protocol's {@code AppsDefaultConfig}.
 */
@SuppressWarnings("unused")
public record AppsDefaultConfig(
		@JsonProperty("approvals_reviewer") ApprovalsReviewer approvalsReviewer,
		@JsonProperty("default_tools_approval_mode") AppToolApproval defaultToolsApprovalMode,
		@JsonProperty("destructive_enabled") Boolean destructiveEnabled,
		@JsonProperty("enabled") Boolean enabled,
		@JsonProperty("open_world_enabled") Boolean openWorldEnabled,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppsDefaultConfig {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppsDefaultConfig(ApprovalsReviewer approvalsReviewer, AppToolApproval defaultToolsApprovalMode, Boolean destructiveEnabled, Boolean enabled, Boolean openWorldEnabled) {
		this(approvalsReviewer, defaultToolsApprovalMode, destructiveEnabled, enabled, openWorldEnabled, Map.of());
	}

}
