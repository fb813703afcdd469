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
 * The protocol's {@code PluginShareContext}.
 */
@SuppressWarnings("unused")
public record PluginShareContext(
		@JsonProperty("canPublishToWorkspace") @Nullable Boolean canPublishToWorkspace,
		@JsonProperty("creatorAccountUserId") @Nullable String creatorAccountUserId,
		@JsonProperty("creatorName") @Nullable String creatorName,
		@JsonProperty("discoverability") @Nullable PluginShareDiscoverability discoverability,
		@JsonProperty("remotePluginId") String remotePluginId,
		@JsonProperty("remoteVersion") @Nullable String remoteVersion,
		@JsonProperty("sharePrincipals") @Nullable List<PluginSharePrincipal> sharePrincipals,
		@JsonProperty("shareUrl") @Nullable String shareUrl,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PluginShareContext {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PluginShareContext(@Nullable Boolean canPublishToWorkspace, @Nullable String creatorAccountUserId, @Nullable String creatorName, @Nullable PluginShareDiscoverability discoverability, String remotePluginId, @Nullable String remoteVersion, @Nullable List<PluginSharePrincipal> sharePrincipals, @Nullable String shareUrl) {
		this(canPublishToWorkspace, creatorAccountUserId, creatorName, discoverability, remotePluginId, remoteVersion, sharePrincipals, shareUrl, Map.of());
	}

}
