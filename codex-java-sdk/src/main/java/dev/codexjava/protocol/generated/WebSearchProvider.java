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
 * Provider preference selected by the resolved model catalog entry. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record WebSearchProvider(@JsonValue String value) {

	/** {@code standalone}. */
	public static final WebSearchProvider STANDALONE = new WebSearchProvider("standalone");

	/** {@code search_mcp}. */
	public static final WebSearchProvider SEARCH_MCP = new WebSearchProvider("search_mcp");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static WebSearchProvider of(String value) {
		return new WebSearchProvider(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(STANDALONE, SEARCH_MCP).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
