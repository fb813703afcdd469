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
 * The protocol's {@code NetworkRequirements}.
 */
@SuppressWarnings("unused")
public record NetworkRequirements(
		@JsonProperty("allowLocalBinding") Boolean allowLocalBinding,
		@JsonProperty("allowUnixSockets") List<String> allowUnixSockets,
		@JsonProperty("allowUpstreamProxy") Boolean allowUpstreamProxy,
		@JsonProperty("allowedDomains") List<String> allowedDomains,
		@JsonProperty("dangerouslyAllowAllUnixSockets") Boolean dangerouslyAllowAllUnixSockets,
		@JsonProperty("dangerouslyAllowNonLoopbackProxy") Boolean dangerouslyAllowNonLoopbackProxy,
		@JsonProperty("deniedDomains") List<String> deniedDomains,
		@JsonProperty("domains") Map<String, NetworkDomainPermission> domains,
		@JsonProperty("enabled") Boolean enabled,
		@JsonProperty("httpPort") Long httpPort,
		@JsonProperty("managedAllowedDomainsOnly") Boolean managedAllowedDomainsOnly,
		@JsonProperty("reviewDomains") List<String> reviewDomains,
		@JsonProperty("socksPort") Long socksPort,
		@JsonProperty("unixSockets") Map<String, NetworkUnixSocketPermission> unixSockets,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public NetworkRequirements {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public NetworkRequirements(Boolean allowLocalBinding, List<String> allowUnixSockets, Boolean allowUpstreamProxy, List<String> allowedDomains, Boolean dangerouslyAllowAllUnixSockets, Boolean dangerouslyAllowNonLoopbackProxy, List<String> deniedDomains, Map<String, NetworkDomainPermission> domains, Boolean enabled, Long httpPort, Boolean managedAllowedDomainsOnly, List<String> reviewDomains, Long socksPort, Map<String, NetworkUnixSocketPermission> unixSockets) {
		this(allowLocalBinding, allowUnixSockets, allowUpstreamProxy, allowedDomains, dangerouslyAllowAllUnixSockets, dangerouslyAllowNonLoopbackProxy, deniedDomains, domains, enabled, httpPort, managedAllowedDomainsOnly, reviewDomains, socksPort, unixSockets, Map.of());
	}

}
