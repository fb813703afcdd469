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
 * The persisted attachment change represented by a notification. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadAttachmentOperation(@JsonValue String value) {

	/** {@code created}. */
	public static final ThreadAttachmentOperation CREATED = new ThreadAttachmentOperation("created");

	/** {@code deleted}. */
	public static final ThreadAttachmentOperation DELETED = new ThreadAttachmentOperation("deleted");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadAttachmentOperation of(String value) {
		return new ThreadAttachmentOperation(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(CREATED, DELETED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
