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
 * The protocol's {@code HookRunSummary}.
 */
@SuppressWarnings("unused")
public record HookRunSummary(
		@JsonProperty("completedAt") @Nullable Long completedAt,
		@JsonProperty("displayOrder") Long displayOrder,
		@JsonProperty("durationMs") @Nullable Long durationMs,
		@JsonProperty("entries") List<HookOutputEntry> entries,
		@JsonProperty("eventName") HookEventName eventName,
		@JsonProperty("executionMode") HookExecutionMode executionMode,
		@JsonProperty("handlerType") HookHandlerType handlerType,
		@JsonProperty("id") String id,
		@JsonProperty("scope") HookScope scope,
		@JsonProperty("source") @Nullable JsonNode source,
		@JsonProperty("sourcePath") String sourcePath,
		@JsonProperty("startedAt") Long startedAt,
		@JsonProperty("status") HookRunStatus status,
		@JsonProperty("statusMessage") @Nullable String statusMessage,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public HookRunSummary {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public HookRunSummary(@Nullable Long completedAt, Long displayOrder, @Nullable Long durationMs, List<HookOutputEntry> entries, HookEventName eventName, HookExecutionMode executionMode, HookHandlerType handlerType, String id, HookScope scope, @Nullable JsonNode source, String sourcePath, Long startedAt, HookRunStatus status, @Nullable String statusMessage) {
		this(completedAt, displayOrder, durationMs, entries, eventName, executionMode, handlerType, id, scope, source, sourcePath, startedAt, status, statusMessage, Map.of());
	}

}
