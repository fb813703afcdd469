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
 * [UNSTABLE] Lifecycle state for an approval auto-review. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record GuardianApprovalReviewStatus(@JsonValue String value) {

	/** {@code inProgress}. */
	public static final GuardianApprovalReviewStatus IN_PROGRESS = new GuardianApprovalReviewStatus("inProgress");

	/** {@code approved}. */
	public static final GuardianApprovalReviewStatus APPROVED = new GuardianApprovalReviewStatus("approved");

	/** {@code denied}. */
	public static final GuardianApprovalReviewStatus DENIED = new GuardianApprovalReviewStatus("denied");

	/** {@code timedOut}. */
	public static final GuardianApprovalReviewStatus TIMED_OUT = new GuardianApprovalReviewStatus("timedOut");

	/** {@code aborted}. */
	public static final GuardianApprovalReviewStatus ABORTED = new GuardianApprovalReviewStatus("aborted");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static GuardianApprovalReviewStatus of(String value) {
		return new GuardianApprovalReviewStatus(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(IN_PROGRESS, APPROVED, DENIED, TIMED_OUT, ABORTED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
