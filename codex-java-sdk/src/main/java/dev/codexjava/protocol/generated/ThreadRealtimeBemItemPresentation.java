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
 * EXPERIMENTAL - how an existing agent item appears in a realtime conversation. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ThreadRealtimeBemItemPresentation.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ThreadRealtimeBemItemPresentation.WholeItem.class, name = "wholeItem"),
		@JsonSubTypes.Type(value = ThreadRealtimeBemItemPresentation.InlineMarkdown.class, name = "inlineMarkdown"),
		@JsonSubTypes.Type(value = ThreadRealtimeBemItemPresentation.InlineVisualization.class, name = "inlineVisualization") })
public sealed interface ThreadRealtimeBemItemPresentation {

	/**
	 * The {@code wholeItem} variant.
	 */
	public record WholeItem(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeBemItemPresentation {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public WholeItem {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code inlineMarkdown} variant.
	 */
	public record InlineMarkdown(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeBemItemPresentation {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public InlineMarkdown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code inlineVisualization} variant.
	 */
	public record InlineVisualization(
			@JsonProperty("index") Long index,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeBemItemPresentation {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public InlineVisualization {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public InlineVisualization(Long index) {
			this(index, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ThreadRealtimeBemItemPresentation {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
