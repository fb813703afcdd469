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
 * The protocol's {@code ProviderSettings}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ProviderSettings.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ProviderSettings.Openai.class, name = "openai"),
		@JsonSubTypes.Type(value = ProviderSettings.CustomGateway.class, name = "customGateway"),
		@JsonSubTypes.Type(value = ProviderSettings.Bedrock.class, name = "bedrock"),
		@JsonSubTypes.Type(value = ProviderSettings.Gcp.class, name = "gcp") })
public sealed interface ProviderSettings {

	/**
	 * The {@code openai} variant.
	 */
	public record Openai(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ProviderSettings {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Openai {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code customGateway} variant.
	 */
	public record CustomGateway(
			@JsonProperty("auth") GatewayAuth auth,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ProviderSettings {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public CustomGateway {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public CustomGateway(GatewayAuth auth) {
			this(auth, Map.of());
		}

	}

	/**
	 * The {@code bedrock} variant.
	 */
	public record Bedrock(
			@JsonProperty("profile") @Nullable String profile,
			@JsonProperty("region") @Nullable String region,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ProviderSettings {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Bedrock {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Bedrock(@Nullable String profile, @Nullable String region) {
			this(profile, region, Map.of());
		}

	}

	/**
	 * The {@code gcp} variant.
	 */
	public record Gcp(
			@JsonProperty("credentialFile") @Nullable String credentialFile,
			@JsonProperty("location") @Nullable String location,
			@JsonProperty("projectId") @Nullable String projectId,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ProviderSettings {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Gcp {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Gcp(@Nullable String credentialFile, @Nullable String location, @Nullable String projectId) {
			this(credentialFile, location, projectId, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ProviderSettings {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
