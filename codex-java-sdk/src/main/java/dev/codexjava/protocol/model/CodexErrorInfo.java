package dev.codexjava.protocol.model;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * The machine-readable cause of a turn error ({@code codexErrorInfo}): either a plain kind such as
 * {@code serverOverloaded}, {@code contextWindowExceeded}, {@code usageLimitExceeded}, or an object kind such as
 * {@code httpConnectionFailed} with details.
 *
 * @param kind the kind (the string value, or the single key of the object form)
 * @param details the object's value for object kinds, else {@code null}
 */
public record CodexErrorInfo(String kind, @Nullable JsonNode details) {

	/** The kind the model service uses when it is over capacity. */
	public static final String SERVER_OVERLOADED = "serverOverloaded";

	/** Reads the wire value (string or single-key object); {@code null} stays {@code null}. */
	public static @Nullable CodexErrorInfo from(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isString()) {
			return new CodexErrorInfo(node.asString(), null);
		}
		if (node.isObject() && node.size() >= 1) {
			String key = node.propertyNames().iterator().next();
			return new CodexErrorInfo(key, node.get(key));
		}
		return new CodexErrorInfo(node.toString(), null);
	}

	/** Whether the model service was overloaded (worth retrying later). */
	public boolean isServerOverloaded() {
		return SERVER_OVERLOADED.equals(this.kind);
	}

	/** The HTTP status in the details, if any ({@code null} when missing or not an int). */
	public @Nullable Integer httpStatusCode() {
		return (this.details != null) ? dev.codexjava.protocol.Json.intValue(this.details, "httpStatusCode") : null;
	}

}
