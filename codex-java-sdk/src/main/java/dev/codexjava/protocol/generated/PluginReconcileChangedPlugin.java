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
 * Runtime categories affected by this change, not just capabilities currently present. Flags describe declarations before runtime policy filtering. Updates OR the old and new bundle flags; enablement changes and cached reinstalls use the cached bundle; removals retain the old bundle's flags.
 */
@SuppressWarnings("unused")
public record PluginReconcileChangedPlugin(
		@JsonProperty("hasApps") Boolean hasApps,
		@JsonProperty("hasHooks") Boolean hasHooks,
		@JsonProperty("hasMcps") Boolean hasMcps,
		@JsonProperty("hasSkills") Boolean hasSkills,
		@JsonProperty("id") String id,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginReconcileChangedPlugin {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginReconcileChangedPlugin(Boolean hasApps, Boolean hasHooks, Boolean hasMcps, Boolean hasSkills, String id) {
		this(hasApps, hasHooks, hasMcps, hasSkills, id, Map.of());
	}

}
