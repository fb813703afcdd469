package dev.codexjava.protocol;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A typed notification of the app-server protocol: its wire name and the Java type of its params. The constants are
 * generated from the pinned binary's schema in {@code dev.codexjava.protocol.generated.Notifications}.
 *
 * @param <P> the params type
 * @param name the wire name, e.g. {@code turn/started}
 * @param paramsType the params type
 * @param experimental whether the notification exists only with the experimental API
 */
public record NotificationType<P>(String name, Class<P> paramsType, boolean experimental) {

	/** Checks the components. */
	public NotificationType {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(paramsType, "paramsType");
	}

	/**
	 * Decodes a notification's params (from {@code CodexListener#onNotification}) with the SDK's lenient mapper;
	 * absent or JSON-null params read as an empty record (every field {@code null}), never as {@code null}.
	 * @throws IllegalArgumentException if the params do not fit the type
	 */
	public P decode(tools.jackson.databind.@Nullable JsonNode params) {
		return Json.convertParams(params, this.paramsType);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
