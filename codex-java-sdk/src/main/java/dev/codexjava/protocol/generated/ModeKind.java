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
 * Initial collaboration mode to use when the TUI starts. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ModeKind(@JsonValue String value) {

	/** {@code plan}. */
	public static final ModeKind PLAN = new ModeKind("plan");

	/** {@code default}. */
	public static final ModeKind DEFAULT = new ModeKind("default");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ModeKind of(String value) {
		return new ModeKind(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(PLAN, DEFAULT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
