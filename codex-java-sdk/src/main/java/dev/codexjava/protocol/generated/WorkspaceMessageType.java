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
 * The protocol's {@code WorkspaceMessageType}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record WorkspaceMessageType(@JsonValue String value) {

	/** {@code headline}. */
	public static final WorkspaceMessageType HEADLINE = new WorkspaceMessageType("headline");

	/** {@code announcement}. */
	public static final WorkspaceMessageType ANNOUNCEMENT = new WorkspaceMessageType("announcement");

	/** {@code unknown}. */
	public static final WorkspaceMessageType UNKNOWN = new WorkspaceMessageType("unknown");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static WorkspaceMessageType of(String value) {
		return new WorkspaceMessageType(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(HEADLINE, ANNOUNCEMENT, UNKNOWN).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
