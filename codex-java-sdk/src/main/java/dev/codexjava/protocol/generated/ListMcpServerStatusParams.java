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
 * The protocol's {@code ListMcpServerStatusParams}.
 */
@SuppressWarnings("unused")
public record ListMcpServerStatusParams(
		@JsonProperty("cursor") @Nullable String cursor,
		@JsonProperty("detail") @Nullable McpServerStatusDetail detail,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("serverName") @Nullable String serverName,
		@JsonProperty("threadId") @Nullable String threadId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ListMcpServerStatusParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ListMcpServerStatusParams(@Nullable String cursor, @Nullable McpServerStatusDetail detail, @Nullable Long limit, @Nullable String serverName, @Nullable String threadId) {
		this(cursor, detail, limit, serverName, threadId, Map.of());
	}

}
