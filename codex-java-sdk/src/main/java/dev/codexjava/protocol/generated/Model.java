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
 * The protocol's {@code Model}.
 */
@SuppressWarnings("unused")
public record Model(
		@JsonProperty("additionalSpeedTiers") List<String> additionalSpeedTiers,
		@JsonProperty("availabilityNux") ModelAvailabilityNux availabilityNux,
		@JsonProperty("availableAccessPrograms") ModelAccessPrograms availableAccessPrograms,
		@JsonProperty("defaultReasoningEffort") String defaultReasoningEffort,
		@JsonProperty("defaultServiceTier") String defaultServiceTier,
		@JsonProperty("description") String description,
		@JsonProperty("displayName") String displayName,
		@JsonProperty("hidden") Boolean hidden,
		@JsonProperty("id") String id,
		@JsonProperty("inputModalities") List<InputModality> inputModalities,
		@JsonProperty("isDefault") Boolean isDefault,
		@JsonProperty("model") String model,
		@JsonProperty("modelSpecialty") String modelSpecialty,
		@JsonProperty("multiAgentVersion") MultiAgentVersion multiAgentVersion,
		@JsonProperty("serviceTiers") List<ModelServiceTier> serviceTiers,
		@JsonProperty("supportedReasoningEfforts") List<ReasoningEffortOption> supportedReasoningEfforts,
		@JsonProperty("supportsPersonality") Boolean supportsPersonality,
		@JsonProperty("upgrade") String upgrade,
		@JsonProperty("upgradeInfo") ModelUpgradeInfo upgradeInfo,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public Model {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public Model(List<String> additionalSpeedTiers, ModelAvailabilityNux availabilityNux, ModelAccessPrograms availableAccessPrograms, String defaultReasoningEffort, String defaultServiceTier, String description, String displayName, Boolean hidden, String id, List<InputModality> inputModalities, Boolean isDefault, String model, String modelSpecialty, MultiAgentVersion multiAgentVersion, List<ModelServiceTier> serviceTiers, List<ReasoningEffortOption> supportedReasoningEfforts, Boolean supportsPersonality, String upgrade, ModelUpgradeInfo upgradeInfo) {
		this(additionalSpeedTiers, availabilityNux, availableAccessPrograms, defaultReasoningEffort, defaultServiceTier, description, displayName, hidden, id, inputModalities, isDefault, model, modelSpecialty, multiAgentVersion, serviceTiers, supportedReasoningEfforts, supportsPersonality, upgrade, upgradeInfo, Map.of());
	}

}
