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
 * Internal-only notification containing the exact usage from one upstream Responses API completion.
 */
@SuppressWarnings("unused")
public record RawResponseCompletedNotification(
		@JsonProperty("responseId") String responseId,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("turnId") String turnId,
		@JsonProperty("usage") @Nullable TokenUsageBreakdown usage,
		@JsonProperty("usageMetadata") @Nullable ResponseUsageMetadata usageMetadata,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public RawResponseCompletedNotification {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public RawResponseCompletedNotification(String responseId, String threadId, String turnId, @Nullable TokenUsageBreakdown usage, @Nullable ResponseUsageMetadata usageMetadata) {
		this(responseId, threadId, turnId, usage, usageMetadata, Map.of());
	}

}
