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
 * Notification published after a thread attachment is created or deleted.
 */
@SuppressWarnings("unused")
public record ThreadAttachmentUpdatedNotification(
		@JsonProperty("attachmentId") String attachmentId,
		@JsonProperty("attachmentType") String attachmentType,
		@JsonProperty("identityKey") String identityKey,
		@JsonProperty("operation") ThreadAttachmentOperation operation,
		@JsonProperty("threadId") String threadId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ThreadAttachmentUpdatedNotification {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ThreadAttachmentUpdatedNotification(String attachmentId, String attachmentType, String identityKey, ThreadAttachmentOperation operation, String threadId) {
		this(attachmentId, attachmentType, identityKey, operation, threadId, Map.of());
	}

}
