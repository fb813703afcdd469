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
 * The protocol's {@code BrowserUseRequirements}.
 */
@SuppressWarnings("unused")
public record BrowserUseRequirements(
		@JsonProperty("allowGlobalPersistentApproval") @Nullable Boolean allowGlobalPersistentApproval,
		@JsonProperty("allowHistoryAccess") @Nullable Boolean allowHistoryAccess,
		@JsonProperty("allowWebmcp") @Nullable Boolean allowWebmcp,
		@JsonProperty("defaultOriginPolicy") @Nullable BrowserUseOriginPolicy defaultOriginPolicy,
		@JsonProperty("disableAutoReview") @Nullable Boolean disableAutoReview,
		@JsonProperty("extension") @Nullable BrowserUseExtensionRequirements extension,
		@JsonProperty("origins") @Nullable Map<String, BrowserUseOriginPolicy> origins,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public BrowserUseRequirements {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public BrowserUseRequirements(@Nullable Boolean allowGlobalPersistentApproval, @Nullable Boolean allowHistoryAccess, @Nullable Boolean allowWebmcp, @Nullable BrowserUseOriginPolicy defaultOriginPolicy, @Nullable Boolean disableAutoReview, @Nullable BrowserUseExtensionRequirements extension, @Nullable Map<String, BrowserUseOriginPolicy> origins) {
		this(allowGlobalPersistentApproval, allowHistoryAccess, allowWebmcp, defaultOriginPolicy, disableAutoReview, extension, origins, Map.of());
	}

}
