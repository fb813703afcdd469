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
 * The protocol's {@code HookOutputEntryKind}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record HookOutputEntryKind(@JsonValue String value) {

	/** {@code warning}. */
	public static final HookOutputEntryKind WARNING = new HookOutputEntryKind("warning");

	/** {@code stop}. */
	public static final HookOutputEntryKind STOP = new HookOutputEntryKind("stop");

	/** {@code feedback}. */
	public static final HookOutputEntryKind FEEDBACK = new HookOutputEntryKind("feedback");

	/** {@code context}. */
	public static final HookOutputEntryKind CONTEXT = new HookOutputEntryKind("context");

	/** {@code error}. */
	public static final HookOutputEntryKind ERROR = new HookOutputEntryKind("error");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static HookOutputEntryKind of(String value) {
		return new HookOutputEntryKind(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(WARNING, STOP, FEEDBACK, CONTEXT, ERROR).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
