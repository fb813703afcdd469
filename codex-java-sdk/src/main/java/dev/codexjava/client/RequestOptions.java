package dev.codexjava.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Per-call overrides of a typed request ({@link Codex#request(dev.codexjava.protocol.Method, Object, RequestOptions)}):
 * its timeout instead of {@link CodexConfig#requestTimeout()}, and whether an overloaded request is retried per
 * {@link CodexConfig#retryPolicy()}. Immutable; {@code null} means the client's default.
 */
public final class RequestOptions {

	private static final RequestOptions DEFAULTS = new RequestOptions(null, null);

	private final Duration timeout;

	private final Boolean retry;

	private RequestOptions(Duration timeout, Boolean retry) {
		this.timeout = timeout;
		this.retry = retry;
	}

	/** The client's defaults. */
	public static RequestOptions defaults() {
		return DEFAULTS;
	}

	/** Defaults but the timeout. */
	public static RequestOptions timeout(Duration timeout) {
		return DEFAULTS.withTimeout(timeout);
	}

	/** These options with another timeout (positive). */
	public RequestOptions withTimeout(Duration timeout) {
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive, got " + timeout);
		}
		return new RequestOptions(timeout, this.retry);
	}

	/** These options with overload retries on or off. */
	public RequestOptions retry(boolean retry) {
		return new RequestOptions(this.timeout, retry);
	}

	/** The timeout, or {@code null} for {@link CodexConfig#requestTimeout()}. */
	public @Nullable Duration timeoutOrNull() {
		return this.timeout;
	}

	/** Whether to retry, or {@code null} for the client's default. */
	public @Nullable Boolean retryOrNull() {
		return this.retry;
	}

	@Override
	public String toString() {
		return "RequestOptions[timeout=" + this.timeout + ", retry=" + this.retry + "]";
	}

}
