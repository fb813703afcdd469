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
 * The protocol's {@code BedrockProviderId}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record BedrockProviderId(@JsonValue String value) {

	/** {@code amazon-bedrock}. */
	public static final BedrockProviderId AMAZON_BEDROCK = new BedrockProviderId("amazon-bedrock");

	/** {@code amazon-bedrock-runtime}. */
	public static final BedrockProviderId AMAZON_BEDROCK_RUNTIME = new BedrockProviderId("amazon-bedrock-runtime");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static BedrockProviderId of(String value) {
		return new BedrockProviderId(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(AMAZON_BEDROCK, AMAZON_BEDROCK_RUNTIME).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
