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
 * The protocol's {@code PluginListMarketplaceKind}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PluginListMarketplaceKind(@JsonValue String value) {

	/** {@code local}. */
	public static final PluginListMarketplaceKind LOCAL = new PluginListMarketplaceKind("local");

	/** {@code vertical}. */
	public static final PluginListMarketplaceKind VERTICAL = new PluginListMarketplaceKind("vertical");

	/** {@code workspace-directory}. */
	public static final PluginListMarketplaceKind WORKSPACE_DIRECTORY = new PluginListMarketplaceKind("workspace-directory");

	/** {@code shared-with-me}. */
	public static final PluginListMarketplaceKind SHARED_WITH_ME = new PluginListMarketplaceKind("shared-with-me");

	/** {@code created-by-me-remote}. */
	public static final PluginListMarketplaceKind CREATED_BY_ME_REMOTE = new PluginListMarketplaceKind("created-by-me-remote");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PluginListMarketplaceKind of(String value) {
		return new PluginListMarketplaceKind(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(LOCAL, VERTICAL, WORKSPACE_DIRECTORY, SHARED_WITH_ME, CREATED_BY_ME_REMOTE).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
