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
 * The protocol's {@code AppTemplateSummary}.
 */
@SuppressWarnings("unused")
public record AppTemplateSummary(
		@JsonProperty("canonicalConnectorId") @Nullable String canonicalConnectorId,
		@JsonProperty("category") @Nullable String category,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("logoUrl") @Nullable String logoUrl,
		@JsonProperty("logoUrlDark") @Nullable String logoUrlDark,
		@JsonProperty("materializedAppIds") List<String> materializedAppIds,
		@JsonProperty("name") String name,
		@JsonProperty("reason") @Nullable AppTemplateUnavailableReason reason,
		@JsonProperty("templateId") String templateId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppTemplateSummary {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppTemplateSummary(@Nullable String canonicalConnectorId, @Nullable String category, @Nullable String description, @Nullable String logoUrl, @Nullable String logoUrlDark, List<String> materializedAppIds, String name, @Nullable AppTemplateUnavailableReason reason, String templateId) {
		this(canonicalConnectorId, category, description, logoUrl, logoUrlDark, materializedAppIds, name, reason, templateId, Map.of());
	}

}
