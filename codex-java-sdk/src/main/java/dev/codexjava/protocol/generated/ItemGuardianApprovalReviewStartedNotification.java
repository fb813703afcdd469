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
 * [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon.
 */
@SuppressWarnings("unused")
public record ItemGuardianApprovalReviewStartedNotification(
		@JsonProperty("action") GuardianApprovalReviewAction action,
		@JsonProperty("review") GuardianApprovalReview review,
		@JsonProperty("reviewId") String reviewId,
		@JsonProperty("startedAtMs") Long startedAtMs,
		@JsonProperty("targetItemId") @Nullable String targetItemId,
		@JsonProperty("threadId") String threadId,
		@JsonProperty("turnId") String turnId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ItemGuardianApprovalReviewStartedNotification {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ItemGuardianApprovalReviewStartedNotification(GuardianApprovalReviewAction action, GuardianApprovalReview review, String reviewId, Long startedAtMs, @Nullable String targetItemId, String threadId, String turnId) {
		this(action, review, reviewId, startedAtMs, targetItemId, threadId, turnId, Map.of());
	}

}
