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
 * The protocol's {@code ExperimentalFeatureStage}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ExperimentalFeatureStage(@JsonValue String value) {

	/** {@code beta}. */
	public static final ExperimentalFeatureStage BETA = new ExperimentalFeatureStage("beta");

	/** {@code underDevelopment}. */
	public static final ExperimentalFeatureStage UNDER_DEVELOPMENT = new ExperimentalFeatureStage("underDevelopment");

	/** {@code stable}. */
	public static final ExperimentalFeatureStage STABLE = new ExperimentalFeatureStage("stable");

	/** {@code deprecated}. */
	public static final ExperimentalFeatureStage DEPRECATED = new ExperimentalFeatureStage("deprecated");

	/** {@code removed}. */
	public static final ExperimentalFeatureStage REMOVED = new ExperimentalFeatureStage("removed");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ExperimentalFeatureStage of(String value) {
		return new ExperimentalFeatureStage(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(BETA, UNDER_DEVELOPMENT, STABLE, DEPRECATED, REMOVED).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
