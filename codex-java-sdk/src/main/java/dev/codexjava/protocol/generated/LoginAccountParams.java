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
 * The protocol's {@code LoginAccountParams}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = LoginAccountParams.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = LoginAccountParams.ApiKey.class, name = "apiKey"),
		@JsonSubTypes.Type(value = LoginAccountParams.Chatgpt.class, name = "chatgpt"),
		@JsonSubTypes.Type(value = LoginAccountParams.ChatgptDeviceCode.class, name = "chatgptDeviceCode"),
		@JsonSubTypes.Type(value = LoginAccountParams.ChatgptAuthTokens.class, name = "chatgptAuthTokens"),
		@JsonSubTypes.Type(value = LoginAccountParams.AmazonBedrock.class, name = "amazonBedrock"),
		@JsonSubTypes.Type(value = LoginAccountParams.AmazonBedrockAccessKeys.class, name = "amazonBedrockAccessKeys") })
public sealed interface LoginAccountParams {

	/**
	 * The {@code apiKey} variant.
	 */
	public record ApiKey(
			@JsonProperty("apiKey") String apiKey,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountParams {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ApiKey {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ApiKey(String apiKey) {
			this(apiKey, Map.of());
		}

	}

	/**
	 * The {@code chatgpt} variant.
	 */
	public record Chatgpt(
			@JsonProperty("appBrand") @Nullable LoginAppBrand appBrand,
			@JsonProperty("codexStreamlinedLogin") @Nullable Boolean codexStreamlinedLogin,
			@JsonProperty("useHostedLoginSuccessPage") @Nullable Boolean useHostedLoginSuccessPage,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountParams {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Chatgpt {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Chatgpt(@Nullable LoginAppBrand appBrand, @Nullable Boolean codexStreamlinedLogin, @Nullable Boolean useHostedLoginSuccessPage) {
			this(appBrand, codexStreamlinedLogin, useHostedLoginSuccessPage, Map.of());
		}

	}

	/**
	 * The {@code chatgptDeviceCode} variant.
	 */
	public record ChatgptDeviceCode(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountParams {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ChatgptDeviceCode {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code chatgptAuthTokens} variant. [UNSTABLE] FOR OPENAI INTERNAL USE ONLY - DO NOT USE. The access token must contain the same scopes that Codex-managed ChatGPT auth tokens have.
	 */
	public record ChatgptAuthTokens(
			@JsonProperty("accessToken") String accessToken,
			@JsonProperty("chatgptAccountId") String chatgptAccountId,
			@JsonProperty("chatgptPlanType") @Nullable String chatgptPlanType,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountParams {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ChatgptAuthTokens {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ChatgptAuthTokens(String accessToken, String chatgptAccountId, @Nullable String chatgptPlanType) {
			this(accessToken, chatgptAccountId, chatgptPlanType, Map.of());
		}

	}

	/**
	 * The {@code amazonBedrock} variant. [UNSTABLE] Managed Amazon Bedrock login is experimental.
	 */
	public record AmazonBedrock(
			@JsonProperty("apiKey") String apiKey,
			@JsonProperty("region") String region,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountParams {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public AmazonBedrock {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public AmazonBedrock(String apiKey, String region) {
			this(apiKey, region, Map.of());
		}

	}

	/**
	 * The {@code amazonBedrockAccessKeys} variant. [UNSTABLE] Managed Amazon Bedrock AWS access key login is experimental.
	 */
	public record AmazonBedrockAccessKeys(
			@JsonProperty("accessKeyId") String accessKeyId,
			@JsonProperty("region") String region,
			@JsonProperty("secretAccessKey") String secretAccessKey,
			@JsonProperty("sessionToken") @Nullable String sessionToken,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountParams {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public AmazonBedrockAccessKeys {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public AmazonBedrockAccessKeys(String accessKeyId, String region, String secretAccessKey, @Nullable String sessionToken) {
			this(accessKeyId, region, secretAccessKey, sessionToken, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements LoginAccountParams {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
