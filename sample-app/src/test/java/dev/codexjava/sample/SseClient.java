package dev.codexjava.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A small HTTP client for the sample's JSON API and its Server-Sent Event streams. */
final class SseClient {

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final int port;

	SseClient(int port) {
		this.port = port;
	}

	/** One event: its name and JSON data. */
	record Event(String name, JsonNode data) {
	}

	String startThread() {
		HttpResponse<String> started = post("/api/threads", "");
		assertThat(started.statusCode()).isEqualTo(201);
		return json(started.body()).path("id").asString();
	}

	/** Streams a turn, handing each event to {@code onEvent} as it arrives, until the server ends the stream. */
	List<Event> streamTurn(String threadId, String prompt, Consumer<Event> onEvent) throws Exception {
		HttpResponse<InputStream> response = this.http.send(streamRequest(threadId, prompt),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		List<Event> events = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			String name = null;
			StringBuilder data = new StringBuilder();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isEmpty()) {
					if (name != null) {
						Event event = new Event(name, json(data.toString()));
						events.add(event);
						onEvent.accept(event);
					}
					name = null;
					data.setLength(0);
				}
				else if (line.startsWith("event:")) {
					name = line.substring("event:".length()).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring("data:".length()));
				}
			}
		}
		return events;
	}

	HttpRequest streamRequest(String threadId, String prompt) {
		return HttpRequest.newBuilder(uri("/api/threads/" + threadId + "/turns/stream"))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("prompt", prompt))))
			.build();
	}

	HttpClient http() {
		return this.http;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).header("Accept", "application/json").GET());
	}

	HttpResponse<String> post(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
