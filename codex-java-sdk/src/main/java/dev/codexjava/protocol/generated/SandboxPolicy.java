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
 * The protocol's {@code SandboxPolicy}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = SandboxPolicy.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = SandboxPolicy.DangerFullAccess.class, name = "dangerFullAccess"),
		@JsonSubTypes.Type(value = SandboxPolicy.ReadOnly.class, name = "readOnly"),
		@JsonSubTypes.Type(value = SandboxPolicy.ExternalSandbox.class, name = "externalSandbox"),
		@JsonSubTypes.Type(value = SandboxPolicy.WorkspaceWrite.class, name = "workspaceWrite") })
public sealed interface SandboxPolicy {

	/**
	 * The {@code dangerFullAccess} variant.
	 */
	public record DangerFullAccess(
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements SandboxPolicy {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public DangerFullAccess {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

	/**
	 * The {@code readOnly} variant.
	 */
	public record ReadOnly(
			@JsonProperty("networkAccess") @Nullable Boolean networkAccess,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements SandboxPolicy {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ReadOnly {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ReadOnly(@Nullable Boolean networkAccess) {
			this(networkAccess, Map.of());
		}

	}

	/**
	 * The {@code externalSandbox} variant.
	 */
	public record ExternalSandbox(
			@JsonProperty("networkAccess") @Nullable JsonNode networkAccess,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements SandboxPolicy {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ExternalSandbox {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ExternalSandbox(@Nullable JsonNode networkAccess) {
			this(networkAccess, Map.of());
		}

	}

	/**
	 * The {@code workspaceWrite} variant.
	 */
	public record WorkspaceWrite(
			@JsonProperty("excludeSlashTmp") @Nullable Boolean excludeSlashTmp,
			@JsonProperty("excludeTmpdirEnvVar") @Nullable Boolean excludeTmpdirEnvVar,
			@JsonProperty("networkAccess") @Nullable Boolean networkAccess,
			@JsonProperty("writableRoots") @Nullable List<String> writableRoots,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements SandboxPolicy {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public WorkspaceWrite {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public WorkspaceWrite(@Nullable Boolean excludeSlashTmp, @Nullable Boolean excludeTmpdirEnvVar, @Nullable Boolean networkAccess, @Nullable List<String> writableRoots) {
			this(excludeSlashTmp, excludeTmpdirEnvVar, networkAccess, writableRoots, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements SandboxPolicy {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
