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
 * The protocol's {@code ResponsesApiWebSearchAction}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ResponsesApiWebSearchAction.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ResponsesApiWebSearchAction.Search.class, name = "search"),
		@JsonSubTypes.Type(value = ResponsesApiWebSearchAction.OpenPage.class, name = "open_page"),
		@JsonSubTypes.Type(value = ResponsesApiWebSearchAction.FindInPage.class, name = "find_in_page"),
		@JsonSubTypes.Type(value = ResponsesApiWebSearchAction.Other.class, name = "other") })
public sealed interface ResponsesApiWebSearchAction {

	/**
	 * The {@code search} variant.
	 */
	public record Search(
			@JsonProperty("queries") @Nullable List<String> queries,
			@JsonProperty("query") @Nullable String query,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponsesApiWebSearchAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Search {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Search(@Nullable List<String> queries, @Nullable String query) {
			this(queries, query, Map.of());
		}

	}

	/**
	 * The {@code open_page} variant.
	 */
	public record OpenPage(
			@JsonProperty("url") @Nullable String url,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponsesApiWebSearchAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public OpenPage {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public OpenPage(@Nullable String url) {
			this(url, Map.of());
		}

	}

	/**
	 * The {@code find_in_page} variant.
	 */
	public record FindInPage(
			@JsonProperty("pattern") @Nullable String pattern,
			@JsonProperty("url") @Nullable String url,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponsesApiWebSearchAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public FindInPage {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public FindInPage(@Nullable String pattern, @Nullable String url) {
			this(pattern, url, Map.of());
		}

	}

	/**
	 * The {@code other} variant.
	 */
	public record Other(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponsesApiWebSearchAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Other {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ResponsesApiWebSearchAction {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
