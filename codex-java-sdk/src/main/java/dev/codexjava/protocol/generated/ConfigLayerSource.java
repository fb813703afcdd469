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
 * The protocol's {@code ConfigLayerSource}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = ConfigLayerSource.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ConfigLayerSource.PackagedDefaults.class, name = "packagedDefaults"),
		@JsonSubTypes.Type(value = ConfigLayerSource.Mdm.class, name = "mdm"),
		@JsonSubTypes.Type(value = ConfigLayerSource.System.class, name = "system"),
		@JsonSubTypes.Type(value = ConfigLayerSource.EnterpriseManaged.class, name = "enterpriseManaged"),
		@JsonSubTypes.Type(value = ConfigLayerSource.User.class, name = "user"),
		@JsonSubTypes.Type(value = ConfigLayerSource.Project.class, name = "project"),
		@JsonSubTypes.Type(value = ConfigLayerSource.SessionFlags.class, name = "sessionFlags"),
		@JsonSubTypes.Type(value = ConfigLayerSource.LegacyManagedConfigTomlFromFile.class, name = "legacyManagedConfigTomlFromFile"),
		@JsonSubTypes.Type(value = ConfigLayerSource.LegacyManagedConfigTomlFromMdm.class, name = "legacyManagedConfigTomlFromMdm") })
public sealed interface ConfigLayerSource {

	/**
	 * The {@code packagedDefaults} variant. Default configuration supplied with the installed Codex package.
	 */
	public record PackagedDefaults(
			@JsonProperty("file") JsonNode file,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfigLayerSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public PackagedDefaults {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public PackagedDefaults(JsonNode file) {
			this(file, Map.of());
		}

	}

	/**
	 * The {@code mdm} variant. Managed preferences layer delivered by MDM (macOS only).
	 */
	public record Mdm(
			@JsonProperty("domain") String domain,
			@JsonProperty("key") String key,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfigLayerSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Mdm {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Mdm(String domain, String key) {
			this(domain, key, Map.of());
		}

	}

	/**
	 * The {@code system} variant. Managed config layer from a file (usually `managed_config.toml`).
	 */
	public record System(
			@JsonProperty("file") JsonNode file,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfigLayerSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public System {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public System(JsonNode file) {
			this(file, Map.of());
		}

	}

	/**
	 * The {@code enterpriseManaged} variant. Enterprise-managed config layer delivered by the cloud config bundle.
	 */
	public record EnterpriseManaged(
			@JsonProperty("id") String id,
			@JsonProperty("name") String name,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfigLayerSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public EnterpriseManaged {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public EnterpriseManaged(String id, String name) {
			this(id, name, Map.of());
		}

	}

	/**
	 * The {@code user} variant. User config layer from $CODEX_HOME/config.toml. This layer is special in that it is expected to be: - writable by the user - generally outside the workspace directory
	 */
	public record User(
			@JsonProperty("file") JsonNode file,
			@JsonProperty("profile") @Nullable String profile,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfigLayerSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public User {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public User(JsonNode file, @Nullable String profile) {
			this(file, profile, Map.of());
		}

	}

	/**
	 * The {@code project} variant. Path to a .codex/ folder within a project. There could be multiple of these between `cwd` and the project/repo root.
	 */
	public record Project(
			@JsonProperty("dotCodexFolder") String dotCodexFolder,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfigLayerSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Project {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Project(String dotCodexFolder) {
			this(dotCodexFolder, Map.of());
		}

	}

	/**
	 * The {@code sessionFlags} variant. Session-layer overrides supplied via `-c`/`--config`.
	 */
	public record SessionFlags(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfigLayerSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public SessionFlags {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code legacyManagedConfigTomlFromFile} variant. `managed_config.toml` was designed to be a config that was loaded as the last layer on top of everything else. This scheme did not quite work out as intended, but we keep this variant as a "best effort" while we phase out `managed_config.toml` in favor of `requirements.toml`.
	 */
	public record LegacyManagedConfigTomlFromFile(
			@JsonProperty("file") String file,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfigLayerSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public LegacyManagedConfigTomlFromFile {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public LegacyManagedConfigTomlFromFile(String file) {
			this(file, Map.of());
		}

	}

	/**
	 * The {@code legacyManagedConfigTomlFromMdm} variant.
	 */
	public record LegacyManagedConfigTomlFromMdm(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfigLayerSource {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public LegacyManagedConfigTomlFromMdm {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ConfigLayerSource {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
