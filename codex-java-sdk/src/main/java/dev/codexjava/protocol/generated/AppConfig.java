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
 * The protocol's {@code AppConfig}.
 */
@SuppressWarnings("unused")
public record AppConfig(
		@JsonProperty("approvals_reviewer") ApprovalsReviewer approvalsReviewer,
		@JsonProperty("default_tools_approval_mode") AppToolApproval defaultToolsApprovalMode,
		@JsonProperty("default_tools_enabled") Boolean defaultToolsEnabled,
		@JsonProperty("destructive_enabled") Boolean destructiveEnabled,
		@JsonProperty("enabled") Boolean enabled,
		@JsonProperty("links") AppLinksConfig links,
		@JsonProperty("omit_tools_from") List<ToolExposureSurface> omitToolsFrom,
		@JsonProperty("open_world_enabled") Boolean openWorldEnabled,
		@JsonProperty("tools") AppToolsConfig tools,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppConfig {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppConfig(ApprovalsReviewer approvalsReviewer, AppToolApproval defaultToolsApprovalMode, Boolean defaultToolsEnabled, Boolean destructiveEnabled, Boolean enabled, AppLinksConfig links, List<ToolExposureSurface> omitToolsFrom, Boolean openWorldEnabled, AppToolsConfig tools) {
		this(approvalsReviewer, defaultToolsApprovalMode, defaultToolsEnabled, destructiveEnabled, enabled, links, omitToolsFrom, openWorldEnabled, tools, Map.of());
	}

}
