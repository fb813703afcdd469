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
 * The protocol's {@code AppToolApproval}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record AppToolApproval(@JsonValue String value) {

	/** {@code auto}. */
	public static final AppToolApproval AUTO = new AppToolApproval("auto");

	/** {@code prompt}. */
	public static final AppToolApproval PROMPT = new AppToolApproval("prompt");

	/** {@code writes}. */
	public static final AppToolApproval WRITES = new AppToolApproval("writes");

	/** {@code approve}. */
	public static final AppToolApproval APPROVE = new AppToolApproval("approve");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static AppToolApproval of(String value) {
		return new AppToolApproval(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(AUTO, PROMPT, WRITES, APPROVE).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
