package dev.codexjava.protocol.newer;

import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The params of {@code modelProvider/default/set} (app-server 0.171.0 and later; the pinned 0.169.0 answers method
 * not found): the configured provider to use by default for new threads and unscoped model lists.
 *
 * @param providerId the id of a provider configured in {@code config.toml} ({@code model_providers.<id>}) or a
 * built-in one such as {@code openai}
 * @param unknown fields this SDK version does not model, kept as raw JSON
 */
public record ModelProviderDefaultSetParams(@JsonProperty("providerId") String providerId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Checks the provider id and keeps the unknown fields, unmodifiable. */
	public ModelProviderDefaultSetParams {
		Objects.requireNonNull(providerId, "providerId");
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** The params for {@code providerId}. */
	public ModelProviderDefaultSetParams(String providerId) {
		this(providerId, Map.of());
	}

}
