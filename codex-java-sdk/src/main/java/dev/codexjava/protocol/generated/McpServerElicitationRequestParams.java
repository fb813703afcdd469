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
 * The protocol's {@code McpServerElicitationRequestParams}. A union by {@code mode}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "mode", defaultImpl = McpServerElicitationRequestParams.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = McpServerElicitationRequestParams.Form.class, name = "form"),
		@JsonSubTypes.Type(value = McpServerElicitationRequestParams.OpenaiForm.class, name = "openai/form"),
		@JsonSubTypes.Type(value = McpServerElicitationRequestParams.OpenaiForm2.class, name = "openaiForm"),
		@JsonSubTypes.Type(value = McpServerElicitationRequestParams.Url.class, name = "url") })
public sealed interface McpServerElicitationRequestParams {

	/**
	 * The {@code form} variant.
	 */
	public record Form(
			@JsonProperty("serverName") String serverName,
			@JsonProperty("threadId") String threadId,
			@JsonProperty("turnId") @Nullable String turnId,
			@JsonProperty("_meta") @Nullable JsonNode meta,
			@JsonProperty("message") String message,
			@JsonProperty("requestedSchema") McpElicitationSchema requestedSchema,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements McpServerElicitationRequestParams {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Form {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Form(String serverName, String threadId, @Nullable String turnId, @Nullable JsonNode meta, String message, McpElicitationSchema requestedSchema) {
			this(serverName, threadId, turnId, meta, message, requestedSchema, Map.of());
		}

	}

	/**
	 * The {@code openai/form} variant.
	 */
	public record OpenaiForm(
			@JsonProperty("serverName") String serverName,
			@JsonProperty("threadId") String threadId,
			@JsonProperty("turnId") @Nullable String turnId,
			@JsonProperty("_meta") @Nullable JsonNode meta,
			@JsonProperty("message") String message,
			@JsonProperty("requestedSchema") @Nullable JsonNode requestedSchema,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements McpServerElicitationRequestParams {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public OpenaiForm {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public OpenaiForm(String serverName, String threadId, @Nullable String turnId, @Nullable JsonNode meta, String message, @Nullable JsonNode requestedSchema) {
			this(serverName, threadId, turnId, meta, message, requestedSchema, Map.of());
		}

	}

	/**
	 * The {@code openaiForm} variant.
	 */
	public record OpenaiForm2(
			@JsonProperty("serverName") String serverName,
			@JsonProperty("threadId") String threadId,
			@JsonProperty("turnId") @Nullable String turnId,
			@JsonProperty("_meta") @Nullable JsonNode meta,
			@JsonProperty("message") String message,
			@JsonProperty("requestedSchema") @Nullable JsonNode requestedSchema,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements McpServerElicitationRequestParams {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public OpenaiForm2 {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public OpenaiForm2(String serverName, String threadId, @Nullable String turnId, @Nullable JsonNode meta, String message, @Nullable JsonNode requestedSchema) {
			this(serverName, threadId, turnId, meta, message, requestedSchema, Map.of());
		}

	}

	/**
	 * The {@code url} variant.
	 */
	public record Url(
			@JsonProperty("serverName") String serverName,
			@JsonProperty("threadId") String threadId,
			@JsonProperty("turnId") @Nullable String turnId,
			@JsonProperty("_meta") @Nullable JsonNode meta,
			@JsonProperty("elicitationId") String elicitationId,
			@JsonProperty("message") String message,
			@JsonProperty("url") String url,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements McpServerElicitationRequestParams {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Url {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Url(String serverName, String threadId, @Nullable String turnId, @Nullable JsonNode meta, String elicitationId, String message, String url) {
			this(serverName, threadId, turnId, meta, elicitationId, message, url, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code mode}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements McpServerElicitationRequestParams {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
