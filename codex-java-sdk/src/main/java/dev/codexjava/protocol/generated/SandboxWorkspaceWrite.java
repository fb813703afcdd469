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
 * The protocol's {@code SandboxWorkspaceWrite}.
 */
@SuppressWarnings("unused")
public record SandboxWorkspaceWrite(
		@JsonProperty("exclude_slash_tmp") @Nullable Boolean excludeSlashTmp,
		@JsonProperty("exclude_tmpdir_env_var") @Nullable Boolean excludeTmpdirEnvVar,
		@JsonProperty("network_access") @Nullable Boolean networkAccess,
		@JsonProperty("writable_roots") @Nullable List<String> writableRoots,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public SandboxWorkspaceWrite {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public SandboxWorkspaceWrite(@Nullable Boolean excludeSlashTmp, @Nullable Boolean excludeTmpdirEnvVar, @Nullable Boolean networkAccess, @Nullable List<String> writableRoots) {
		this(excludeSlashTmp, excludeTmpdirEnvVar, networkAccess, writableRoots, Map.of());
	}

}
