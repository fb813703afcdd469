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
 * The protocol's {@code RateLimitReachedType}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record RateLimitReachedType(@JsonValue String value) {

	/** {@code rate_limit_reached}. */
	public static final RateLimitReachedType RATE_LIMIT_REACHED = new RateLimitReachedType("rate_limit_reached");

	/** {@code workspace_owner_credits_depleted}. */
	public static final RateLimitReachedType WORKSPACE_OWNER_CREDITS_DEPLETED = new RateLimitReachedType("workspace_owner_credits_depleted");

	/** {@code workspace_member_credits_depleted}. */
	public static final RateLimitReachedType WORKSPACE_MEMBER_CREDITS_DEPLETED = new RateLimitReachedType("workspace_member_credits_depleted");

	/** {@code workspace_owner_usage_limit_reached}. */
	public static final RateLimitReachedType WORKSPACE_OWNER_USAGE_LIMIT_REACHED = new RateLimitReachedType("workspace_owner_usage_limit_reached");

	/** {@code workspace_member_usage_limit_reached}. */
	public static final RateLimitReachedType WORKSPACE_MEMBER_USAGE_LIMIT_REACHED = new RateLimitReachedType("workspace_member_usage_limit_reached");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static RateLimitReachedType of(String value) {
		return new RateLimitReachedType(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(RATE_LIMIT_REACHED, WORKSPACE_OWNER_CREDITS_DEPLETED, WORKSPACE_MEMBER_CREDITS_DEPLETED, WORKSPACE_OWNER_USAGE_LIMIT_REACHED, WORKSPACE_MEMBER_USAGE_LIMIT_REACHED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
