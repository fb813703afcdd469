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
 * EXPERIMENTAL - thread realtime audio chunk.
 */
@SuppressWarnings("unused")
public record ThreadRealtimeAudioChunk(
		@JsonProperty("data") String data,
		@JsonProperty("itemId") @Nullable String itemId,
		@JsonProperty("numChannels") Long numChannels,
		@JsonProperty("sampleRate") Long sampleRate,
		@JsonProperty("samplesPerChannel") @Nullable Long samplesPerChannel,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadRealtimeAudioChunk {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadRealtimeAudioChunk(String data, @Nullable String itemId, Long numChannels, Long sampleRate, @Nullable Long samplesPerChannel) {
		this(data, itemId, numChannels, sampleRate, samplesPerChannel, Map.of());
	}

}
