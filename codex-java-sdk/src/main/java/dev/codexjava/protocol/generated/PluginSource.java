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
 * The protocol's {@code PluginSource}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = PluginSource.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = PluginSource.Local.class, name = "local"),
		@JsonSubTypes.Type(value = PluginSource.Git.class, name = "git"),
		@JsonSubTypes.Type(value = PluginSource.Npm.class, name = "npm"),
		@JsonSubTypes.Type(value = PluginSource.Remote.class, name = "remote") })
public sealed interface PluginSource {

	/**
	 * The {@code local} variant.
	 */
	public record Local(
			@JsonProperty("path") String path,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements PluginSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Local {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Local(String path) {
			this(path, Map.of());
		}

	}

	/**
	 * The {@code git} variant.
	 */
	public record Git(
			@JsonProperty("path") @Nullable String path,
			@JsonProperty("refName") @Nullable String refName,
			@JsonProperty("sha") @Nullable String sha,
			@JsonProperty("url") String url,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements PluginSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Git {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Git(@Nullable String path, @Nullable String refName, @Nullable String sha, String url) {
			this(path, refName, sha, url, Map.of());
		}

	}

	/**
	 * The {@code npm} variant.
	 */
	public record Npm(
			@JsonProperty("package") String package_,
			@JsonProperty("registry") @Nullable String registry,
			@JsonProperty("version") @Nullable String version,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements PluginSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Npm {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Npm(String package_, @Nullable String registry, @Nullable String version) {
			this(package_, registry, version, Map.of());
		}

	}

	/**
	 * The {@code remote} variant. The plugin is available in the remote catalog. Download metadata is kept server-side and is not exposed through the app-server API.
	 */
	public record Remote(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements PluginSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Remote {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements PluginSource {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
