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
 * The protocol's {@code ModelUpgradeInfo}.
 */
@SuppressWarnings("unused")
public record ModelUpgradeInfo(
		@JsonProperty("migrationMarkdown") @Nullable String migrationMarkdown,
		@JsonProperty("model") String model,
		@JsonProperty("modelLink") @Nullable String modelLink,
		@JsonProperty("retirementAt") @Nullable Long retirementAt,
		@JsonProperty("upgradeCopy") @Nullable String upgradeCopy,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ModelUpgradeInfo {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ModelUpgradeInfo(@Nullable String migrationMarkdown, String model, @Nullable String modelLink, @Nullable Long retirementAt, @Nullable String upgradeCopy) {
		this(migrationMarkdown, model, modelLink, retirementAt, upgradeCopy, Map.of());
	}

}
