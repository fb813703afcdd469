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
 * The protocol's {@code BrowserUseOriginPolicy}.
 */
@SuppressWarnings("unused")
public record BrowserUseOriginPolicy(
		@JsonProperty("access") @Nullable AllowDenyRequirement access,
		@JsonProperty("accessApprovalLifetime") @Nullable BrowserUseAccessApprovalLifetime accessApprovalLifetime,
		@JsonProperty("autoReview") @Nullable AllowDenyRequirement autoReview,
		@JsonProperty("downloads") @Nullable AllowDenyRequirement downloads,
		@JsonProperty("fullCdpAccess") @Nullable AllowDenyRequirement fullCdpAccess,
		@JsonProperty("persistentApproval") @Nullable Boolean persistentApproval,
		@JsonProperty("uploads") @Nullable AllowDenyRequirement uploads,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public BrowserUseOriginPolicy {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public BrowserUseOriginPolicy(@Nullable AllowDenyRequirement access, @Nullable BrowserUseAccessApprovalLifetime accessApprovalLifetime, @Nullable AllowDenyRequirement autoReview, @Nullable AllowDenyRequirement downloads, @Nullable AllowDenyRequirement fullCdpAccess, @Nullable Boolean persistentApproval, @Nullable AllowDenyRequirement uploads) {
		this(access, accessApprovalLifetime, autoReview, downloads, fullCdpAccess, persistentApproval, uploads, Map.of());
	}

}
