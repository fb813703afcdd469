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
 * The protocol's {@code WorkspaceMessage}.
 */
@SuppressWarnings("unused")
public record WorkspaceMessage(
		@JsonProperty("archivedAt") @Nullable Long archivedAt,
		@JsonProperty("createdAt") @Nullable Long createdAt,
		@JsonProperty("messageBody") String messageBody,
		@JsonProperty("messageId") String messageId,
		@JsonProperty("messageType") WorkspaceMessageType messageType,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public WorkspaceMessage {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public WorkspaceMessage(@Nullable Long archivedAt, @Nullable Long createdAt, String messageBody, String messageId, WorkspaceMessageType messageType) {
		this(archivedAt, createdAt, messageBody, messageId, messageType, Map.of());
	}

}
