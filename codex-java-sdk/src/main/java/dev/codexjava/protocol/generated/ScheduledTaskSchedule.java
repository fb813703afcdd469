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
 * The protocol's {@code ScheduledTaskSchedule}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ScheduledTaskSchedule.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ScheduledTaskSchedule.Hourly.class, name = "hourly"),
		@JsonSubTypes.Type(value = ScheduledTaskSchedule.Daily.class, name = "daily"),
		@JsonSubTypes.Type(value = ScheduledTaskSchedule.Weekdays.class, name = "weekdays"),
		@JsonSubTypes.Type(value = ScheduledTaskSchedule.Weekly.class, name = "weekly") })
public sealed interface ScheduledTaskSchedule {

	/**
	 * The {@code hourly} variant.
	 */
	public record Hourly(
			@JsonProperty("days") @Nullable List<ScheduledTaskWeekday> days,
			@JsonProperty("intervalHours") Long intervalHours,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ScheduledTaskSchedule {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Hourly {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Hourly(@Nullable List<ScheduledTaskWeekday> days, Long intervalHours) {
			this(days, intervalHours, Map.of());
		}

	}

	/**
	 * The {@code daily} variant.
	 */
	public record Daily(
			@JsonProperty("time") String time,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ScheduledTaskSchedule {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Daily {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Daily(String time) {
			this(time, Map.of());
		}

	}

	/**
	 * The {@code weekdays} variant.
	 */
	public record Weekdays(
			@JsonProperty("time") String time,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ScheduledTaskSchedule {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Weekdays {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Weekdays(String time) {
			this(time, Map.of());
		}

	}

	/**
	 * The {@code weekly} variant.
	 */
	public record Weekly(
			@JsonProperty("days") List<ScheduledTaskWeekday> days,
			@JsonProperty("time") String time,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ScheduledTaskSchedule {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Weekly {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Weekly(List<ScheduledTaskWeekday> days, String time) {
			this(days, time, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ScheduledTaskSchedule {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
