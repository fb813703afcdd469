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
 * The protocol's {@code BrowserUseAccessApprovalLifetime}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record BrowserUseAccessApprovalLifetime(@JsonValue String value) {

	/** {@code turn}. */
	public static final BrowserUseAccessApprovalLifetime TURN = new BrowserUseAccessApprovalLifetime("turn");

	/** {@code thread}. */
	public static final BrowserUseAccessApprovalLifetime THREAD = new BrowserUseAccessApprovalLifetime("thread");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static BrowserUseAccessApprovalLifetime of(String value) {
		return new BrowserUseAccessApprovalLifetime(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(TURN, THREAD).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
