package dev.codexjava.bench.jmh;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;
import dev.codexjava.transport.Transport;

/**
 * A {@link Transport} with no process and no reader thread: lines are handed to the SDK's handler on the caller's
 * thread by {@link #deliver}, exactly what {@code StdioProcessTransport}'s reader thread does after reading a line.
 * Requests are answered at once, inside {@link #send}, with minimal results shaped like codex 0.169.0's. Single
 * threaded: deliver lines from one thread only (the transport contract's "one reader thread").
 */
public final class DirectTransport implements Transport {

	private volatile Handler handler;

	private volatile boolean open;

	private volatile String lastTurnId;

	@Override
	public void start(Handler handler) {
		this.handler = handler;
		this.open = true;
	}

	/** Hands one inbound line to the SDK (parse → route → typed event), on this thread. */
	public void deliver(String line) {
		this.handler.onLine(line);
	}

	/** The id of the last turn this fake accepted. */
	public String lastTurnId() {
		return this.lastTurnId;
	}

	@Override
	public void send(String line) {
		if (!this.open) {
			throw new TransportClosedException("closed", null, List.of());
		}
		JsonNode message = Json.parse(line);
		JsonNode id = message.get("id");
		String method = Json.text(message, "method");
		if (id == null || method == null) {
			return;
		}
		String result = switch (method) {
			case "initialize" -> "{\"userAgent\":\"codex_java_sdk/0.169.0 (bench; x86_64)\",\"codexHome\":\"/tmp\","
					+ "\"platformFamily\":\"unix\",\"platformOs\":\"linux\"}";
			case "thread/start" -> "{\"thread\":{\"id\":\"" + UUID.randomUUID() + "\",\"status\":{\"type\":\"idle\"},"
					+ "\"ephemeral\":true,\"turns\":[]}}";
			case "turn/start" -> {
				this.lastTurnId = UUID.randomUUID().toString();
				yield "{\"turn\":{\"id\":\"" + this.lastTurnId + "\",\"items\":[],\"status\":\"inProgress\","
						+ "\"error\":null,\"startedAt\":null,\"completedAt\":null,\"durationMs\":null}}";
			}
			default -> "{}";
		};
		deliver("{\"id\":" + id + ",\"result\":" + result + "}");
	}

	@Override
	public boolean isOpen() {
		return this.open;
	}

	@Override
	public OptionalLong pid() {
		return OptionalLong.empty();
	}

	@Override
	public void close(Duration grace) {
		if (this.open) {
			this.open = false;
			this.handler.onClosed(new TransportClosedException("Codex client closed", null, List.of()));
		}
	}

}
