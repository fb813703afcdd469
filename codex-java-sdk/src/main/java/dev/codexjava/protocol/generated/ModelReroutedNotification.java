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
 * The protocol's {@code ModelReroutedNotification}.
 */
@SuppressWarnings("unused")
public record ModelReroutedNotification(
		@JsonProperty("fromModel") String fromModel,
		@JsonProperty("reason") ModelRerouteReason reason,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("toModel") String toModel,
		@JsonProperty("turnId") String turnId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ModelReroutedNotification {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ModelReroutedNotification(String fromModel, ModelRerouteReason reason, String threadId, String toModel, String turnId) {
		this(fromModel, reason, threadId, toModel, turnId, Map.of());
	}

}
