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
 * The protocol's {@code LoginAccountResponse}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = LoginAccountResponse.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = LoginAccountResponse.ApiKey.class, name = "apiKey"),
		@JsonSubTypes.Type(value = LoginAccountResponse.Chatgpt.class, name = "chatgpt"),
		@JsonSubTypes.Type(value = LoginAccountResponse.ChatgptDeviceCode.class, name = "chatgptDeviceCode"),
		@JsonSubTypes.Type(value = LoginAccountResponse.ChatgptAuthTokens.class, name = "chatgptAuthTokens"),
		@JsonSubTypes.Type(value = LoginAccountResponse.AmazonBedrock.class, name = "amazonBedrock") })
public sealed interface LoginAccountResponse {

	/**
	 * The {@code apiKey} variant.
	 */
	public record ApiKey(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountResponse {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ApiKey {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code chatgpt} variant.
	 */
	public record Chatgpt(
			@JsonProperty("authUrl") String authUrl,
			@JsonProperty("loginId") String loginId,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountResponse {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Chatgpt {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Chatgpt(String authUrl, String loginId) {
			this(authUrl, loginId, Map.of());
		}

	}

	/**
	 * The {@code chatgptDeviceCode} variant.
	 */
	public record ChatgptDeviceCode(
			@JsonProperty("loginId") String loginId,
			@JsonProperty("userCode") String userCode,
			@JsonProperty("verificationUrl") String verificationUrl,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountResponse {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ChatgptDeviceCode {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ChatgptDeviceCode(String loginId, String userCode, String verificationUrl) {
			this(loginId, userCode, verificationUrl, Map.of());
		}

	}

	/**
	 * The {@code chatgptAuthTokens} variant.
	 */
	public record ChatgptAuthTokens(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountResponse {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ChatgptAuthTokens {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code amazonBedrock} variant.
	 */
	public record AmazonBedrock(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountResponse {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public AmazonBedrock {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountResponse {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
