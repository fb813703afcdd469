package dev.codexjava.it.fault;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.Retries;
import dev.codexjava.client.ThreadBusyException;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnResult;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.ServerBusyException;
import dev.codexjava.protocol.model.TurnStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link FaultServer} cases of the stream buffer, retry suppression and the one-turn-per-thread guard: a flood of
 * non-delta turn notifications for a stalled consumer, {@code -32001} on requests a goal or an async turn sends from
 * worker threads inside {@link Retries#withoutAutomaticRetry}, and two objects of one thread starting turns.
 */
@Timeout(120)
class ThreadsAndStreamsFaultTest {

	private static final List<String> KINDS = List.of("turn/diff/updated", "item/plan/delta", "turn/plan/updated",
			"item/mcpToolCall/progress");

	@TempDir
	Path dir;

	private FaultServerLauncher fault;

	@BeforeEach
	void launcher() {
		this.fault = FaultServerLauncher.in(this.dir);
	}

	@AfterEach
	void noProcessLeft() {
		this.fault.awaitNoProcessLeft();
	}

	@Test
	void aFloodOfOtherTurnNotificationsForAStalledConsumerStaysWithinTheStreamBuffer() throws Exception {
		int n = 300_004;
		int capacity = 1024;
		try (Codex codex = Codex.start(this.fault.config().streamBufferCapacity(capacity).build())) {
			CodexThread thread = codex.startThread();
			long before = usedHeapAfterGc();
			TurnHandle turn = thread.turn("floodOther " + n);
			// nobody reads until the whole turn has arrived
			Awaitility.await().atMost(Duration.ofSeconds(90)).until(turn::isDone);
			long retained = usedHeapAfterGc() - before;

			List<TurnEvent> events = CompletableFuture.supplyAsync(() -> turn.stream().toList())
				.get(10, TimeUnit.SECONDS);

			Map<String, Long> delivered = new LinkedHashMap<>();
			Map<String, Long> dropped = new LinkedHashMap<>();
			long deltas = 0;
			long droppedDeltas = 0;
			for (TurnEvent event : events) {
				if (event instanceof TurnEvent.Other other) {
					delivered.merge(other.method(), 1L, Long::sum);
				}
				else if (event instanceof TurnEvent.AgentMessageDelta) {
					deltas++;
				}
				else if (event instanceof TurnEvent.EventsDropped drop) {
					drop.droppedByMethod().forEach((method, count) -> dropped.merge(method, count, Long::sum));
					droppedDeltas += drop.droppedDeltas();
				}
			}
			long droppable = deltas + delivered.values().stream().mapToLong(Long::longValue).sum();
			// everything was buffered at once (the consumer read only after the end): at most `capacity` droppable
			assertThat(droppable).isLessThanOrEqualTo(capacity);
			for (String kind : KINDS) {
				assertThat(delivered.getOrDefault(kind, 0L) + dropped.getOrDefault(kind, 0L)).as(kind)
					.isEqualTo(n / 4 + ((KINDS.indexOf(kind) < n % 4) ? 1 : 0));
			}
			assertThat(deltas + droppedDeltas).isEqualTo(3);
			assertThat(dropped.getOrDefault("item/agentMessage/delta", 0L)).isEqualTo(droppedDeltas);
			// items (3 plan items + the answer, started and completed), usage (3) and Completed are all kept
			assertThat(events).filteredOn(TurnEvent.ItemStarted.class::isInstance).hasSize(4);
			assertThat(events).filteredOn(TurnEvent.ItemCompleted.class::isInstance).hasSize(4);
			assertThat(events).filteredOn(TurnEvent.TokenUsage.class::isInstance).hasSize(3);
			assertThat(events).last().isInstanceOfSatisfying(TurnEvent.Completed.class, (completed) -> {
				TurnResult result = completed.result();
				assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
				assertThat(result.finalResponse()).isEqualTo("flooded " + n);
				assertThat(result.items()).hasSize(4);
			});
			// before the fix, all 300,004 were buffered: 236 MB of heap
			assertThat(retained).as("heap retained by the stalled stream").isLessThan(64L * 1024 * 1024);
			System.out.printf("floodOther: %d of %d notifications buffered, %d KB retained%n", droppable - deltas,
					n, retained / 1024);
		}
	}

	@Test
	void insideWithoutAutomaticRetryAGoalsAndAnAsyncTurnsRequestsAreAttemptedOnce() throws Exception {
		try (Codex codex = Codex.start(this.fault.config()
			.env("FAULT_OVERLOAD", "thread/goal/clear:1")
			.turnTimeout(Duration.ofSeconds(2))
			.build())) {
			CodexThread thread = codex.startThread();

			// the goal's thread/goal/clear and thread/goal/set are sent from worker threads: thread/read is answered
			// only once the goal call waits for it, so they cannot run inline on the caller's thread
			ExecutorService caller = Executors.newSingleThreadExecutor();
			try {
				hold(codex, "thread/read");
				Future<TurnHandle> blocking = caller
					.submit(() -> Retries.withoutAutomaticRetry(() -> thread.startGoal("ship it")));
				release(codex, "thread/read", 1);
				assertThatThrownBy(() -> blocking.get(15, TimeUnit.SECONDS))
					.hasCauseInstanceOf(ServerBusyException.class);
			}
			finally {
				caller.shutdownNow();
			}
			assertThat(this.fault.count("recv thread/goal/clear")).isEqualTo(1);
			overload(codex, "thread/goal/set", 1);
			hold(codex, "thread/read");
			CompletableFuture<TurnResult> async = Retries.withoutAutomaticRetry(() -> thread.runGoalAsync("ship it"));
			release(codex, "thread/read", 2);
			assertThat(failure(async)).isInstanceOf(ServerBusyException.class);
			assertThat(this.fault.count("recv thread/goal/clear")).isEqualTo(2);
			assertThat(this.fault.count("recv thread/goal/set")).isEqualTo(1);
			// outside the block, the SDK retries them
			overload(codex, "thread/goal/set", 1);
			assertThat(thread.runGoal("ship it").finalResponse()).isEqualTo("goal: ship it");
			assertThat(this.fault.count("recv thread/goal/set")).isEqualTo(3);

			// an async turn after a timed-out one sends turn/start from a worker once the old turn has ended
			TurnHandle held = thread.turn("hold");
			assertThatThrownBy(held::run).isInstanceOf(CodexTimeoutException.class);
			this.fault.awaitLogged("recv turn/interrupt");
			overload(codex, "turn/start", 1);
			CompletableFuture<TurnResult> next = Retries.withoutAutomaticRetry(() -> thread.runAsync("hello"));
			assertThat(next).as("waits for the timed-out turn to end on the server").isNotDone();
			codex.request("fault/release", Map.of("turnId", held.id()));
			assertThat(failure(next)).isInstanceOf(ServerBusyException.class);
			assertThat(this.fault.count("recv turn/start")).isEqualTo(2);
			assertThat(thread.run("again").finalResponse()).isEqualTo("echo: again");
		}
	}

	@Test
	void twoObjectsOfOneThreadRunOneTurnAtATime() throws Exception {
		try (Codex codex = Codex.start(this.fault.config().build())) {
			String id = codex.startThread().id();
			CodexThread first = codex.resumeThread(id);
			CodexThread second = codex.resumeThread(id);
			TurnHandle running = first.turn("hold");
			this.fault.awaitLogged("holding " + running.id());

			assertThat(second.isBusy()).isTrue();
			assertThatThrownBy(() -> second.run("second")).isInstanceOfSatisfying(ThreadBusyException.class,
					(ex) -> assertThat(ex.activeTurnId()).isEqualTo(running.id()));
			assertThatThrownBy(() -> second.startGoal("a goal")).isInstanceOf(ThreadBusyException.class);
			assertThat(this.fault.count("recv turn/start")).isEqualTo(1);

			codex.request("fault/release", Map.of("turnId", running.id()));
			assertThat(running.run().finalResponse()).isEqualTo("released");
			assertThat(second.run("second").finalResponse()).isEqualTo("echo: second");
			assertThat(first.isBusy()).isFalse();
		}
	}

	private static void hold(Codex codex, String method) {
		codex.request("fault/hold", Map.of("method", method));
	}

	/** Answers the held {@code method} requests once the server has received {@code received} of them in all. */
	private void release(Codex codex, String method, int received) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.fault.count("recv " + method) >= received);
		codex.request("fault/release", Map.of("method", method));
	}

	private static void overload(Codex codex, String method, int times) {
		codex.request("fault/overload", Map.of("method", method, "times", times));
	}

	private static Throwable failure(CompletableFuture<?> future) throws InterruptedException {
		try {
			Object value = future.get(15, TimeUnit.SECONDS);
			throw new AssertionError("expected a failure but got " + value);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		catch (java.util.concurrent.TimeoutException ex) {
			throw new AssertionError("still pending after 15 s");
		}
	}

	private static long usedHeapAfterGc() {
		var memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
	}

}
