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
 * The protocol's {@code BrowserUseOriginPolicy}.
 */
@SuppressWarnings("unused")
public record BrowserUseOriginPolicy(
		@JsonProperty("access") AllowDenyRequirement access,
		@JsonProperty("accessApprovalLifetime") BrowserUseAccessApprovalLifetime accessApprovalLifetime,
		@JsonProperty("autoReview") AllowDenyRequirement autoReview,
		@JsonProperty("downloads") AllowDenyRequirement downloads,
		@JsonProperty("fullCdpAccess") AllowDenyRequirement fullCdpAccess,
		@JsonProperty("persistentApproval") Boolean persistentApproval,
		@JsonProperty("uploads") AllowDenyRequirement uploads,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public BrowserUseOriginPolicy {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public BrowserUseOriginPolicy(AllowDenyRequirement access, BrowserUseAccessApprovalLifetime accessApprovalLifetime, AllowDenyRequirement autoReview, AllowDenyRequirement downloads, AllowDenyRequirement fullCdpAccess, Boolean persistentApproval, AllowDenyRequirement uploads) {
		this(access, accessApprovalLifetime, autoReview, downloads, fullCdpAccess, persistentApproval, uploads, Map.of());
	}

}
