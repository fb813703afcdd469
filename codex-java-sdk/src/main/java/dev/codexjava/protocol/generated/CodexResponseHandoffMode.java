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
 * The protocol's {@code CodexResponseHandoffMode}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record CodexResponseHandoffMode(@JsonValue String value) {

	/** {@code thinking}. */
	public static final CodexResponseHandoffMode THINKING = new CodexResponseHandoffMode("thinking");

	/** {@code commentary}. */
	public static final CodexResponseHandoffMode COMMENTARY = new CodexResponseHandoffMode("commentary");

	/** {@code bemTags}. */
	public static final CodexResponseHandoffMode BEM_TAGS = new CodexResponseHandoffMode("bemTags");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static CodexResponseHandoffMode of(String value) {
		return new CodexResponseHandoffMode(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(THINKING, COMMENTARY, BEM_TAGS).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
