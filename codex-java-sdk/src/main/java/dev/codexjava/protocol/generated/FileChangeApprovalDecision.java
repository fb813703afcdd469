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
 * The protocol's {@code FileChangeApprovalDecision}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record FileChangeApprovalDecision(@JsonValue String value) {

	/** {@code accept}. */
	public static final FileChangeApprovalDecision ACCEPT = new FileChangeApprovalDecision("accept");

	/** {@code acceptForSession}. */
	public static final FileChangeApprovalDecision ACCEPT_FOR_SESSION = new FileChangeApprovalDecision("acceptForSession");

	/** {@code decline}. */
	public static final FileChangeApprovalDecision DECLINE = new FileChangeApprovalDecision("decline");

	/** {@code cancel}. */
	public static final FileChangeApprovalDecision CANCEL = new FileChangeApprovalDecision("cancel");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static FileChangeApprovalDecision of(String value) {
		return new FileChangeApprovalDecision(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(ACCEPT, ACCEPT_FOR_SESSION, DECLINE, CANCEL).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
