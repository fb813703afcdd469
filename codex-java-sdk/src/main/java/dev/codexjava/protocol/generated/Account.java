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
 * The protocol's {@code Account}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = Account.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = Account.ApiKey.class, name = "apiKey"),
		@JsonSubTypes.Type(value = Account.Chatgpt.class, name = "chatgpt"),
		@JsonSubTypes.Type(value = Account.AmazonBedrock.class, name = "amazonBedrock"),
		@JsonSubTypes.Type(value = Account.Gcp.class, name = "gcp") })
public sealed interface Account {

	/**
	 * The {@code apiKey} variant.
	 */
	public record ApiKey(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements Account {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ApiKey {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code chatgpt} variant.
	 */
	public record Chatgpt(
			@JsonProperty("email") @Nullable String email,
			@JsonProperty("planType") PlanType planType,
			@JsonProperty("workspaceName") @Nullable String workspaceName,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements Account {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Chatgpt {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Chatgpt(@Nullable String email, PlanType planType, @Nullable String workspaceName) {
			this(email, planType, workspaceName, Map.of());
		}

	}

	/**
	 * The {@code amazonBedrock} variant.
	 */
	public record AmazonBedrock(
			@JsonProperty("usesCodexManagedCredentials") @Nullable Boolean usesCodexManagedCredentials,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements Account {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public AmazonBedrock {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public AmazonBedrock(@Nullable Boolean usesCodexManagedCredentials) {
			this(usesCodexManagedCredentials, Map.of());
		}

	}

	/**
	 * The {@code gcp} variant. Google Cloud Vertex AI with externally managed credentials.
	 */
	public record Gcp(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements Account {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Gcp {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements Account {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
