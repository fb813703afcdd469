package dev.codexjava.protocol;

import java.time.Duration;

import org.apiguardian.api.API;

/**
 * Receives a callback per finished client request (for metrics and logging). Must be fast and never throw. Internal
 * API: implemented by the SDK's client layer; may change without notice.
 */
@API(status = API.Status.INTERNAL)
public interface RpcObserver {

	/** An observer that does nothing. */
	RpcObserver NONE = (method, duration, failure) -> {
	};

	/**
	 * A request finished.
	 * @param method the request method
	 * @param duration from send to response (or failure)
	 * @param failure the failure, or {@code null} on success
	 */
	void requestCompleted(String method, Duration duration, Throwable failure);

	/**
	 * A request finished, with the attachment it was sent with
	 * ({@link RpcConnection#request(String, tools.jackson.databind.JsonNode, Duration, Object)}). The default calls
	 * {@link #requestCompleted(String, Duration, Throwable)}; the connection calls this one.
	 * @param attachment the request's attachment, or {@code null}
	 */
	default void requestCompleted(String method, Duration duration, Throwable failure, Object attachment) {
		requestCompleted(method, duration, failure);
	}

}
