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
 * [UNSTABLE] Temporary approval auto-review payload used by `item/autoApprovalReview/*` notifications. This shape is expected to change soon.
 */
@SuppressWarnings("unused")
public record GuardianApprovalReview(
		@JsonProperty("rationale") @Nullable String rationale,
		@JsonProperty("riskLevel") @Nullable GuardianRiskLevel riskLevel,
		@JsonProperty("status") GuardianApprovalReviewStatus status,
		@JsonProperty("userAuthorization") @Nullable GuardianUserAuthorization userAuthorization,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public GuardianApprovalReview {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public GuardianApprovalReview(@Nullable String rationale, @Nullable GuardianRiskLevel riskLevel, GuardianApprovalReviewStatus status, @Nullable GuardianUserAuthorization userAuthorization) {
		this(rationale, riskLevel, status, userAuthorization, Map.of());
	}

}
