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
 * The protocol's {@code NetworkRequirements}.
 */
@SuppressWarnings("unused")
public record NetworkRequirements(
		@JsonProperty("allowLocalBinding") @Nullable Boolean allowLocalBinding,
		@JsonProperty("allowUnixSockets") @Nullable List<String> allowUnixSockets,
		@JsonProperty("allowUpstreamProxy") @Nullable Boolean allowUpstreamProxy,
		@JsonProperty("allowedDomains") @Nullable List<String> allowedDomains,
		@JsonProperty("dangerouslyAllowAllUnixSockets") @Nullable Boolean dangerouslyAllowAllUnixSockets,
		@JsonProperty("dangerouslyAllowNonLoopbackProxy") @Nullable Boolean dangerouslyAllowNonLoopbackProxy,
		@JsonProperty("deniedDomains") @Nullable List<String> deniedDomains,
		@JsonProperty("domains") @Nullable Map<String, NetworkDomainPermission> domains,
		@JsonProperty("enabled") @Nullable Boolean enabled,
		@JsonProperty("httpPort") @Nullable Long httpPort,
		@JsonProperty("managedAllowedDomainsOnly") @Nullable Boolean managedAllowedDomainsOnly,
		@JsonProperty("reviewDomains") @Nullable List<String> reviewDomains,
		@JsonProperty("socksPort") @Nullable Long socksPort,
		@JsonProperty("unixSockets") @Nullable Map<String, NetworkUnixSocketPermission> unixSockets,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public NetworkRequirements {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public NetworkRequirements(@Nullable Boolean allowLocalBinding, @Nullable List<String> allowUnixSockets, @Nullable Boolean allowUpstreamProxy, @Nullable List<String> allowedDomains, @Nullable Boolean dangerouslyAllowAllUnixSockets, @Nullable Boolean dangerouslyAllowNonLoopbackProxy, @Nullable List<String> deniedDomains, @Nullable Map<String, NetworkDomainPermission> domains, @Nullable Boolean enabled, @Nullable Long httpPort, @Nullable Boolean managedAllowedDomainsOnly, @Nullable List<String> reviewDomains, @Nullable Long socksPort, @Nullable Map<String, NetworkUnixSocketPermission> unixSockets) {
		this(allowLocalBinding, allowUnixSockets, allowUpstreamProxy, allowedDomains, dangerouslyAllowAllUnixSockets, dangerouslyAllowNonLoopbackProxy, deniedDomains, domains, enabled, httpPort, managedAllowedDomainsOnly, reviewDomains, socksPort, unixSockets, Map.of());
	}

}
