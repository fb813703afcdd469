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
 * Omitted patch fields preserve their values. Explicit null clears a nullable field. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ProviderSettingsPatch.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ProviderSettingsPatch.CustomGateway.class, name = "customGateway"),
		@JsonSubTypes.Type(value = ProviderSettingsPatch.Bedrock.class, name = "bedrock"),
		@JsonSubTypes.Type(value = ProviderSettingsPatch.Gcp.class, name = "gcp") })
public sealed interface ProviderSettingsPatch {

	/**
	 * The {@code customGateway} variant.
	 */
	public record CustomGateway(
			@JsonProperty("baseUrl") @Nullable String baseUrl,
			@JsonProperty("envKey") @Nullable String envKey,
			@JsonProperty("name") @Nullable String name,
			@JsonProperty("providerId") @Nullable String providerId,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ProviderSettingsPatch {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public CustomGateway {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public CustomGateway(@Nullable String baseUrl, @Nullable String envKey, @Nullable String name, @Nullable String providerId) {
			this(baseUrl, envKey, name, providerId, Map.of());
		}

	}

	/**
	 * The {@code bedrock} variant. AWS configuration fields for built-in Bedrock providers.
	 */
	public record Bedrock(
			@JsonProperty("profile") @Nullable String profile,
			@JsonProperty("providerId") BedrockProviderId providerId,
			@JsonProperty("region") @Nullable String region,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ProviderSettingsPatch {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Bedrock {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Bedrock(@Nullable String profile, BedrockProviderId providerId, @Nullable String region) {
			this(profile, providerId, region, Map.of());
		}

	}

	/**
	 * The {@code gcp} variant. GCP configuration fields. Credential-file paths refer to the app-server host.
	 */
	public record Gcp(
			@JsonProperty("credentialFile") @Nullable String credentialFile,
			@JsonProperty("location") @Nullable String location,
			@JsonProperty("projectId") @Nullable String projectId,
			@JsonProperty("providerId") GcpProviderId providerId,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ProviderSettingsPatch {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Gcp {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Gcp(@Nullable String credentialFile, @Nullable String location, @Nullable String projectId, GcpProviderId providerId) {
			this(credentialFile, location, projectId, providerId, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ProviderSettingsPatch {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
