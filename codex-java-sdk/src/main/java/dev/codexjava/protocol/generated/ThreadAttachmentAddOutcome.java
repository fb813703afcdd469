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
 * Result of attempting to associate an attachment with a thread. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadAttachmentAddOutcome(@JsonValue String value) {

	/** {@code created}. */
	public static final ThreadAttachmentAddOutcome CREATED = new ThreadAttachmentAddOutcome("created");

	/** {@code existing}. */
	public static final ThreadAttachmentAddOutcome EXISTING = new ThreadAttachmentAddOutcome("existing");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadAttachmentAddOutcome of(String value) {
		return new ThreadAttachmentAddOutcome(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(CREATED, EXISTING).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
