package dev.codexjava.sample;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample in Spring AOT mode, as a native image would run it but on the JVM: the build's {@code process-aot}
 * execution wrote the generated bean definitions and hints into {@code target/classes}; a forked JVM runs the main
 * class with {@code -Dspring.aot.enabled=true} (Spring refuses to start in that mode without the generated
 * initializer), the real binary and the demo model. Health, a thread and a turn (the SDK's records serialised by the
 * application's Jackson) and the SDK version in {@code /actuator/info} must work as in the ordinary mode.
 */
class SampleAotModeTest {

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
	void theAotProcessedBuildHasTheInitializerAndTheCodexHints() throws Exception {
		assertThat(Class.forName(SampleApplication.class.getName() + "__ApplicationContextInitializer"))
			.as("run 'mvn process-classes' (the process-aot execution) first")
			.isNotNull();
		Path metadata = Path.of(SampleApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.resolve("META-INF/native-image/dev.codexjava/codex-sample-app/reachability-metadata.json");
		// parsed and written again: the file escapes the slashes of resource paths
		String hints = Json.write(Json.parse(Files.readString(metadata)));
		assertThat(hints).contains("dev.codexjava.client.TurnResult", "dev.codexjava.protocol.model.ThreadItem$AgentMessage",
				"dev.codexjava.protocol.model.ThreadInfo", "dev/codexjava/client/codex-java-sdk.properties");
	}

	@Test
	@Timeout(180)
	void theSampleRunsInAotModeWithTheRealBinaryAndTheDemoModel() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dspring.aot.enabled=true", "-cp", System.getProperty("java.class.path"),
				SampleApplication.class.getName(), "--server.port=0", "--spring.main.banner-mode=off",
				"--sample.demo-model.enabled=true", "--codex.api-key=")
			.redirectErrorStream(true);
		// whatever the developer's machine has: the demo model, the .codex-bin binary, a throwaway home
		builder.environment().keySet().removeAll(List.of("CODEX_BIN", "OPENAI_API_KEY", "CODEX_HOME"));
		String binary = System.getProperty("codex.binary");
		if (binary != null && !binary.isBlank()) {
			builder.command().add("--codex.binary=" + binary);
		}
		this.app = builder.start();
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread reader = new Thread(() -> readLog(port), "sample-app-aot-log");
		reader.setDaemon(true);
		reader.start();
		String base = "http://127.0.0.1:" + port.get(120, TimeUnit.SECONDS);
		HttpClient http = HttpClient.newHttpClient();

		// the port opens before Boot publishes liveness CORRECT / readiness ACCEPTING_TRAFFIC (after the runners):
		// wait for readiness, then the whole health must be UP
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> status(http, base + "/actuator/health/readiness") == 200);
		JsonNode health = Json.parse(get(http, base + "/actuator/health"));
		assertThat(health.path("status").asString()).as("health: %s; log:%n%s", health, logText()).isEqualTo("UP");
		assertThat(health.path("components").path("codex").path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").path("codex").path("details").path("version").asString())
			.isEqualTo(System.getProperty("codex.version", Codex.MINIMUM_SERVER_VERSION));

		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/threads"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as("thread: %s; log:%n%s", created.body(), logText()).isEqualTo(201);
		String threadId = Json.parse(created.body()).path("id").asString();

		HttpResponse<String> turn = http.send(HttpRequest
			.newBuilder(URI.create(base + "/api/threads/" + threadId + "/turns"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"Say hello\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(turn.statusCode()).as("turn: %s; log:%n%s", turn.body(), logText()).isEqualTo(200);
		JsonNode result = Json.parse(turn.body());
		assertThat(result.path("status").asString()).isEqualTo("completed");
		assertThat(result.path("finalResponse").asString()).isNotBlank();
		assertThat(result.path("items").isArray()).isTrue();

		JsonNode info = Json.parse(get(http, base + "/actuator/info"));
		assertThat(info.path("codex").path("sdkVersion").asString()).isEqualTo(Codex.sdkVersion())
			.isNotEqualTo("0.1.0-dev");
	}

	private String get(HttpClient http, String uri) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s: %s", uri, response.body()).isEqualTo(200);
		return response.body();
	}

	private static int status(HttpClient http, String uri) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private String logText() {
		return String.join("\n", this.log);
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
		port.completeExceptionally(new AssertionError("the app did not start; log:\n" + logText()));
	}

}
