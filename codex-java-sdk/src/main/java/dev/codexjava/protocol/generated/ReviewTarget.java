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
 * The protocol's {@code ReviewTarget}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ReviewTarget.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ReviewTarget.UncommittedChanges.class, name = "uncommittedChanges"),
		@JsonSubTypes.Type(value = ReviewTarget.BaseBranch.class, name = "baseBranch"),
		@JsonSubTypes.Type(value = ReviewTarget.Commit.class, name = "commit"),
		@JsonSubTypes.Type(value = ReviewTarget.Custom.class, name = "custom") })
public sealed interface ReviewTarget {

	/**
	 * The {@code uncommittedChanges} variant. Review the working tree: staged, unstaged, and untracked files.
	 */
	public record UncommittedChanges(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ReviewTarget {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public UncommittedChanges {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code baseBranch} variant. Review changes between the current branch and the given base branch.
	 */
	public record BaseBranch(
			@JsonProperty("branch") String branch,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ReviewTarget {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public BaseBranch {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public BaseBranch(String branch) {
			this(branch, Map.of());
		}

	}

	/**
	 * The {@code commit} variant. Review the changes introduced by a specific commit.
	 */
	public record Commit(
			@JsonProperty("sha") String sha,
			@JsonProperty("title") @Nullable String title,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ReviewTarget {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Commit {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Commit(String sha, @Nullable String title) {
			this(sha, title, Map.of());
		}

	}

	/**
	 * The {@code custom} variant. Arbitrary instructions, equivalent to the old free-form prompt.
	 */
	public record Custom(
			@JsonProperty("instructions") String instructions,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ReviewTarget {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Custom {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Custom(String instructions) {
			this(instructions, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ReviewTarget {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
