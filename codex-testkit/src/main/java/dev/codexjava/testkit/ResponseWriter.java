package dev.codexjava.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

/**
 * Writes one {@link MockResponse} to an exchange: a plain HTTP answer, or an SSE stream flushed event by event.
 * Waits (event delays, stalls) end early when the model closes.
 */
final class ResponseWriter {

	/** How often a stalled stream checks whether its client is still there. */
	static final Duration STALL_PROBE_INTERVAL = Duration.ofMillis(250);

	private static final byte[] STALL_PROBE = ":\n\n".getBytes(StandardCharsets.US_ASCII);

	private final CountDownLatch closed;

	ResponseWriter(CountDownLatch closed) {
		this.closed = closed;
	}

	/**
	 * Sends {@code response} as the {@code n}-th response of the model.
	 * @throws IOException if the client went away (or the server stopped) mid-way
	 * @throws InterruptedException if the handler thread was interrupted
	 */
	void write(HttpExchange exchange, MockResponse response, long n) throws IOException, InterruptedException {
		Headers headers = exchange.getResponseHeaders();
		if (response.isHttpError()) {
			headers.set("Content-Type", "application/json");
			response.headers().forEach(headers::set);
			sendFixed(exchange, response.status(), response.httpBody());
			return;
		}
		headers.set("Content-Type", "text/event-stream");
		headers.set("Cache-Control", "no-cache");
		response.headers().forEach(headers::set);
		// length 0 = chunked: the stream is flushed event by event
		exchange.sendResponseHeaders(200, 0);
		OutputStream out = exchange.getResponseBody();
		for (SseEvent event : response.leadingEvents(n)) {
			if (!pause(response.eventDelay())) {
				return;
			}
			send(out, event.frame());
		}
		if (response.stalls()) {
			hold(out);
		}
		else if (response.sendsFinalEvent() && pause(response.eventDelay())) {
			send(out, response.finalEvent(n).frame());
		}
	}

	/** Sends a complete, non-streamed answer. */
	static void sendFixed(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	/** Waits {@code delay}; false if the model closed meanwhile (or already was). */
	private boolean pause(Duration delay) throws InterruptedException {
		if (delay.isZero()) {
			return this.closed.getCount() > 0;
		}
		return !this.closed.await(delay.toNanos(), TimeUnit.NANOSECONDS);
	}

	/**
	 * Holds the stream open until the model closes. An SSE comment line is the only way to notice a client that
	 * went away (the JDK server does not watch a socket while a handler owns it); comments carry no event, so they
	 * do not count as stream activity for the client.
	 */
	private void hold(OutputStream out) throws IOException, InterruptedException {
		while (!this.closed.await(STALL_PROBE_INTERVAL.toNanos(), TimeUnit.NANOSECONDS)) {
			send(out, STALL_PROBE);
		}
	}

	private static void send(OutputStream out, byte[] bytes) throws IOException {
		out.write(bytes);
		out.flush();
	}

}
