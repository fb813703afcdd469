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
 * The protocol's {@code PermissionsRequestApprovalParams}.
 */
@SuppressWarnings("unused")
public record PermissionsRequestApprovalParams(
		@JsonProperty("cwd") String cwd,
		@JsonProperty("environmentId") @Nullable String environmentId,
		@JsonProperty("itemId") String itemId,
		@JsonProperty("permissions") RequestPermissionProfile permissions,
		@JsonProperty("reason") @Nullable String reason,
		@JsonProperty("startedAtMs") Long startedAtMs,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("turnId") String turnId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public PermissionsRequestApprovalParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public PermissionsRequestApprovalParams(String cwd, @Nullable String environmentId, String itemId, RequestPermissionProfile permissions, @Nullable String reason, Long startedAtMs, String threadId, String turnId) {
		this(cwd, environmentId, itemId, permissions, reason, startedAtMs, threadId, turnId, Map.of());
	}

}
