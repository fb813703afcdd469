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
 * Authentication mode for OpenAI-backed providers. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record AuthMode(@JsonValue String value) {

	/** {@code apikey}. */
	public static final AuthMode APIKEY = new AuthMode("apikey");

	/** {@code chatgpt}. */
	public static final AuthMode CHATGPT = new AuthMode("chatgpt");

	/** {@code chatgptAuthTokens}. */
	public static final AuthMode CHATGPT_AUTH_TOKENS = new AuthMode("chatgptAuthTokens");

	/** {@code headers}. */
	public static final AuthMode HEADERS = new AuthMode("headers");

	/** {@code agentIdentity}. */
	public static final AuthMode AGENT_IDENTITY = new AuthMode("agentIdentity");

	/** {@code personalAccessToken}. */
	public static final AuthMode PERSONAL_ACCESS_TOKEN = new AuthMode("personalAccessToken");

	/** {@code bedrockApiKey}. */
	public static final AuthMode BEDROCK_API_KEY = new AuthMode("bedrockApiKey");

	/** {@code bedrockAccessKeys}. */
	public static final AuthMode BEDROCK_ACCESS_KEYS = new AuthMode("bedrockAccessKeys");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static AuthMode of(String value) {
		return new AuthMode(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(APIKEY, CHATGPT, CHATGPT_AUTH_TOKENS, HEADERS, AGENT_IDENTITY, PERSONAL_ACCESS_TOKEN, BEDROCK_API_KEY, BEDROCK_ACCESS_KEYS).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
