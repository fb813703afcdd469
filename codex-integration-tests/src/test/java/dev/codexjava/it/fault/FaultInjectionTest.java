package dev.codexjava.it.fault;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.ApprovalDecision;
import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.Codex;
import dev.codexjava.client.CommandApprovalRequest;
import dev.codexjava.client.FileChangeApprovalRequest;
import dev.codexjava.client.CodexListener;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.Input;
import dev.codexjava.client.SupervisionPolicy;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnOptions;
import dev.codexjava.client.TurnResult;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.ServerBusyException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TurnStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The SDK against {@link FaultServer}, a misbehaving app-server run as a real child process over stdio. Every test
 * checks that no caller waits past its timeout, that completions reach the right turn, that the connection keeps
 * working where it should, that errors say what happened, and that no server process is left behind.
 */
@Timeout(90)
class FaultInjectionTest {

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

	// ------------------------------------------------------------------ 1. exit during start-up

	@Test
	void exitDuringStartupFailsFastWithExitCodeAndStderr() {
		long start = System.nanoTime();
		CodexStartupException failure = catchThrowableOfType(CodexStartupException.class,
				() -> Codex.start(this.fault.config().env("FAULT_STARTUP", "exit:3").build()));

		assertThat(elapsedMs(start)).as("well before the 20 s start-up timeout").isLessThan(10_000);
		assertThat(failure.reason()).isEqualTo(CodexStartupException.Reason.PROCESS_FAILED);
		assertThat(failure).hasMessageContaining("exit code 3")
			.hasMessageContaining("fault-server refuses to start: FAULT_STARTUP=exit:3");
		assertThat(this.fault.pids()).hasSize(1);
		assertThat(this.fault.log()).noneMatch((line) -> line.startsWith("recv "));
	}

	@Test
	void aBinaryThatExitsAtOnceReportsItsExitCodeAndStderrEveryTime() throws Exception {
		// no JVM start-up here: the process is gone before (or while) the client writes `initialize`
		Path script = this.dir.resolve("broken-codex");
		java.nio.file.Files.writeString(script,
				"#!/bin/sh\necho 'Error: invalid config.toml: expected a table at line 1' >&2\nexit 3\n");
		script.toFile().setExecutable(true);
		for (int i = 0; i < 10; i++) {
			CodexStartupException failure = catchThrowableOfType(CodexStartupException.class,
					() -> Codex.start(this.fault.config().codexBinary(script).build()));
			assertThat(failure.reason()).isEqualTo(CodexStartupException.Reason.PROCESS_FAILED);
			assertThat(failure).as("attempt " + i)
				.hasMessageContaining("exit code 3")
				.hasMessageContaining("invalid config.toml: expected a table at line 1");
		}
	}

	// ------------------------------------------------------------------ 2. crash mid-turn

	@Test
	void crashMidTurnFailsTheTurnAndEveryPendingRequestWithinASecond() throws Exception {
		try (Codex codex = Codex.start(this.fault.config().build())) {
			CodexThread thread = codex.startThread();
			TurnHandle turn = thread.turn("stall 3");
			Iterator<TurnEvent> events = turn.stream().iterator();
			awaitDeltas(events, 3);
			CompletableFuture<TurnResult> result = turn.result();
			CompletableFuture<JsonNode> hanging = codex.async().request("fault/hang", Map.of());
			this.fault.awaitLogged("recv fault/hang");

			long crashAt = System.nanoTime();
			CompletableFuture<JsonNode> crash = codex.async()
				.request("fault/crash", Map.of("code", 137, "stderr",
						List.of("thread 'main' panicked at src/fault.rs:7:5:", "deliberate crash for the test")));
			List<TransportClosedException> failures = new ArrayList<>();
			for (CompletableFuture<?> pending : List.of(result, hanging, crash)) {
				failures.add(failure(pending, TransportClosedException.class, Duration.ofSeconds(5)));
			}
			long failedAfterMs = elapsedMs(crashAt);

			assertThat(failedAfterMs).isLessThan(1000);
			for (TransportClosedException failure : failures) {
				assertThat(failure.exitCode()).hasValue(137);
				assertThat(failure).hasMessageContaining("exit code 137, signal 9")
					.hasMessageContaining("deliberate crash for the test");
				assertThat(failure.stderrTail()).contains("thread 'main' panicked at src/fault.rs:7:5:");
			}
			assertThatThrownBy(() -> events.forEachRemaining((e) -> {
			})).isInstanceOf(TransportClosedException.class);
			// supervision is off: the client stays down and says why
			assertThat(codex.isRunning()).isFalse();
			assertThat(codex.closedReason().orElseThrow().exitCode()).hasValue(137);
			assertThat(thread.isBusy()).isFalse();
			assertThatThrownBy(() -> thread.turn("again")).isInstanceOf(TransportClosedException.class)
				.hasMessageContaining("exit code 137");
		}
	}

	@Test
	void crashWithSupervisionRestartsTheServerAndTheThreadContinues() throws Exception {
		SupervisionPolicy fast = new SupervisionPolicy(true, 3, Duration.ofMinutes(1), Duration.ofMillis(10), 2.0,
				Duration.ofMillis(100));
		List<String> restarts = new CopyOnWriteArrayList<>();
		try (Codex codex = Codex.start(this.fault.config().supervision(fast).listener(new CodexListener() {
			@Override
			public void onRestartScheduled(int attempt, Duration delay, Throwable reason) {
				restarts.add(reason.getMessage());
			}
		}).build())) {
			CodexThread thread = codex.startThread();
			TurnHandle turn = thread.turn("stall 2");
			awaitDeltas(turn.stream().iterator(), 2);
			long firstPid = codex.pid().getAsLong();

			codex.async().request("fault/crash", Map.of("code", 3, "stderr", List.of("out of cheese")));

			TransportClosedException failure = failure(turn.result(), TransportClosedException.class,
					Duration.ofSeconds(5));
			assertThat(failure.exitCode()).hasValue(3);
			Awaitility.await()
				.atMost(Duration.ofSeconds(20))
				.until(() -> codex.isRunning() && codex.pid().getAsLong() != firstPid);
			assertThat(restarts).singleElement().asString().contains("exit code 3").contains("out of cheese");
			assertThat(FaultServerLauncher.running(firstPid)).isFalse();
			assertThat(thread.run("after the restart").finalResponse()).isEqualTo("echo: after the restart");
			assertThat(this.fault.count("recv thread/resume")).isEqualTo(1);
			assertThat(this.fault.pids()).hasSize(2);
		}
	}

	// ------------------------------------------------------------------ 3. alive but silent

	@Test
	void aSilentServerTimesRequestsAndTurnsOutAndCloseStillKillsIt() throws Exception {
		Codex codex = Codex.start(this.fault.config()
			.requestTimeout(Duration.ofMillis(500))
			.turnTimeout(Duration.ofMillis(1500))
			.shutdownTimeout(Duration.ofMillis(300))
			.build());
		long pid = codex.pid().getAsLong();
		try {
			CodexThread thread = codex.startThread();
			long turnStart = System.nanoTime();
			TurnHandle turn = thread.turn("silence");
			this.fault.awaitLogged("silent");

			long requestStart = System.nanoTime();
			CodexTimeoutException requestTimeout = failure(codex.async().request("fault/echo", Map.of("n", 1)),
					CodexTimeoutException.class, Duration.ofSeconds(5));
			assertThat(elapsedMs(requestStart)).isBetween(400L, 3000L);
			assertThat(requestTimeout).hasMessageContaining("fault/echo").hasMessageContaining("500 ms");

			CodexTimeoutException turnTimeout = failure(turn.result(), CodexTimeoutException.class,
					Duration.ofSeconds(10));
			assertThat(elapsedMs(turnStart)).isBetween(1400L, 6000L);
			assertThat(turnTimeout).hasMessageContaining(turn.id()).hasMessageContaining("turnTimeout");
			assertThat(thread.isBusy()).isFalse();
			// the process is still alive: only requests and turns gave up
			assertThat(FaultServerLauncher.running(pid)).isTrue();
		}
		finally {
			long closeStart = System.nanoTime();
			codex.close();
			// grace (300 ms), then SIGTERM (ignored), then SIGKILL after 1 s
			assertThat(elapsedMs(closeStart)).isLessThan(5000);
		}
		assertThat(FaultServerLauncher.running(pid)).isFalse();
		assertThat(this.fault.log()).contains("ignored SIGTERM");
	}

	@Test
	void aServerThatStopsReadingItsInputBlocksNeitherCallersNorClose() throws Exception {
		Codex codex = Codex.start(this.fault.config()
			.requestTimeout(Duration.ofMillis(500))
			.shutdownTimeout(Duration.ofMillis(300))
			.build());
		long pid = codex.pid().getAsLong();
		try {
			codex.async().request("fault/freeze", Map.of());
			this.fault.awaitLogged("frozen");
			// far more than a pipe buffer (64 KiB): a synchronous write would block for good
			String pad = "x".repeat(256 * 1024);
			for (int i = 0; i < 3; i++) {
				long start = System.nanoTime();
				CodexTimeoutException timeout = within(Duration.ofSeconds(5),
						() -> failure(codex.async().request("fault/echo", Map.of("pad", pad)),
								CodexTimeoutException.class, Duration.ofSeconds(3)));
				assertThat(elapsedMs(start)).isLessThan(3000);
				assertThat(timeout).hasMessageContaining("fault/echo");
			}
			// what waits for the frozen child is bounded: beyond 64 MiB, requests are refused at once
			String mebibyte = "x".repeat(1024 * 1024);
			List<CompletableFuture<JsonNode>> requests = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				requests.add(codex.async().request("fault/echo", Map.of("pad", mebibyte)));
			}
			List<Throwable> outcomes = new ArrayList<>();
			for (CompletableFuture<JsonNode> request : requests) {
				outcomes.add(within(Duration.ofSeconds(5), () -> request.handle((r, ex) -> (ex != null) ? ex
						: new AssertionError("answered: " + r)).get(3, TimeUnit.SECONDS)));
			}
			assertThat(outcomes).filteredOn(CodexTimeoutException.class::isInstance).hasSizeBetween(60, 66);
			assertThat(outcomes).filteredOn((ex) -> !(ex instanceof CodexTimeoutException))
				.isNotEmpty()
				.allSatisfy((ex) -> assertThat(ex).isInstanceOf(dev.codexjava.error.CodexException.class)
					.hasMessageContaining("is not reading its input"));
		}
		finally {
			long closeStart = System.nanoTime();
			try {
				within(Duration.ofSeconds(10), () -> {
					codex.close();
					return null;
				});
			}
			finally {
				ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
			}
			assertThat(elapsedMs(closeStart)).isLessThan(5000);
		}
		assertThat(FaultServerLauncher.running(pid)).isFalse();
	}

	// ------------------------------------------------------------------ 4. -32001 overloaded

	@Test
	void overloadedAnswersAreRetriedUpToTheRetryPolicy() {
		List<String> retries = new CopyOnWriteArrayList<>();
		try (Codex codex = Codex.start(this.fault.config()
			.env("FAULT_OVERLOAD", "thread/start:2,turn/start:1,fault/echo:3")
			.listener(new CodexListener() {
				@Override
				public void onRetry(String method, int attempt, Duration delay, Throwable cause) {
					retries.add(method + "#" + attempt);
				}
			})
			.build())) {
			// 2 overloads < 3 attempts: succeeds on the third call
			CodexThread thread = codex.startThread();
			assertThat(this.fault.count("recv thread/start")).isEqualTo(3);
			assertThat(thread.run("hello").finalResponse()).isEqualTo("echo: hello");
			assertThat(this.fault.count("recv turn/start")).isEqualTo(2);

			// 3 overloads = 3 attempts: gives up with the server's error
			assertThatThrownBy(() -> codex.request("fault/echo", Map.of("n", 1)))
				.isInstanceOf(ServerBusyException.class)
				.hasMessageContaining("Server overloaded; retry later.");
			assertThat(this.fault.count("recv fault/echo")).isEqualTo(3);
			// nothing is retried behind the caller's back: the next call is the fourth the server sees
			assertThat(codex.request("fault/echo", Map.of("n", 1)).path("n").asInt()).isEqualTo(1);
			assertThat(this.fault.count("recv fault/echo")).isEqualTo(4);
			assertThat(retries).containsExactly("thread/start#1", "thread/start#2", "turn/start#1", "fault/echo#1",
					"fault/echo#2");
		}
	}

	// ------------------------------------------------------------------ 5. malformed lines

	@Test
	void malformedLinesAreSkippedAndTheTurnCompletesIntact() {
		try (Codex codex = Codex.start(this.fault.config().build())) {
			CodexThread thread = codex.startThread();
			TurnHandle turn = thread.turn("garbage");

			List<TurnEvent> events = within(Duration.ofSeconds(20), () -> turn.stream().toList());

			String expected = IntStream.range(0, 17).mapToObj((i) -> "g" + i + ",").collect(Collectors.joining())
					+ "crlf,end";
			assertThat(deltaText(events)).isEqualTo(expected);
			TurnResult result = completed(events);
			assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
			assertThat(result.finalResponse()).isEqualTo(expected);
			assertThat(result.id()).isEqualTo(turn.id());
			// the reader thread survived: the same connection serves a turn and a request afterwards
			assertThat(thread.run("still there?").finalResponse()).isEqualTo("echo: still there?");
			assertThat(codex.request("fault/echo", Map.of("n", 7)).path("n").asInt()).isEqualTo(7);
			assertThat(codex.isRunning()).isTrue();
		}
	}

	// ------------------------------------------------------------------ 6. a 50 MB line

	@Test
	void aFiftyMegabyteLineWithinTheLimitIsDeliveredAndItsMemoryReleased() {
		int size = 50 * 1024 * 1024;
		long baseline = usedHeapAfterGc();
		try (Codex codex = Codex.start(this.fault.config().build())) {
			CodexThread thread = codex.startThread();
			String turnId = bigTurn(thread, "huge " + size, size + 1);
			assertThat(turnId).isNotNull();
			// an unknown notification as large is parsed and dropped
			assertThat(thread.run("hugeUnknown " + size).finalResponse()).isEqualTo("after the blob");
			assertThat(thread.run("small").finalResponse()).isEqualTo("echo: small");
			long retainedMb = (usedHeapAfterGc() - baseline) / (1024 * 1024);
			assertThat(retainedMb).as("heap retained after two 50 MB lines, MB").isLessThan(32);
		}
	}

	@Test
	void aFiftyMegabyteLineAboveTheLimitIsSkippedWithoutBufferingIt() {
		int size = 50 * 1024 * 1024;
		long baseline = usedHeapAfterGc();
		try (Codex codex = Codex.start(this.fault.config().maxMessageBytes(4 * 1024 * 1024).build())) {
			CodexThread thread = codex.startThread();
			TurnHandle turn = thread.turn("huge " + size);
			TurnResult result = within(Duration.ofSeconds(30), turn::run);
			// the oversized delta is gone, everything after it arrived
			assertThat(result.finalResponse()).isEqualTo("huge:" + size);
			assertThat(turn.partialText("msg-" + turn.id())).isEqualTo("!");
			assertThat(thread.run("small").finalResponse()).isEqualTo("echo: small");
			long retainedMb = (usedHeapAfterGc() - baseline) / (1024 * 1024);
			assertThat(retainedMb).as("heap retained after a skipped 50 MB line, MB").isLessThan(16);
		}
	}

	@Test
	void aFiftyMegabyteStderrLineIsNotHeldInMemoryAndTheTailKeepsWorking() throws Exception {
		try (Codex codex = Codex.start(this.fault.config().build())) {
			Thread drainer = Thread.getAllStackTraces()
				.keySet()
				.stream()
				.filter((t) -> t.getName().startsWith("codex-stderr-"))
				.max(java.util.Comparator.comparingInt((t) -> Integer.parseInt(t.getName().substring(13))))
				.orElseThrow();
			var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
			long allocatedBefore = threads.getThreadAllocatedBytes(drainer.getId());

			// answered once the client has read all but a pipe buffer of the line
			codex.request("fault/stderrFlood", Map.of("bytes", 50 * 1024 * 1024));

			long allocatedMb = (threads.getThreadAllocatedBytes(drainer.getId()) - allocatedBefore) / (1024 * 1024);
			assertThat(allocatedMb).as("MB allocated by the stderr drainer for a 50 MB line").isLessThan(8);
			TransportClosedException crash = failure(
					codex.async().request("fault/crash", Map.of("code", 1, "stderr", List.of("after the flood"))),
					TransportClosedException.class, Duration.ofSeconds(5));
			assertThat(crash.stderrTail()).containsSubsequence("<a stderr line of 52428800 bytes was skipped>",
					"after the flood");
		}
	}

	/**
	 * At the default limit (64 MiB), a line above it is skipped and the 64 MiB the reader buffered before it knew are
	 * given back (before the fix they stayed on the heap for good).
	 */
	@Test
	void aLineAboveTheDefaultLimitIsSkippedAndItsMemoryGivenBack() {
		int size = dev.codexjava.transport.StdioProcessTransport.DEFAULT_MAX_LINE_BYTES + 1024 * 1024;
		try (Codex codex = Codex.start(this.fault.config().build())) {
			CodexThread thread = codex.startThread();
			assertThat(thread.run("warm up").finalResponse()).isEqualTo("echo: warm up");
			long baseline = usedHeapAfterGc();
			TurnHandle turn = thread.turn("huge " + size);
			TurnResult result = within(Duration.ofSeconds(60), turn::run);
			assertThat(result.finalResponse()).isEqualTo("huge:" + size);
			assertThat(turn.partialText("msg-" + turn.id())).isEqualTo("!");
			assertThat(thread.run("small").finalResponse()).isEqualTo("echo: small");
			long retainedMb = (usedHeapAfterGc() - baseline) / (1024 * 1024);
			assertThat(retainedMb).as("heap retained after a skipped 65 MiB line at the default limit, MB")
				.isLessThan(16);
		}
	}

	@Test
	void aSixtyMegabyteDeltaOnA160MegabyteHeapFailsTheTurnFastAndSaysWhy() throws Exception {
		// a child JVM with default flags but -Xmx160m: handling the line runs out of memory on the reader thread
		String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(javaBin, "-Xmx160m", "-cp", System.getProperty("java.class.path"),
				HugeDeltaOnASmallHeap.class.getName(), this.dir.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("child.out").toFile())
			.start();
		try {
			assertThat(child.waitFor(80, TimeUnit.SECONDS)).as("the child JVM ends (no hang)").isTrue();
			String out = java.nio.file.Files.readString(this.dir.resolve("child.out"));
			String outcome = out.lines().filter((l) -> l.startsWith("OUTCOME ")).findFirst().orElse(out);
			// before the fix: the reader thread died, the client stayed "running" and the turn waited out its 60 s
			assertThat(outcome).startsWith("OUTCOME TransportClosedException")
				.contains("running=false")
				.contains("OutOfMemoryError");
			long ms = Long.parseLong(outcome.replaceAll(".* ms=(\\d+) .*", "$1"));
			assertThat(ms).as("turn failed after, ms").isLessThan(20_000);
		}
		finally {
			child.descendants().forEach(ProcessHandle::destroyForcibly);
			child.destroyForcibly();
		}
	}

	/** Runs a huge-delta turn and checks its text; returns only the turn id so the text can be collected. */
	private static String bigTurn(CodexThread thread, String prompt, int expectedLength) {
		TurnHandle turn = thread.turn(prompt);
		TurnResult result = within(Duration.ofSeconds(30), turn::run);
		String text = turn.partialText("msg-" + turn.id());
		assertThat(text).hasSize(expectedLength).startsWith("xxxx").endsWith("x!");
		assertThat(result.finalResponse()).isEqualTo("huge:" + (expectedLength - 1));
		return turn.id();
	}

	// ------------------------------------------------------------------ 6b. grandchildren of a crashed server

	/**
	 * The server starts two grandchildren (one holding its stdout and stderr, one not) and crashes. After
	 * {@code close()} neither is running, and the client's stdout reader thread, which the first one kept waiting for
	 * the end of the output, has ended. Before the fix both outlived {@code close()} and the reader stayed blocked.
	 */
	@Test
	void aCrashedServersGrandchildrenAndReaderThreadDoNotOutliveClose() throws Exception {
		Set<Thread> readersBefore = readerThreads();
		Codex codex = Codex.start(this.fault.config().build());
		Map<Long, String> grandchildren = Map.of();
		try {
			Set<Thread> readers = readerThreads();
			readers.removeAll(readersBefore);
			assertThat(readers).as("the client's stdout reader").hasSize(1);
			Thread reader = readers.iterator().next();

			TransportClosedException crash = failure(codex.async().request("fault/spawnAndCrash", Map.of("code", 7)),
					TransportClosedException.class, Duration.ofSeconds(10));
			assertThat(crash.exitCode()).hasValue(7);
			grandchildren = this.fault.grandchildren();
			assertThat(grandchildren.values()).containsExactly("holding", "detached");
			assertThat(codex.isRunning()).isFalse();

			codex.close();

			assertThat(grandchildren.keySet()).as("grandchildren running after close()")
				.noneMatch(FaultServerLauncher::running);
			reader.join(5_000);
			assertThat(reader.isAlive()).as("stdout reader thread alive after close()").isFalse();
		}
		finally {
			codex.close();
			grandchildren.keySet().forEach((pid) -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
		}
	}

	private static Set<Thread> readerThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((t) -> t.getName().startsWith("codex-stdout-"))
			.collect(Collectors.toSet());
	}

	// ------------------------------------------------------------------ 7. unknown messages

	@Test
	void unknownNotificationsItemsRequestsAndTurnsLeaveTheRealTurnIntact() {
		try (Codex codex = Codex.start(this.fault.config().build())) {
			CodexThread thread = codex.startThread();
			TurnHandle turn = thread.turn("unknowns");

			List<TurnEvent> events = within(Duration.ofSeconds(20), () -> turn.stream().toList());

			// the unknown server request was answered "method not found", so the server went on
			String answer = "server request answered with error -32601";
			assertThat(this.fault.log()).contains("reply srv-1 error -32601");
			assertThat(deltaText(events)).isEqualTo(answer);
			TurnResult result = completed(events);
			assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
			assertThat(result.finalResponse()).isEqualTo(answer);
			// an unknown notification of this turn is delivered raw; unknown item types become ThreadItem.Other
			assertThat(events).filteredOn(TurnEvent.Other.class::isInstance)
				.extracting((e) -> ((TurnEvent.Other) e).method())
				.containsExactly("fault/futureNotification");
			assertThat(result.items()).filteredOn(ThreadItem.Other.class::isInstance)
				.extracting(ThreadItem::type, ThreadItem::id)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("hologram", "holo-1"));
			// events of unknown turns and threads went nowhere
			assertThat(events.toString()).doesNotContain("BOO").doesNotContain("ghost");
			assertThat(thread.run("next").finalResponse()).isEqualTo("echo: next");
		}
	}

	// ------------------------------------------------------------------ 8. a flood of deltas

	@Test
	void aFloodOfDeltasReachesAStreamingConsumerInOrder() {
		int n = 200_000;
		try (Codex codex = Codex.start(this.fault.config().build())) {
			CodexThread thread = codex.startThread();
			TurnHandle turn = thread.turn("flood " + n);
			long[] next = { 0 };
			long[] delivered = { 0 };
			TurnResult result = within(Duration.ofSeconds(60), () -> {
				TurnResult last = null;
				for (Iterator<TurnEvent> it = turn.stream().iterator(); it.hasNext();) {
					TurnEvent event = it.next();
					if (event instanceof TurnEvent.AgentMessageDelta delta) {
						long index = Long.parseLong(delta.delta().substring(0, delta.delta().length() - 1));
						assertThat(index).as("delta order").isEqualTo(next[0]);
						next[0]++;
						delivered[0]++;
					}
					else if (event instanceof TurnEvent.EventsDropped dropped) {
						next[0] += dropped.droppedDeltas();
					}
					else if (event instanceof TurnEvent.Completed completed) {
						last = completed.result();
					}
				}
				return last;
			});

			assertThat(next[0]).as("delivered + announced as dropped").isEqualTo(n);
			String expected = IntStream.range(0, n).mapToObj((i) -> i + ",").collect(Collectors.joining());
			assertThat(result.finalResponse()).isEqualTo(expected);
			assertThat(turn.partialText("msg-" + turn.id())).isEqualTo(expected);
			System.out.printf("flood: %d of %d deltas delivered to a consumer that keeps up%n", delivered[0], n);
		}
	}

	@Test
	void aFloodOfDeltasForAStalledConsumerStaysWithinTheStreamBuffer() {
		int n = 200_000;
		int capacity = 1024;
		try (Codex codex = Codex.start(this.fault.config().streamBufferCapacity(capacity).build())) {
			CodexThread thread = codex.startThread();
			TurnHandle turn = thread.turn("flood " + n);
			// nobody reads until the whole turn has arrived
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(turn::isDone);

			List<TurnEvent> events = within(Duration.ofSeconds(10), () -> turn.stream().toList());

			long deltas = events.stream().filter(TurnEvent.AgentMessageDelta.class::isInstance).count();
			long dropped = events.stream()
				.filter(TurnEvent.EventsDropped.class::isInstance)
				.mapToLong((e) -> ((TurnEvent.EventsDropped) e).droppedDeltas())
				.sum();
			// the buffer holds `capacity` events in all (turn/started and item/started among them)
			assertThat(deltas).isBetween(capacity - 8L, (long) capacity);
			assertThat(deltas + dropped).isEqualTo(n);
			assertThat(events).hasSizeLessThan(capacity + 10);
			TurnResult result = completed(events);
			int length = IntStream.range(0, n).map((i) -> Integer.toString(i).length() + 1).sum();
			assertThat(result.finalResponse()).hasSize(length);
			assertThat(result.items()).hasSize(1);
		}
	}

	// ------------------------------------------------------------------ 9. out-of-order completions

	@Test
	void outOfOrderResponsesAndCompletionsReachTheirOwnTurns() throws Exception {
		try (Codex codex = Codex.start(this.fault.config().build())) {
			// two turns: one response before its events, the other's completion before its response
			assertGatheredTurnsGetTheirOwnResults(codex, List.of("alpha", "bravo"));
			// eight at once, deltas interleaved round-robin, completions in reverse order
			assertGatheredTurnsGetTheirOwnResults(codex,
					List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"));
			assertThat(codex.activeTurns()).isZero();
		}
	}

	private void assertGatheredTurnsGetTheirOwnResults(Codex codex, List<String> tags) throws Exception {
		List<CodexThread> threads = new ArrayList<>();
		List<CompletableFuture<TurnHandle>> started = new ArrayList<>();
		for (String tag : tags) {
			CodexThread thread = codex.startThread();
			threads.add(thread);
			started.add(thread.turnAsync(List.of(Input.text("gather " + tags.size() + " " + tag)), TurnOptions.none()));
		}
		List<String> turnIds = new ArrayList<>();
		for (int i = 0; i < tags.size(); i++) {
			TurnHandle handle = started.get(i).get(10, TimeUnit.SECONDS);
			String tag = tags.get(i);
			String expected = IntStream.range(0, 5).mapToObj((r) -> tag + "#" + r + ",").collect(Collectors.joining());
			List<TurnEvent> events = within(Duration.ofSeconds(10), () -> handle.stream().toList());
			assertThat(handle.threadId()).isEqualTo(threads.get(i).id());
			assertThat(deltaText(events)).as("deltas of " + tag).isEqualTo(expected);
			TurnResult result = completed(events);
			assertThat(result.id()).isEqualTo(handle.id());
			assertThat(result.threadId()).isEqualTo(threads.get(i).id());
			assertThat(result.finalResponse()).isEqualTo(expected);
			assertThat(handle.result().get(5, TimeUnit.SECONDS).finalResponse()).isEqualTo(expected);
			turnIds.add(handle.id());
			assertThat(threads.get(i).isBusy()).isFalse();
		}
		assertThat(turnIds).doesNotHaveDuplicates();
	}

	// ------------------------------------------------------------------ 10. a burst of server requests

	@Test
	void fiveHundredApprovalsAtOnceWithASlowHandlerStayWithinTheThreadBoundAndAreAllDeclinedAtTheDeadline()
			throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		Set<String> handlerThreads = ConcurrentHashMap.newKeySet();
		AtomicInteger running = new AtomicInteger();
		AtomicInteger peak = new AtomicInteger();
		AtomicInteger calls = new AtomicInteger();
		AtomicInteger returned = new AtomicInteger();
		ApprovalHandler slow = new ApprovalHandler() {
			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				calls.incrementAndGet();
				handlerThreads.add(Thread.currentThread().getName());
				peak.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					// a person who does not answer
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					running.decrementAndGet();
					returned.incrementAndGet();
				}
				return ApprovalDecision.ACCEPT;
			}
		};
		List<String> timedOut = new CopyOnWriteArrayList<>();
		int maxLiveHandlerThreads = 0;
		try (Codex codex = Codex.start(this.fault.config()
			.approvalHandler(slow)
			.approvalThreads(8)
			.approvalTimeout(Duration.ofSeconds(2))
			.listener(new CodexListener() {
				@Override
				public void onApprovalTimedOut(String method, String threadId, Duration timeout, String decision) {
					timedOut.add(method + " " + threadId + " " + decision);
				}
			})
			.build())) {
			long start = System.nanoTime();
			CompletableFuture<JsonNode> burst = codex.async()
				.request("fault/approvals", Map.of("count", 500, "threadId", "thread-9", "waitMs", 8000));
			this.fault.awaitLogged("sending 500 item/commandExecution/requestApproval");
			// samples the live handler threads until the server reports how the 500 were answered
			long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
			while (!burst.isDone() && System.nanoTime() < giveUp) {
				maxLiveHandlerThreads = Math.max(maxLiveHandlerThreads, liveThreads("-approval-"));
				try {
					burst.get(20, TimeUnit.MILLISECONDS);
				}
				catch (java.util.concurrent.TimeoutException ex) {
					// not yet: sample again
				}
			}
			JsonNode summary = burst.get(1, TimeUnit.SECONDS);
			long elapsedMs = elapsedMs(start);

			assertThat(summary.path("answered").asInt()).as("answers the server got").isEqualTo(500);
			assertThat(summary.path("decisions")).isEqualTo(Json.parse("{\"decline\":500}"));
			assertThat(elapsedMs).as("all declined about 2 s after they arrived").isBetween(1500L, 8000L);
			assertThat(maxLiveHandlerThreads).as("live handler threads").isLessThanOrEqualTo(8);
			assertThat(handlerThreads).hasSizeLessThanOrEqualTo(8);
			assertThat(peak.get()).isLessThanOrEqualTo(8);
			assertThat(timedOut).hasSize(500)
				.allMatch("item/commandExecution/requestApproval thread-9 decline"::equals);

			// the handlers answer late: their answers are dropped, the server saw exactly one answer per request
			release.countDown();
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> returned.get() == calls.get());
			assertThat(codex.request("fault/echo", Map.of("n", 1)).path("n").asInt()).isEqualTo(1);
			List<String> replies = this.fault.log().stream().filter((l) -> l.startsWith("reply appr-")).toList();
			assertThat(replies).hasSize(500).allMatch((l) -> l.endsWith(" result decline"));
			assertThat(replies.stream().map((l) -> l.split(" ")[1]).distinct().count()).isEqualTo(500);
			System.out.printf("approvals: 500 declined at the deadline in %d ms; at most %d handler threads alive%n",
					elapsedMs, maxLiveHandlerThreads);
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void aHandlerThatThrowsAnErrorOrAnExceptionStillAnswersTheServer() {
		ApprovalHandler broken = new ApprovalHandler() {
			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				throw new IllegalStateException("an exception in the handler");
			}

			@Override
			public ApprovalDecision onFileChange(FileChangeApprovalRequest request) {
				throw new AssertionError("an Error in the handler");
			}
		};
		try (Codex codex = Codex.start(this.fault.config().approvalHandler(broken).build())) {
			JsonNode errors = codex.request("fault/approvals",
					Map.of("count", 3, "method", "item/fileChange/requestApproval", "waitMs", 5000));
			assertThat(errors.path("answered").asInt()).isEqualTo(3);
			assertThat(errors.path("decisions")).isEqualTo(Json.parse("{\"error -32603\":3}"));
			assertThat(this.fault.log()).contains("reply appr-0 error -32603", "reply appr-1 error -32603",
					"reply appr-2 error -32603");
			JsonNode exceptions = codex.request("fault/approvals", Map.of("count", 2, "waitMs", 5000));
			assertThat(exceptions.path("decisions")).isEqualTo(Json.parse("{\"error -32603\":2}"));
			assertThat(codex.isRunning()).isTrue();
		}
	}

	// ------------------------------------------------------------------ helpers

	/** Live threads of this JVM whose name contains {@code part}. */
	private static int liveThreads(String part) {
		return (int) Thread.getAllStackTraces().keySet().stream().filter((t) -> t.getName().contains(part)).count();
	}

	private static void awaitDeltas(Iterator<TurnEvent> events, int count) {
		within(Duration.ofSeconds(10), () -> {
			int seen = 0;
			while (seen < count && events.hasNext()) {
				if (events.next() instanceof TurnEvent.AgentMessageDelta) {
					seen++;
				}
			}
			return seen;
		});
	}

	private static String deltaText(List<TurnEvent> events) {
		return events.stream()
			.filter(TurnEvent.AgentMessageDelta.class::isInstance)
			.map((e) -> ((TurnEvent.AgentMessageDelta) e).delta())
			.collect(Collectors.joining());
	}

	private static TurnResult completed(List<TurnEvent> events) {
		assertThat(events).last().isInstanceOf(TurnEvent.Completed.class);
		return ((TurnEvent.Completed) events.get(events.size() - 1)).result();
	}

	/** Waits for {@code future} to fail with {@code type}, at most {@code timeout}. */
	private static <T extends Throwable> T failure(CompletableFuture<?> future, Class<T> type, Duration timeout)
			throws InterruptedException {
		try {
			Object value = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			throw new AssertionError("expected " + type.getSimpleName() + " but got " + value);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
				cause = cause.getCause();
			}
			assertThat(cause).isInstanceOf(type);
			return type.cast(cause);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			throw new AssertionError(
					"still pending after " + timeout.toMillis() + " ms; expected " + type.getSimpleName());
		}
	}

	private static <T> T within(Duration timeout, java.util.concurrent.Callable<T> action) {
		return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(timeout, action::call);
	}

	private static long elapsedMs(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
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
