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
 * The protocol's {@code AppMetadata}.
 */
@SuppressWarnings("unused")
public record AppMetadata(
		@JsonProperty("categories") @Nullable List<String> categories,
		@JsonProperty("developer") @Nullable String developer,
		@JsonProperty("firstPartyRequiresInstall") @Nullable Boolean firstPartyRequiresInstall,
		@JsonProperty("review") @Nullable AppReview review,
		@JsonProperty("screenshots") @Nullable List<AppScreenshot> screenshots,
		@JsonProperty("seoDescription") @Nullable String seoDescription,
		@JsonProperty("showInComposerWhenUnlinked") @Nullable Boolean showInComposerWhenUnlinked,
		@JsonProperty("subCategories") @Nullable List<String> subCategories,
		@JsonProperty("version") @Nullable String version,
		@JsonProperty("versionId") @Nullable String versionId,
		@JsonProperty("versionNotes") @Nullable String versionNotes,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppMetadata {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppMetadata(@Nullable List<String> categories, @Nullable String developer, @Nullable Boolean firstPartyRequiresInstall, @Nullable AppReview review, @Nullable List<AppScreenshot> screenshots, @Nullable String seoDescription, @Nullable Boolean showInComposerWhenUnlinked, @Nullable List<String> subCategories, @Nullable String version, @Nullable String versionId, @Nullable String versionNotes) {
		this(categories, developer, firstPartyRequiresInstall, review, screenshots, seoDescription, showInComposerWhenUnlinked, subCategories, version, versionId, versionNotes, Map.of());
	}

}
