package dev.codexjava.protocol;

import java.util.Objects;

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

	/** Decodes a notification's params (from {@code CodexListener#onNotification}) with the SDK's lenient mapper. */
	public P decode(tools.jackson.databind.JsonNode params) {
		return Json.convert(params, this.paramsType);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
