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
 * A model-facing surface on which a tool can be exposed. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ToolExposureSurface(@JsonValue String value) {

	/** {@code code_mode}. */
	public static final ToolExposureSurface CODE_MODE = new ToolExposureSurface("code_mode");

	/** {@code deferred}. */
	public static final ToolExposureSurface DEFERRED = new ToolExposureSurface("deferred");

	/** {@code direct}. */
	public static final ToolExposureSurface DIRECT = new ToolExposureSurface("direct");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ToolExposureSurface of(String value) {
		return new ToolExposureSurface(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(CODE_MODE, DEFERRED, DIRECT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
