package dev.codexjava.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexListener;
import dev.codexjava.client.CodexServer;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ServerState;
import dev.codexjava.client.ServerStatus;
import dev.codexjava.client.SupervisionPolicy;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.error.InvalidRequestException;
import dev.codexjava.error.ServerUnavailableException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.model.ThreadInfo;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;
import dev.codexjava.transport.RemoteEndpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One {@link Codex} fronting a pool of real app-servers: local children (sharing one CODEX_HOME) and a remote
 * {@code ws://} server started by the test. Placement, affinity, a killed server, shared-storage failover, lookup of
 * an unknown thread id and the merged thread list.
 */
class PoolTest {

	@TempDir
	Path tmp;

	/** Which server each turn started on, per thread id, from the per-server listeners. */
	private final Map<String, Set<String>> turnServers = new ConcurrentHashMap<>();

	private CodexConfig.Builder pool(MockCodexHome home, CodexServer... servers) {
		return Fixtures.config(home.path())
			.workingDirectory(this.tmp)
			.startupTimeout(Duration.ofSeconds(20))
			.supervision(new SupervisionPolicy(true, 100, Duration.ofMinutes(1), Duration.ofMillis(100), 2.0,
					Duration.ofMillis(300)))
			.servers(List.of(servers))
			.serverListeners((name) -> new CodexListener() {
				@Override
				public void onTurnStarted(String threadId, String turnId, String model) {
					PoolTest.this.turnServers.computeIfAbsent(threadId, (id) -> ConcurrentHashMap.newKeySet()).add(name);
				}
			});
	}

	private static ServerStatus status(Codex codex, String name) {
		return codex.servers().stream().filter((s) -> s.name().equals(name)).findFirst().orElseThrow();
	}

	private static Map<String, Integer> threadsPerServer(Codex codex) {
		return codex.servers().stream().collect(Collectors.toMap(ServerStatus::name, ServerStatus::threads));
	}

	/** A new thread placed on {@code server} (threads are placed round-robin while no turn runs). */
	private CodexThread threadOn(Codex codex, String server) {
		for (int i = 0; i < 10; i++) {
			int before = status(codex, server).threads();
			CodexThread thread = codex.startThread(ThreadOptions.builder().cwd(this.tmp).build());
			if (status(codex, server).threads() > before) {
				return thread;
			}
		}
		throw new AssertionError("no thread placed on " + server);
	}

	@Test
	void placementSpreadsThirtyThreadsAndAffinityHoldsAcrossAHundredTurns() throws Exception {
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				MockCodexHome remoteHome = MockCodexHome.builder(model).build();
				RemoteAppServer remote = RemoteAppServer.ws(remoteHome.path())) {
			model.defaultResponse(MockResponse.text("ok"));
			try (Codex codex = Codex.start(pool(home, CodexServer.local("a"), CodexServer.local("b"),
					CodexServer.remote("c", RemoteEndpoint.of(remote.wsUri()))).build())) {
				assertThat(codex.servers()).extracting(ServerStatus::target)
					.containsExactly("local", "local", remote.wsUri());
				List<CodexThread> threads = new ArrayList<>();
				for (int i = 0; i < 30; i++) {
					threads.add(codex.startThread(ThreadOptions.builder().cwd(this.tmp).build()));
				}
				assertThat(threadsPerServer(codex)).containsExactlyInAnyOrderEntriesOf(Map.of("a", 10, "b", 10, "c", 10));

				// 100 turns, up to 30 at once (one per thread): each thread's turns all run on one server
				int turns = 0;
				while (turns < 100) {
					List<CompletableFuture<?>> round = new ArrayList<>();
					for (CodexThread thread : threads) {
						if (turns++ < 100) {
							round.add(thread.runAsync("turn " + turns));
						}
					}
					CompletableFuture.allOf(round.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
				}
				assertThat(this.turnServers).hasSize(30);
				assertThat(this.turnServers.values()).allSatisfy((servers) -> assertThat(servers).hasSize(1));
				Map<String, Long> threadsByServer = this.turnServers.values().stream()
					.collect(Collectors.groupingBy((s) -> s.iterator().next(), Collectors.counting()));
				assertThat(threadsByServer).containsExactlyInAnyOrderEntriesOf(Map.of("a", 10L, "b", 10L, "c", 10L));
				assertThat(codex.servers()).allSatisfy((s) -> {
					assertThat(s.state()).isEqualTo(ServerState.UP);
					assertThat(s.activeTurns()).isZero();
					assertThat(s.problem()).isEmpty();
				});
			}
		}
	}

	@Test
	void aKilledServerFailsItsTurnFastNewThreadsAvoidItAndItsThreadsFailClearlyUntilItIsBack() throws Exception {
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				MockCodexHome remoteHome = MockCodexHome.builder(model).build();
				RemoteAppServer remote = RemoteAppServer.ws(remoteHome.path())) {
			model.defaultResponse(MockResponse.text("ok"));
			try (Codex codex = Codex.start(pool(home, CodexServer.local("a"),
					CodexServer.remote("c", RemoteEndpoint.of(remote.wsUri()))).build())) {
				CodexThread onC = threadOn(codex, "c");
				assertThat(onC.run("persist me").finalResponse()).isEqualTo("ok");

				List<String> parts = new ArrayList<>();
				for (int i = 0; i < 200; i++) {
					parts.add("tok" + i + " ");
				}
				model.enqueue(MockResponse.streamed(String.join("", parts), parts).withEventDelay(Duration.ofMillis(50)));
				TurnHandle slow = onC.turn("long answer");
				var events = slow.stream().iterator();
				while (events.hasNext() && !(events.next() instanceof TurnEvent.AgentMessageDelta)) {
					// until the turn streams
				}
				long killed = System.nanoTime();
				remote.kill();
				assertThatThrownBy(slow::run).isInstanceOf(TransportClosedException.class);
				assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThan(Duration.ofSeconds(5));

				Awaitility.await().atMost(Duration.ofSeconds(10))
					.until(() -> status(codex, "c").state() != ServerState.UP);
				assertThat(status(codex, "c").problem()).isPresent();
				assertThat(status(codex, "a").state()).isEqualTo(ServerState.UP);

				// new threads go to the servers that are up
				int onABefore = status(codex, "a").threads();
				for (int i = 0; i < 4; i++) {
					codex.startThread(ThreadOptions.builder().cwd(this.tmp).build()).run("new");
				}
				assertThat(status(codex, "a").threads()).isEqualTo(onABefore + 4);

				// the thread on the lost server (separate storage): a clear error naming it and the server
				ServerUnavailableException unavailable = org.assertj.core.api.Assertions
					.catchThrowableOfType(() -> onC.run("are you there"), ServerUnavailableException.class);
				assertThat(unavailable.threadId()).isEqualTo(onC.id());
				assertThat(unavailable.serverName()).isEqualTo("c");
				assertThat(unavailable.getMessage()).contains(onC.id()).contains("'c'");

				// back: the client reconnects and the thread continues there
				remote.start();
				Awaitility.await().atMost(Duration.ofSeconds(20))
					.until(() -> status(codex, "c").state() == ServerState.UP);
				assertThat(onC.run("back again").finalResponse()).isEqualTo("ok");
				assertThat(this.turnServers.get(onC.id())).containsExactly("c");
			}
		}
	}

	@Test
	void withSharedStorageAThreadOfAKilledServerContinuesOnAnother() throws Exception {
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				RemoteAppServer remote = RemoteAppServer.ws(home.path())) {
			model.defaultResponse(MockResponse.text("ok"));
			try (Codex codex = Codex.start(pool(home, CodexServer.local("a"),
					CodexServer.remote("c", RemoteEndpoint.of(remote.wsUri()))).sharedThreadStorage(true).build())) {
				CodexThread onC = threadOn(codex, "c");
				assertThat(onC.run("first").finalResponse()).isEqualTo("ok");
				int onA = status(codex, "a").threads();
				remote.kill();
				Awaitility.await().atMost(Duration.ofSeconds(10))
					.until(() -> status(codex, "c").state() != ServerState.UP);

				assertThat(onC.run("second").finalResponse()).isEqualTo("ok");
				assertThat(this.turnServers.get(onC.id())).containsExactlyInAnyOrder("c", "a");
				assertThat(status(codex, "a").threads()).isEqualTo(onA + 1);
				assertThat(status(codex, "c").threads()).isZero();
				// the history moved with it
				assertThat(onC.read(true).raw().get("turns").size()).isEqualTo(2);
			}
		}
	}

	@Test
	void anUnknownThreadIdIsFoundOnItsServerAndPinnedAndListThreadsIsMerged() throws Exception {
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				MockCodexHome remoteHome = MockCodexHome.builder(model).build();
				RemoteAppServer remote = RemoteAppServer.ws(remoteHome.path())) {
			model.defaultResponse(MockResponse.text("ok"));
			String elsewhere;
			// started by another client directly on the remote server
			try (Codex other = Codex.start(CodexConfig.builder().endpoint(RemoteEndpoint.of(remote.wsUri()))
				.clientName("codex_it").build())) {
				CodexThread thread = other.startThread(ThreadOptions.builder().cwd(this.tmp).build());
				thread.run("made elsewhere");
				elsewhere = thread.id();
			}
			try (Codex codex = Codex.start(pool(home, CodexServer.local("a"), CodexServer.local("b"),
					CodexServer.remote("c", RemoteEndpoint.of(remote.wsUri()))).build())) {
				CodexThread local = codex.startThread(ThreadOptions.builder().cwd(this.tmp).build());
				local.run("made here");

				CodexThread found = codex.resumeThread(elsewhere);
				assertThat(status(codex, "c").threads()).isEqualTo(1);
				assertThat(found.run("continue").finalResponse()).isEqualTo("ok");
				assertThat(this.turnServers.get(elsewhere)).containsExactly("c");
				assertThat(found.read(true).raw().get("turns").size()).isEqualTo(2);

				// an id no server knows: the binary's not-found error, as with one server
				assertThatThrownBy(() -> codex.resumeThread("01a24655-e939-7a83-a696-000000000000"))
					.isInstanceOf(InvalidRequestException.class)
					.hasMessageContaining("01a24655-e939-7a83-a696-000000000000");

				// a and b share one CODEX_HOME: the local thread is listed once; c's thread is there too
				List<String> ids = codex.listThreads().map(ThreadInfo::id).toList();
				assertThat(ids).doesNotHaveDuplicates().contains(elsewhere, local.id());
				assertThat(codex.async().listThreads(dev.codexjava.client.ThreadListOptions.none()).get(30,
						TimeUnit.SECONDS)).extracting(ThreadInfo::id).containsExactlyElementsOf(ids);
			}
		}
	}

	@Test
	void aServerThatDoesNotStartIsRetriedWhileTheOthersServe() throws Exception {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort(); // closed again: nothing listens there
		}
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.defaultResponse(MockResponse.text("ok"));
			try (Codex codex = Codex.start(pool(home, CodexServer.local("a"),
					CodexServer.remote("gone", RemoteEndpoint.of("ws://127.0.0.1:" + port))).startupTimeout(
							Duration.ofSeconds(5)).build())) {
				ServerStatus gone = status(codex, "gone");
				assertThat(gone.state()).isIn(ServerState.RESTARTING, ServerState.DOWN);
				assertThat(gone.target()).isEqualTo("ws://127.0.0.1:" + port);
				assertThat(gone.problem()).hasValueSatisfying((p) -> assertThat(p).contains("127.0.0.1:" + port));
				assertThat(codex.isRunning()).isTrue();
				for (int i = 0; i < 3; i++) {
					assertThat(codex.startThread(ThreadOptions.builder().cwd(this.tmp).build()).run("hi").finalResponse())
						.isEqualTo("ok");
				}
				assertThat(status(codex, "a").threads()).isEqualTo(3);
			}
		}
	}

}
