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
 * The protocol's {@code AppConfig}.
 */
@SuppressWarnings("unused")
public record AppConfig(
		@JsonProperty("approvals_reviewer") @Nullable ApprovalsReviewer approvalsReviewer,
		@JsonProperty("default_tools_approval_mode") @Nullable AppToolApproval defaultToolsApprovalMode,
		@JsonProperty("default_tools_enabled") @Nullable Boolean defaultToolsEnabled,
		@JsonProperty("destructive_enabled") @Nullable Boolean destructiveEnabled,
		@JsonProperty("enabled") @Nullable Boolean enabled,
		@JsonProperty("links") @Nullable AppLinksConfig links,
		@JsonProperty("omit_tools_from") @Nullable List<ToolExposureSurface> omitToolsFrom,
		@JsonProperty("open_world_enabled") @Nullable Boolean openWorldEnabled,
		@JsonProperty("tools") @Nullable AppToolsConfig tools,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppConfig {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppConfig(@Nullable ApprovalsReviewer approvalsReviewer, @Nullable AppToolApproval defaultToolsApprovalMode, @Nullable Boolean defaultToolsEnabled, @Nullable Boolean destructiveEnabled, @Nullable Boolean enabled, @Nullable AppLinksConfig links, @Nullable List<ToolExposureSurface> omitToolsFrom, @Nullable Boolean openWorldEnabled, @Nullable AppToolsConfig tools) {
		this(approvalsReviewer, defaultToolsApprovalMode, defaultToolsEnabled, destructiveEnabled, enabled, links, omitToolsFrom, openWorldEnabled, tools, Map.of());
	}

}
