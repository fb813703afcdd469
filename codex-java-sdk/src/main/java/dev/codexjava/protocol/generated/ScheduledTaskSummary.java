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
 * The protocol's {@code ScheduledTaskSummary}.
 */
@SuppressWarnings("unused")
public record ScheduledTaskSummary(
		@JsonProperty("key") String key,
		@JsonProperty("name") String name,
		@JsonProperty("prompt") String prompt,
		@JsonProperty("schedule") ScheduledTaskSchedule schedule,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ScheduledTaskSummary {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ScheduledTaskSummary(String key, String name, String prompt, ScheduledTaskSchedule schedule) {
		this(key, name, prompt, schedule, Map.of());
	}

}
