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
 * The protocol's {@code AppsDefaultConfig}.
 */
@SuppressWarnings("unused")
public record AppsDefaultConfig(
		@JsonProperty("approvals_reviewer") @Nullable ApprovalsReviewer approvalsReviewer,
		@JsonProperty("default_tools_approval_mode") @Nullable AppToolApproval defaultToolsApprovalMode,
		@JsonProperty("destructive_enabled") @Nullable Boolean destructiveEnabled,
		@JsonProperty("enabled") @Nullable Boolean enabled,
		@JsonProperty("open_world_enabled") @Nullable Boolean openWorldEnabled,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppsDefaultConfig {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppsDefaultConfig(@Nullable ApprovalsReviewer approvalsReviewer, @Nullable AppToolApproval defaultToolsApprovalMode, @Nullable Boolean destructiveEnabled, @Nullable Boolean enabled, @Nullable Boolean openWorldEnabled) {
		this(approvalsReviewer, defaultToolsApprovalMode, destructiveEnabled, enabled, openWorldEnabled, Map.of());
	}

}
