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
 * A presentation instruction for Chat to apply to this answer when recovering history.
 */
@SuppressWarnings("unused")
public record AgentMessageDisplay(
		@JsonProperty("action") String action,
		@JsonProperty("blockType") @Nullable String blockType,
		@JsonProperty("checkTrustedContacts") @Nullable Boolean checkTrustedContacts,
		@JsonProperty("cyberTrustedAccess") @Nullable Boolean cyberTrustedAccess,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public AgentMessageDisplay {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public AgentMessageDisplay(String action, @Nullable String blockType, @Nullable Boolean checkTrustedContacts, @Nullable Boolean cyberTrustedAccess) {
		this(action, blockType, checkTrustedContacts, cyberTrustedAccess, Map.of());
	}

}
