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
 * The protocol's {@code FeedbackUploadParams}.
 */
@SuppressWarnings("unused")
public record FeedbackUploadParams(
		@JsonProperty("classification") String classification,
		@JsonProperty("extraLogFiles") @Nullable List<String> extraLogFiles,
		@JsonProperty("includeLogs") @Nullable Boolean includeLogs,
		@JsonProperty("reason") @Nullable String reason,
		@JsonProperty("tags") @Nullable Map<String, String> tags,
		@JsonProperty("threadId") @Nullable String threadId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public FeedbackUploadParams {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public FeedbackUploadParams(String classification, @Nullable List<String> extraLogFiles, @Nullable Boolean includeLogs, @Nullable String reason, @Nullable Map<String, String> tags, @Nullable String threadId) {
		this(classification, extraLogFiles, includeLogs, reason, tags, threadId, Map.of());
	}

}
