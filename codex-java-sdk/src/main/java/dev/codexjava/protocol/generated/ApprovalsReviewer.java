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
 * Configures who approval requests are routed to for review. Examples include sandbox escapes, blocked network access, MCP approval prompts, and ARC escalations. Defaults to `user`. `auto_review` uses a carefully prompted subagent to gather relevant context and apply a risk-based decision framework before approving or denying the request. The legacy value `guardian_subagent` is accepted for compatibility. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ApprovalsReviewer(@JsonValue String value) {

	/** {@code user}. */
	public static final ApprovalsReviewer USER = new ApprovalsReviewer("user");

	/** {@code auto_review}. */
	public static final ApprovalsReviewer AUTO_REVIEW = new ApprovalsReviewer("auto_review");

	/** {@code guardian_subagent}. */
	public static final ApprovalsReviewer GUARDIAN_SUBAGENT = new ApprovalsReviewer("guardian_subagent");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ApprovalsReviewer of(String value) {
		return new ApprovalsReviewer(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(USER, AUTO_REVIEW, GUARDIAN_SUBAGENT).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
