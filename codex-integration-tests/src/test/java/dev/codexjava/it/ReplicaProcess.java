package dev.codexjava.it;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexListener;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadBusyException;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.protocol.Json;
import dev.codexjava.transport.RemoteAuth;
import dev.codexjava.transport.RemoteEndpoint;

/**
 * The second application instance of {@link ReplicasTest}, run in its own JVM: one {@link Codex} connected to the
 * test's app-server ({@code args}: the ws URI and the capability-token file), driven line by line on stdin. Each
 * command answers with one line on stdout: {@code resume ID} → {@code OK}; {@code turn TEXT} → {@code STARTED TURN}
 * or {@code BUSY TURN STARTED_ELSEWHERE}; {@code await} → {@code RESULT TEXT} (the last started turn);
 * {@code seen started|completed TURN} → {@code OK} once this client was told so and has routed it; {@code quit}.
 */
final class ReplicaProcess {

	private ReplicaProcess() {
	}

	/**
	 * Waits until the client's listener was told of {@code event}, then for one round trip to the server. The listeners
	 * hear of a notification before the client routes it (marks the thread busy elsewhere, or free again); the reader
	 * thread handles the ping's answer only after that, so the client's state is up to date once it returns.
	 */
	static void awaitSeen(Codex codex, Set<String> seen, String event) {
		Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> seen.contains(event));
		codex.ping(Duration.ofSeconds(10));
	}

	public static void main(String[] args) throws Exception {
		Set<String> seen = ConcurrentHashMap.newKeySet();
		RemoteEndpoint endpoint = RemoteEndpoint.builder(args[0])
			.auth(RemoteAuth.capabilityTokenFile(Path.of(args[1])))
			.build();
		CodexConfig config = CodexConfig.builder()
			.endpoint(endpoint)
			.clientName("codex_replica_b")
			.startupTimeout(Duration.ofSeconds(20))
			.listener(new CodexListener() {
				@Override
				public void onNotification(String method, JsonNode params) {
					JsonNode turn = (params != null) ? params.get("turn") : null;
					if (turn != null && ("turn/started".equals(method) || "turn/completed".equals(method))) {
						seen.add(method.substring(5) + " " + Json.text(turn, "id"));
					}
				}
			})
			.build();
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		try (Codex codex = Codex.start(config)) {
			System.out.println("READY");
			CodexThread thread = null;
			TurnHandle last = null;
			String line;
			while ((line = in.readLine()) != null && !line.equals("quit")) {
				String[] cmd = line.split(" ", 2);
				try {
					switch (cmd[0]) {
						case "resume" -> {
							thread = codex.resumeThread(cmd[1]);
							System.out.println("OK");
						}
						case "turn" -> {
							try {
								last = thread.turn(cmd[1]);
								System.out.println("STARTED " + last.id());
							}
							catch (ThreadBusyException ex) {
								System.out.println("BUSY " + ex.activeTurnId() + " " + ex.startedElsewhere());
							}
						}
						case "await" -> System.out.println("RESULT " + last.run().finalResponse());
						case "seen" -> {
							awaitSeen(codex, seen, cmd[1]);
							System.out.println("OK");
						}
						default -> System.out.println("ERROR unknown command " + line);
					}
				}
				catch (Exception ex) {
					System.out.println("ERROR " + ex.getClass().getSimpleName() + " " + ex.getMessage());
				}
			}
		}
		System.exit(0);
	}

}
