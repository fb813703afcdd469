package dev.codexjava.client;

import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.codexjava.error.ModelUnreachableException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.CodexErrorInfo;
import dev.codexjava.protocol.model.TurnError;

/**
 * Watches one turn's notifications (on the reader thread) for the app-server's reports that it cannot reach the
 * model: {@code error} notifications with {@code willRetry: true} whose {@code codexErrorInfo} is a connection failure
 * without an HTTP status. The server keeps retrying such a turn (with backoff, then "waiting for network") until it is
 * interrupted; once the reports have gone on for the limit without any sign of the model in between, the watch hands
 * a {@link ModelUnreachableException} to its consumer, once. Any model output (an item other than the user's
 * message, a delta, token usage) starts the count again.
 */
final class UnreachableModelWatch {

	/** The {@code codexErrorInfo} kinds that mean "no connection"; with an HTTP status the model was reached. */
	private static final Set<String> CONNECTION_FAILURES = Set.of("responseStreamDisconnected",
			"responseStreamConnectionFailed", "httpConnectionFailed");

	private static final Pattern URL_USER_INFO = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@\\s]+@");

	private final String threadId;

	private final long limitNanos;

	private final Consumer<ModelUnreachableException> onUnreachable;

	private final LongSupplier clock;

	private long firstReport;

	private int reports;

	private boolean fired;

	/**
	 * A watch for a turn of {@code threadId}.
	 * @param limit how long the reports may go on before the turn is given up ({@link Duration#ZERO}: at the first)
	 * @param onUnreachable told once when the turn should be given up (on the reader thread: must not block)
	 * @param clock nanosecond time
	 */
	UnreachableModelWatch(String threadId, Duration limit, Consumer<ModelUnreachableException> onUnreachable,
			LongSupplier clock) {
		this.threadId = threadId;
		this.limitNanos = limit.toNanos();
		this.onUnreachable = onUnreachable;
		this.clock = clock;
	}

	UnreachableModelWatch(String threadId, Duration limit, Consumer<ModelUnreachableException> onUnreachable) {
		this(threadId, limit, onUnreachable, System::nanoTime);
	}

	/** Looks at one notification of turn {@code turnId}. Reader thread. */
	void observe(String method, JsonNode params, String turnId) {
		if (this.fired) {
			return;
		}
		switch (method) {
			case "error" -> onError(params, turnId);
			case "item/started", "item/completed" -> {
				JsonNode item = (params != null) ? params.get("item") : null;
				if (!"userMessage".equals((item != null) ? Json.text(item, "type") : null)) {
					this.reports = 0;
				}
			}
			case "item/agentMessage/delta", "item/reasoning/summaryTextDelta", "item/reasoning/textDelta",
					"thread/tokenUsage/updated" ->
				this.reports = 0;
			default -> {
				// turn/started, warnings, status changes...: no sign either way
			}
		}
	}

	/**
	 * A streamed delta read without its params: what {@link #observe} does for it (the model's deltas are a sign of the
	 * model, a command's output is not), without the switch over every method.
	 */
	void observeDelta(String method) {
		if (!"item/commandExecution/outputDelta".equals(method)) {
			this.reports = 0;
		}
	}

	private void onError(JsonNode params, String turnId) {
		JsonNode willRetry = (params != null) ? params.get("willRetry") : null;
		TurnError error = (params != null) ? TurnError.from(params.get("error")) : null;
		if (willRetry == null || !willRetry.asBoolean(false) || !isConnectionFailure(error)) {
			return;
		}
		long now = this.clock.getAsLong();
		if (this.reports++ == 0) {
			this.firstReport = now;
		}
		long elapsed = now - this.firstReport;
		if (elapsed >= this.limitNanos) {
			this.fired = true;
			String message = (error.message() != null) ? error.message() : "connection failed";
			if (error.additionalDetails() != null && !error.additionalDetails().isBlank()) {
				message += ": " + error.additionalDetails();
			}
			this.onUnreachable.accept(new ModelUnreachableException(this.threadId, turnId, maskUserInfo(message),
					error.codexErrorInfo().kind(), this.reports, Duration.ofNanos(elapsed)));
		}
	}

	/** Whether {@code error} says the server got no HTTP response from the model at all. */
	static boolean isConnectionFailure(TurnError error) {
		if (error == null) {
			return false;
		}
		CodexErrorInfo info = error.codexErrorInfo();
		return info != null && CONNECTION_FAILURES.contains(info.kind()) && info.httpStatusCode() == null;
	}

	static String maskUserInfo(String text) {
		return URL_USER_INFO.matcher(text).replaceAll("$1******@");
	}

}
