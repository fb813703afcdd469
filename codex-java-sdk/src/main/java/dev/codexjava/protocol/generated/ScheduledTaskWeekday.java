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
 * The protocol's {@code ScheduledTaskWeekday}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ScheduledTaskWeekday(@JsonValue String value) {

	/** {@code MO}. */
	public static final ScheduledTaskWeekday MO = new ScheduledTaskWeekday("MO");

	/** {@code TU}. */
	public static final ScheduledTaskWeekday TU = new ScheduledTaskWeekday("TU");

	/** {@code WE}. */
	public static final ScheduledTaskWeekday WE = new ScheduledTaskWeekday("WE");

	/** {@code TH}. */
	public static final ScheduledTaskWeekday TH = new ScheduledTaskWeekday("TH");

	/** {@code FR}. */
	public static final ScheduledTaskWeekday FR = new ScheduledTaskWeekday("FR");

	/** {@code SA}. */
	public static final ScheduledTaskWeekday SA = new ScheduledTaskWeekday("SA");

	/** {@code SU}. */
	public static final ScheduledTaskWeekday SU = new ScheduledTaskWeekday("SU");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ScheduledTaskWeekday of(String value) {
		return new ScheduledTaskWeekday(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(MO, TU, WE, TH, FR, SA, SU).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
