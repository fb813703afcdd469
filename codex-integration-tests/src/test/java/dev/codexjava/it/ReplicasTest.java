package dev.codexjava.it;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexListener;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadBusyException;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.protocol.Json;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;
import dev.codexjava.transport.RemoteAuth;
import dev.codexjava.transport.RemoteEndpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two application instances — this JVM (A) and a child JVM ({@link ReplicaProcess}, B) — against one
 * {@code codex app-server --listen ws://127.0.0.1:PORT}: a thread started through A runs its next turn through B, and
 * while one instance's turn runs (held by the mock model) the other's attempt fails with
 * {@link ThreadBusyException} naming that turn, instead of being merged into it by the server.
 */
class ReplicasTest {

	@TempDir
	Path tmp;

	@Test
	void aThreadStartedInOneJvmContinuesInAnotherAndNeitherMergesIntoTheOthersRunningTurn() throws Exception {
		Path token = this.tmp.resolve("token");
		Files.writeString(token, UUID.randomUUID().toString());
		Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
		CountDownLatch releaseB = new CountDownLatch(1);
		CountDownLatch releaseA = new CountDownLatch(1);
		Set<String> seenByA = ConcurrentHashMap.newKeySet();
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				RemoteAppServer server = RemoteAppServer.ws(home.path(), "--ws-auth", "capability-token",
						"--ws-token-file", token.toString())) {
			model.respondWith((request) -> {
				String prompt = request.lastUserText();
				if (prompt.startsWith("B holds:")) {
					await(releaseB);
					return MockResponse.text(request.allUserTexts().contains("remember pineapple") ? "you said pineapple"
							: "lost the thread");
				}
				if (prompt.startsWith("A holds:")) {
					await(releaseA);
				}
				return MockResponse.text("answer to " + prompt);
			});
			RemoteEndpoint endpoint = RemoteEndpoint.builder(server.wsUri())
				.auth(RemoteAuth.capabilityTokenFile(token))
				.build();
			CodexConfig config = CodexConfig.builder()
				.endpoint(endpoint)
				.startupTimeout(Duration.ofSeconds(20))
				.listener(new CodexListener() {
					@Override
					public void onNotification(String method, JsonNode params) {
						JsonNode turn = (params != null) ? params.get("turn") : null;
						if (turn != null && ("turn/started".equals(method) || "turn/completed".equals(method))) {
							seenByA.add(method.substring(5) + " " + Json.text(turn, "id"));
						}
					}
				})
				.build();
			try (Codex a = Codex.start(config); Replica b = Replica.start(server.wsUri(), token)) {
				CodexThread thread = a.startThread();
				assertThat(thread.run("remember pineapple").finalResponse()).isEqualTo("answer to remember pineapple");

				// B continues A's thread; its turn is held by the model
				assertThat(b.send("resume " + thread.id())).isEqualTo("OK");
				String turnB = b.send("turn B holds: what did I say?").replaceFirst("^STARTED ", "");
				ReplicaProcess.awaitSeen(a, seenByA, "started " + turnB);

				// A's object of the same thread: refused, nothing reaches the server (it would merge it into B's turn)
				assertThatThrownBy(() -> thread.turn("A meanwhile")).isInstanceOfSatisfying(ThreadBusyException.class,
						(ex) -> {
							assertThat(ex.activeTurnId()).isEqualTo(turnB);
							assertThat(ex.startedElsewhere()).isTrue();
							assertThat(ex).hasMessageContaining("started elsewhere");
						});
				releaseB.countDown();
				assertThat(b.send("await")).isEqualTo("RESULT you said pineapple");

				// the other direction: A's turn is held, B's attempt is refused naming it
				ReplicaProcess.awaitSeen(a, seenByA, "completed " + turnB);
				TurnHandle turnA = thread.turn("A holds: and now?");
				assertThat(b.send("seen started " + turnA.id())).isEqualTo("OK");
				assertThat(b.send("turn B meanwhile")).isEqualTo("BUSY " + turnA.id() + " true");
				releaseA.countDown();
				assertThat(turnA.run().finalResponse()).isEqualTo("answer to A holds: and now?");
				assertThat(b.send("seen completed " + turnA.id())).isEqualTo("OK");
				assertThat(b.send("turn B again")).startsWith("STARTED ");
				assertThat(b.send("await")).isEqualTo("RESULT answer to B again");

				// no request ever carried a refused prompt: nothing was merged
				List<String> prompts = model.requests().stream().flatMap((r) -> r.allUserTexts().stream()).toList();
				assertThat(prompts).doesNotContain("A meanwhile", "B meanwhile");
				assertThat(model.requests().get(model.requestCount() - 1).allUserTexts()).contains(
						"remember pineapple", "B holds: what did I say?", "A holds: and now?", "B again");
			}
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The child JVM running {@link ReplicaProcess}; one command line in, one answer line out. */
	private static final class Replica implements AutoCloseable {

		private final Process process;

		private final PrintWriter in;

		private final BlockingQueue<String> out = new LinkedBlockingQueue<>();

		private final StringBuilder log = new StringBuilder();

		private Replica(Process process) {
			this.process = process;
			this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
			Thread reader = new Thread(() -> {
				try (BufferedReader lines = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					String line;
					while ((line = lines.readLine()) != null) {
						synchronized (this.log) {
							this.log.append(line).append('\n');
						}
						if (line.matches("^(READY|OK|STARTED|BUSY|RESULT|ERROR)\\b.*")) {
							this.out.add(line);
						}
					}
				}
				catch (java.io.IOException ex) {
					// the child is gone
				}
			}, "replica-b-stdout");
			reader.setDaemon(true);
			reader.start();
		}

		static Replica start(String uri, Path token) throws Exception {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
			String bin = System.getProperty("codex.bin");
			if (bin != null) {
				command.add("-Dcodex.bin=" + bin);
			}
			command.addAll(List.of(ReplicaProcess.class.getName(), uri, token.toString()));
			Replica replica = new Replica(new ProcessBuilder(command).redirectErrorStream(true).start());
			assertThat(replica.next()).isEqualTo("READY");
			return replica;
		}

		String send(String command) {
			this.in.println(command);
			return next();
		}

		private String next() {
			try {
				String line = this.out.poll(30, TimeUnit.SECONDS);
				if (line == null) {
					synchronized (this.log) {
						throw new AssertionError("replica B did not answer within 30 s; its output:\n" + this.log);
					}
				}
				return line;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}

		@Override
		public void close() throws Exception {
			this.in.println("quit");
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor(5, TimeUnit.SECONDS);
			}
		}

	}

}
