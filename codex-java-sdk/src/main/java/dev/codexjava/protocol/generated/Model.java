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
 * The protocol's {@code Model}.
 */
@SuppressWarnings("unused")
public record Model(
		@JsonProperty("additionalSpeedTiers") @Nullable List<String> additionalSpeedTiers,
		@JsonProperty("availabilityNux") @Nullable ModelAvailabilityNux availabilityNux,
		@JsonProperty("availableAccessPrograms") @Nullable ModelAccessPrograms availableAccessPrograms,
		@JsonProperty("defaultReasoningEffort") String defaultReasoningEffort,
		@JsonProperty("defaultServiceTier") @Nullable String defaultServiceTier,
		@JsonProperty("description") String description,
		@JsonProperty("displayName") String displayName,
		@JsonProperty("hidden") Boolean hidden,
		@JsonProperty("id") String id,
		@JsonProperty("inputModalities") @Nullable List<InputModality> inputModalities,
		@JsonProperty("isDefault") Boolean isDefault,
		@JsonProperty("model") String model,
		@JsonProperty("modelSpecialty") @Nullable String modelSpecialty,
		@JsonProperty("multiAgentVersion") @Nullable MultiAgentVersion multiAgentVersion,
		@JsonProperty("serviceTiers") @Nullable List<ModelServiceTier> serviceTiers,
		@JsonProperty("supportedReasoningEfforts") List<ReasoningEffortOption> supportedReasoningEfforts,
		@JsonProperty("supportsPersonality") @Nullable Boolean supportsPersonality,
		@JsonProperty("upgrade") @Nullable String upgrade,
		@JsonProperty("upgradeInfo") @Nullable ModelUpgradeInfo upgradeInfo,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public Model {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public Model(@Nullable List<String> additionalSpeedTiers, @Nullable ModelAvailabilityNux availabilityNux, @Nullable ModelAccessPrograms availableAccessPrograms, String defaultReasoningEffort, @Nullable String defaultServiceTier, String description, String displayName, Boolean hidden, String id, @Nullable List<InputModality> inputModalities, Boolean isDefault, String model, @Nullable String modelSpecialty, @Nullable MultiAgentVersion multiAgentVersion, @Nullable List<ModelServiceTier> serviceTiers, List<ReasoningEffortOption> supportedReasoningEfforts, @Nullable Boolean supportsPersonality, @Nullable String upgrade, @Nullable ModelUpgradeInfo upgradeInfo) {
		this(additionalSpeedTiers, availabilityNux, availableAccessPrograms, defaultReasoningEffort, defaultServiceTier, description, displayName, hidden, id, inputModalities, isDefault, model, modelSpecialty, multiAgentVersion, serviceTiers, supportedReasoningEfforts, supportsPersonality, upgrade, upgradeInfo, Map.of());
	}

}
