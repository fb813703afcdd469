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
 * The protocol's {@code PluginDetail}.
 */
@SuppressWarnings("unused")
public record PluginDetail(
		@JsonProperty("appTemplates") List<AppTemplateSummary> appTemplates,
		@JsonProperty("apps") List<AppSummary> apps,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("hooks") List<PluginHookSummary> hooks,
		@JsonProperty("marketplaceName") String marketplaceName,
		@JsonProperty("marketplacePath") @Nullable String marketplacePath,
		@JsonProperty("mcpServers") List<String> mcpServers,
		@JsonProperty("onboardingSkill") @Nullable SkillSummary onboardingSkill,
		@JsonProperty("scheduledTasks") @Nullable List<ScheduledTaskSummary> scheduledTasks,
		@JsonProperty("shareUrl") @Nullable String shareUrl,
		@JsonProperty("skills") List<SkillSummary> skills,
		@JsonProperty("summary") PluginSummary summary,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginDetail {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginDetail(List<AppTemplateSummary> appTemplates, List<AppSummary> apps, @Nullable String description, List<PluginHookSummary> hooks, String marketplaceName, @Nullable String marketplacePath, List<String> mcpServers, @Nullable SkillSummary onboardingSkill, @Nullable List<ScheduledTaskSummary> scheduledTasks, @Nullable String shareUrl, List<SkillSummary> skills, PluginSummary summary) {
		this(appTemplates, apps, description, hooks, marketplaceName, marketplacePath, mcpServers, onboardingSkill, scheduledTasks, shareUrl, skills, summary, Map.of());
	}

}
