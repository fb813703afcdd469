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
 * The protocol's {@code BrowserUseRequirements}.
 */
@SuppressWarnings("unused")
public record BrowserUseRequirements(
		@JsonProperty("allowGlobalPersistentApproval") Boolean allowGlobalPersistentApproval,
		@JsonProperty("allowHistoryAccess") Boolean allowHistoryAccess,
		@JsonProperty("allowWebmcp") Boolean allowWebmcp,
		@JsonProperty("defaultOriginPolicy") BrowserUseOriginPolicy defaultOriginPolicy,
		@JsonProperty("disableAutoReview") Boolean disableAutoReview,
		@JsonProperty("extension") BrowserUseExtensionRequirements extension,
		@JsonProperty("origins") Map<String, BrowserUseOriginPolicy> origins,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public BrowserUseRequirements {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public BrowserUseRequirements(Boolean allowGlobalPersistentApproval, Boolean allowHistoryAccess, Boolean allowWebmcp, BrowserUseOriginPolicy defaultOriginPolicy, Boolean disableAutoReview, BrowserUseExtensionRequirements extension, Map<String, BrowserUseOriginPolicy> origins) {
		this(allowGlobalPersistentApproval, allowHistoryAccess, allowWebmcp, defaultOriginPolicy, disableAutoReview, extension, origins, Map.of());
	}

}
