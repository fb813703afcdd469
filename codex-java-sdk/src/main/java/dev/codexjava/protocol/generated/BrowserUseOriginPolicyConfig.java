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
 * The protocol's {@code BrowserUseOriginPolicyConfig}.
 */
@SuppressWarnings("unused")
public record BrowserUseOriginPolicyConfig(
		@JsonProperty("access") AllowDenyRequirement access,
		@JsonProperty("downloads") AllowDenyRequirement downloads,
		@JsonProperty("full_cdp_access") AllowDenyRequirement fullCdpAccess,
		@JsonProperty("uploads") AllowDenyRequirement uploads,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public BrowserUseOriginPolicyConfig {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public BrowserUseOriginPolicyConfig(AllowDenyRequirement access, AllowDenyRequirement downloads, AllowDenyRequirement fullCdpAccess, AllowDenyRequirement uploads) {
		this(access, downloads, fullCdpAccess, uploads, Map.of());
	}

}
