package dev.codexjava.sample;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM in the middle of a streamed turn: Spring Boot's graceful shutdown lets the turn finish, and only then stops
 * the app-server. The app runs in a forked JVM (the test's classpath, the sample's main class), so the signal goes
 * through the real JVM shutdown hooks. Before the fix the SDK's own JVM shutdown hook closed the client about 160 ms
 * after the signal, and the stream ended with "Codex client closed".
 */
class SampleSigtermTest {

	private static final Pattern PORT = Pattern.compile("started on port (\\d+)");

	private Process app;

	private final List<String> log = Collections.synchronizedList(new ArrayList<>());

	@AfterEach
	void stopTheApp() throws InterruptedException {
		if (this.app != null && this.app.isAlive()) {
			List<ProcessHandle> descendants = this.app.descendants().toList();
			this.app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			descendants.forEach(ProcessHandle::destroyForcibly);
		}
	}

	@Test
	@Timeout(180)
	void aTurnStreamingWhenSigtermArrivesCompletesBeforeTheAppServerStops() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), SampleApplication.class.getName(), "--server.port=0",
				"--spring.main.banner-mode=off", "--sample.demo-model.enabled=true", "--codex.api-key=",
				"--management.endpoints.web.exposure.include=health")
			.redirectErrorStream(true);
		// whatever the developer's machine has: the demo model, the .codex-bin binary, a throwaway home
		builder.environment().keySet().removeAll(List.of("CODEX_BIN", "OPENAI_API_KEY", "CODEX_HOME"));
		this.app = builder.start();
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread reader = new Thread(() -> readLog(port), "sample-app-log");
		reader.setDaemon(true);
		reader.start();
		String base = "http://127.0.0.1:" + port.get(120, TimeUnit.SECONDS);
		HttpClient http = HttpClient.newHttpClient();
		String thread = http.send(HttpRequest.newBuilder(URI.create(base + "/api/threads"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(thread);
		assertThat(id.find()).as("thread created: %s", thread).isTrue();
		long appServer = appServerPid();

		HttpResponse<Stream<String>> response = http.send(HttpRequest
			.newBuilder(URI.create(base + "/api/threads/" + id.group(1) + "/turns/stream"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"Tell me a long story about graceful shutdown\"}"))
			.build(), HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> events = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		int deltasAfterSigterm = 0;
		boolean signalled = false;
		String event = null;
		for (Iterator<String> lines = response.body().iterator(); lines.hasNext();) {
			String line = lines.next();
			if (line.startsWith("event:")) {
				event = line.substring("event:".length()).trim();
				events.add(event);
			}
			else if (line.startsWith("data:") && "delta".equals(event)) {
				text.append(line);
				if (!signalled) {
					// mid-stream: the demo model sends about 60 words, 25 ms apart
					this.app.destroy();
					signalled = true;
				}
				else {
					deltasAfterSigterm++;
				}
			}
		}
		assertThat(signalled).as("SIGTERM sent while deltas were streaming").isTrue();
		assertThat(events).as("events after SIGTERM; log:%n%s", String.join("\n", this.log))
			.doesNotContain("error")
			.endsWith("completed");
		assertThat(deltasAfterSigterm).as("the turn went on streaming after SIGTERM").isGreaterThan(10);
		assertThat(this.app.waitFor(60, TimeUnit.SECONDS)).as("the app exits").isTrue();
		assertThat(this.app.exitValue()).as("exit code; log:%n%s", String.join("\n", this.log)).isIn(0, 143);
		ProcessHandle.of(appServer).ifPresent((handle) -> handle.onExit().join());
		assertThat(ProcessHandle.of(appServer).map(ProcessHandle::isAlive)).as("no app-server left")
			.isNotEqualTo(java.util.Optional.of(true));
		assertThat(this.log).noneMatch((line) -> line.contains("Codex client closed"));
	}

	private long appServerPid() {
		return this.app.descendants()
			.filter((p) -> p.info().command().map((c) -> c.endsWith("codex")).orElse(false))
			.map(ProcessHandle::pid)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no app-server child; log:\n" + String.join("\n", this.log)));
	}

	private void readLog(CompletableFuture<Integer> port) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.app.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				this.log.add(line);
				Matcher matcher = PORT.matcher(line);
				if (!port.isDone() && matcher.find()) {
					port.complete(Integer.valueOf(matcher.group(1)));
				}
			}
		}
		catch (java.io.IOException ex) {
			// the app is gone
		}
		port.completeExceptionally(new AssertionError("the app did not start; log:\n" + String.join("\n", this.log)));
	}

}
