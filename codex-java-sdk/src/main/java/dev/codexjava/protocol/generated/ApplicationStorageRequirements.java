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
 * Managed storage settings for new Desktop workspaces, not filesystem access restrictions.
 */
@SuppressWarnings("unused")
public record ApplicationStorageRequirements(
		@JsonProperty("defaultProjectParent") @Nullable String defaultProjectParent,
		@JsonProperty("projectlessWorkspaceRoot") @Nullable String projectlessWorkspaceRoot,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ApplicationStorageRequirements {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ApplicationStorageRequirements(@Nullable String defaultProjectParent, @Nullable String projectlessWorkspaceRoot) {
		this(defaultProjectParent, projectlessWorkspaceRoot, Map.of());
	}

}
