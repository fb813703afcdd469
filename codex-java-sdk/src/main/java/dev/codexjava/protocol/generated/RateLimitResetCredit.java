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
 * The protocol's {@code RateLimitResetCredit}.
 */
@SuppressWarnings("unused")
public record RateLimitResetCredit(
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("expiresAt") @Nullable Long expiresAt,
		@JsonProperty("grantedAt") Long grantedAt,
		@JsonProperty("id") String id,
		@JsonProperty("resetType") RateLimitResetType resetType,
		@JsonProperty("status") RateLimitResetCreditStatus status,
		@JsonProperty("title") @Nullable String title,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public RateLimitResetCredit {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public RateLimitResetCredit(@Nullable String description, @Nullable Long expiresAt, Long grantedAt, String id, RateLimitResetType resetType, RateLimitResetCreditStatus status, @Nullable String title) {
		this(description, expiresAt, grantedAt, id, resetType, status, title, Map.of());
	}

}
