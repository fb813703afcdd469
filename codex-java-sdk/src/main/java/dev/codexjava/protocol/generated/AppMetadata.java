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

/**
 * The protocol's {@code AppMetadata}.
 */
@SuppressWarnings("unused")
public record AppMetadata(
		@JsonProperty("categories") List<String> categories,
		@JsonProperty("developer") String developer,
		@JsonProperty("firstPartyRequiresInstall") Boolean firstPartyRequiresInstall,
		@JsonProperty("review") AppReview review,
		@JsonProperty("screenshots") List<AppScreenshot> screenshots,
		@JsonProperty("seoDescription") String seoDescription,
		@JsonProperty("showInComposerWhenUnlinked") Boolean showInComposerWhenUnlinked,
		@JsonProperty("subCategories") List<String> subCategories,
		@JsonProperty("version") String version,
		@JsonProperty("versionId") String versionId,
		@JsonProperty("versionNotes") String versionNotes,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AppMetadata {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AppMetadata(List<String> categories, String developer, Boolean firstPartyRequiresInstall, AppReview review, List<AppScreenshot> screenshots, String seoDescription, Boolean showInComposerWhenUnlinked, List<String> subCategories, String version, String versionId, String versionNotes) {
		this(categories, developer, firstPartyRequiresInstall, review, screenshots, seoDescription, showInComposerWhenUnlinked, subCategories, version, versionId, versionNotes, Map.of());
	}

}
