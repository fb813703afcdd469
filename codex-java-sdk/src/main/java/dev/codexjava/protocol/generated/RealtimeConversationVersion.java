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
 * The protocol's {@code RealtimeConversationVersion}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record RealtimeConversationVersion(@JsonValue String value) {

	/** {@code v1}. */
	public static final RealtimeConversationVersion V1 = new RealtimeConversationVersion("v1");

	/** {@code v2}. */
	public static final RealtimeConversationVersion V2 = new RealtimeConversationVersion("v2");

	/** {@code v3}. */
	public static final RealtimeConversationVersion V3 = new RealtimeConversationVersion("v3");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static RealtimeConversationVersion of(String value) {
		return new RealtimeConversationVersion(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(V1, V2, V3).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
