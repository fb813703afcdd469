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
 * The protocol's {@code ApplyPatchApprovalParams}.
 */
@SuppressWarnings("unused")
public record ApplyPatchApprovalParams(
		@JsonProperty("callId") String callId,
		@JsonProperty("conversationId") String conversationId,
		@JsonProperty("fileChanges") Map<String, FileChange> fileChanges,
		@JsonProperty("grantRoot") @Nullable String grantRoot,
		@JsonProperty("reason") @Nullable String reason,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ApplyPatchApprovalParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ApplyPatchApprovalParams(String callId, String conversationId, Map<String, FileChange> fileChanges, @Nullable String grantRoot, @Nullable String reason) {
		this(callId, conversationId, fileChanges, grantRoot, reason, Map.of());
	}

}
