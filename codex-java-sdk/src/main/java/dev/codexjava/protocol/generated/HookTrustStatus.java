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
 * The protocol's {@code HookTrustStatus}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record HookTrustStatus(@JsonValue String value) {

	/** {@code managed}. */
	public static final HookTrustStatus MANAGED = new HookTrustStatus("managed");

	/** {@code untrusted}. */
	public static final HookTrustStatus UNTRUSTED = new HookTrustStatus("untrusted");

	/** {@code trusted}. */
	public static final HookTrustStatus TRUSTED = new HookTrustStatus("trusted");

	/** {@code modified}. */
	public static final HookTrustStatus MODIFIED = new HookTrustStatus("modified");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static HookTrustStatus of(String value) {
		return new HookTrustStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(MANAGED, UNTRUSTED, TRUSTED, MODIFIED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
