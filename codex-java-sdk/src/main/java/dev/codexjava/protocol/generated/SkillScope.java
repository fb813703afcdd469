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
 * The protocol's {@code SkillScope}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record SkillScope(@JsonValue String value) {

	/** {@code user}. */
	public static final SkillScope USER = new SkillScope("user");

	/** {@code repo}. */
	public static final SkillScope REPO = new SkillScope("repo");

	/** {@code system}. */
	public static final SkillScope SYSTEM = new SkillScope("system");

	/** {@code admin}. */
	public static final SkillScope ADMIN = new SkillScope("admin");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static SkillScope of(String value) {
		return new SkillScope(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(USER, REPO, SYSTEM, ADMIN).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
