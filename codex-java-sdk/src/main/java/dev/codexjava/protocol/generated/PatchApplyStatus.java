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
 * The protocol's {@code PatchApplyStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PatchApplyStatus(@JsonValue String value) {

	/** {@code inProgress}. */
	public static final PatchApplyStatus IN_PROGRESS = new PatchApplyStatus("inProgress");

	/** {@code completed}. */
	public static final PatchApplyStatus COMPLETED = new PatchApplyStatus("completed");

	/** {@code failed}. */
	public static final PatchApplyStatus FAILED = new PatchApplyStatus("failed");

	/** {@code declined}. */
	public static final PatchApplyStatus DECLINED = new PatchApplyStatus("declined");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PatchApplyStatus of(String value) {
		return new PatchApplyStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(IN_PROGRESS, COMPLETED, FAILED, DECLINED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
