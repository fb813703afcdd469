package dev.codexjava.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * A raw {@code codex app-server --listen stdio://} process for smoke tests: newline-delimited JSON-RPC written to
 * stdin, stdout read by a thread into a queue so every read has a timeout, stderr redirected to a file.
 */
final class AppServerProcess implements AutoCloseable {

	private static final String EOF = "\u0000EOF";

	private final Process process;

	private final Path stderr;

	private final OutputStream stdin;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private final List<JsonNode> received = new ArrayList<>();

	private AppServerProcess(Process process, Path stderr) {
		this.process = process;
		this.stderr = stderr;
		this.stdin = process.getOutputStream();
		Thread reader = new Thread(this::readStdout, "app-server-stdout-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	static AppServerProcess start(Path binary, MockCodexHome home) throws IOException {
		Path stderr = home.path().resolve("app-server.stderr");
		ProcessBuilder builder = new ProcessBuilder(binary.toString(), "app-server", "--listen", "stdio://")
			.directory(home.path().toFile())
			.redirectError(stderr.toFile());
		builder.environment().put("CODEX_HOME", home.path().toString());
		return new AppServerProcess(builder.start(), stderr);
	}

	/** Sends {@code initialize} + {@code initialized} and starts an ephemeral thread; returns its id. */
	String initializeAndStartThread() throws IOException {
		send("{\"id\":1,\"method\":\"initialize\",\"params\":{\"clientInfo\":"
				+ "{\"name\":\"testkit\",\"title\":\"testkit\",\"version\":\"0\"}}}");
		awaitResponse(1);
		send("{\"method\":\"initialized\"}");
		send("{\"id\":2,\"method\":\"thread/start\",\"params\":{\"ephemeral\":true}}");
		return TestkitJson.string(awaitResponse(2).path("result").path("thread").path("id"));
	}

	/** Starts a turn with one text input and collects every message up to and including {@code turn/completed}. */
	List<JsonNode> runTurn(int id, String threadId, String text) throws IOException {
		var params = TestkitJson.object();
		params.put("threadId", threadId);
		params.putArray("input").addObject().put("type", "text").put("text", text);
		var request = TestkitJson.object();
		request.put("id", id);
		request.put("method", "turn/start");
		request.set("params", params);
		send(TestkitJson.write(request));
		return readUntil((message) -> "turn/completed".equals(TestkitJson.string(message.get("method"))));
	}

	void send(String json) throws IOException {
		this.stdin.write((json + "\n").getBytes(StandardCharsets.UTF_8));
		this.stdin.flush();
	}

	JsonNode awaitResponse(int id) {
		List<JsonNode> messages = readUntil((message) -> !message.has("method") && message.path("id").asInt(-1) == id);
		JsonNode response = messages.get(messages.size() - 1);
		if (response.has("error")) {
			throw new AssertionError("Request " + id + " failed: " + response);
		}
		return response;
	}

	/** Reads messages until one matches; fails after 30 s of silence, at EOF, or 60 s in all. */
	List<JsonNode> readUntil(Predicate<JsonNode> last) {
		List<JsonNode> messages = new ArrayList<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			String line;
			try {
				long left = Math.min(deadline - System.nanoTime(), Duration.ofSeconds(30).toNanos());
				line = this.lines.poll(Math.max(left, 0), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted", ex);
			}
			if (line == null || EOF.equals(line)) {
				throw new AssertionError(((line == null) ? "Timed out" : "stdout closed") + " waiting for a message; "
						+ "received " + messages.size() + " since the last match, stderr:\n" + stderrTail());
			}
			JsonNode message = TestkitJson.read(line);
			messages.add(message);
			this.received.add(message);
			if (last.test(message)) {
				return messages;
			}
		}
	}

	String stderrTail() {
		try {
			String text = Files.readString(this.stderr);
			return (text.length() > 4000) ? text.substring(text.length() - 4000) : text;
		}
		catch (IOException ex) {
			return "(stderr unreadable: " + ex + ")";
		}
	}

	private void readStdout() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					this.lines.add(line);
				}
			}
		}
		catch (IOException ex) {
			// process gone
		}
		finally {
			this.lines.add(EOF);
		}
	}

	/** Closes stdin (the clean stop), waits briefly, then kills the process. */
	@Override
	public void close() {
		try {
			this.stdin.close();
		}
		catch (IOException ex) {
			// already gone
		}
		try {
			this.process.waitFor(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.process.destroyForcibly();
		}
	}

}
