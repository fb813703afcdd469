package dev.codexjava.protocol.model;

import org.jspecify.annotations.Nullable;

/** The state of a turn as the server reports it. */
public enum TurnStatus {

	/** The turn finished normally. */
	COMPLETED("completed"),
	/** The turn was interrupted (by {@code turn/interrupt} or a {@code cancel} approval decision). */
	INTERRUPTED("interrupted"),
	/** The turn failed; see its error. */
	FAILED("failed"),
	/** The turn is still running. */
	IN_PROGRESS("inProgress"),
	/** A status this SDK does not know. */
	UNKNOWN("unknown");

	/** All of them, once: {@code values()} copies its array at every call, and this runs at every turn's end. */
	private static final TurnStatus[] ALL = values();

	private final String wire;

	TurnStatus(String wire) {
		this.wire = wire;
	}

	/** The wire value (also how it is written and read as JSON, e.g. {@code "inProgress"}). */
	@com.fasterxml.jackson.annotation.JsonValue
	public String wireValue() {
		return this.wire;
	}

	/** Parses a wire value; unknown values map to {@link #UNKNOWN}. */
	@com.fasterxml.jackson.annotation.JsonCreator
	public static TurnStatus fromWire(@Nullable String value) {
		for (TurnStatus status : ALL) {
			if (status.wire.equals(value)) {
				return status;
			}
		}
		return UNKNOWN;
	}

}
