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
 * Approval settings for a connected account within an app.
 */
@SuppressWarnings("unused")
public record AppLinkConfig(
		@JsonProperty("approvals_reviewer") @Nullable ApprovalsReviewer approvalsReviewer,
		@JsonProperty("default_tools_approval_mode") @Nullable AppToolApproval defaultToolsApprovalMode,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppLinkConfig {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppLinkConfig(@Nullable ApprovalsReviewer approvalsReviewer, @Nullable AppToolApproval defaultToolsApprovalMode) {
		this(approvalsReviewer, defaultToolsApprovalMode, Map.of());
	}

}
