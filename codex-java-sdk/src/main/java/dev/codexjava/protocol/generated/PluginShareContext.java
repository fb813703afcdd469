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
 * The protocol's {@code PluginShareContext}.
 */
@SuppressWarnings("unused")
public record PluginShareContext(
		@JsonProperty("canPublishToWorkspace") Boolean canPublishToWorkspace,
		@JsonProperty("creatorAccountUserId") String creatorAccountUserId,
		@JsonProperty("creatorName") String creatorName,
		@JsonProperty("discoverability") PluginShareDiscoverability discoverability,
		@JsonProperty("remotePluginId") String remotePluginId,
		@JsonProperty("remoteVersion") String remoteVersion,
		@JsonProperty("sharePrincipals") List<PluginSharePrincipal> sharePrincipals,
		@JsonProperty("shareUrl") String shareUrl,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginShareContext {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginShareContext(Boolean canPublishToWorkspace, String creatorAccountUserId, String creatorName, PluginShareDiscoverability discoverability, String remotePluginId, String remoteVersion, List<PluginSharePrincipal> sharePrincipals, String shareUrl) {
		this(canPublishToWorkspace, creatorAccountUserId, creatorName, discoverability, remotePluginId, remoteVersion, sharePrincipals, shareUrl, Map.of());
	}

}
