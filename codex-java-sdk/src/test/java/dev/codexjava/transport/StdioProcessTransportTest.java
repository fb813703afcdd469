package dev.codexjava.transport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import dev.codexjava.error.TransportClosedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the stdio transport hands lines to the protocol layer. */
@EnabledOnOs({ OS.LINUX, OS.MAC })
@Timeout(60)
class StdioProcessTransportTest {

	/** Collects lines and the close notification. */
	private static class Recorder implements Transport.Handler {

		final List<String> lines = new CopyOnWriteArrayList<>();

		final CompletableFuture<TransportClosedException> closed = new CompletableFuture<>();

		/** The thread that delivered the first line: the transport's reader (seen even if it has ended since). */
		final CompletableFuture<Thread> reader = new CompletableFuture<>();

		@Override
		public void onLine(String line) {
			this.reader.complete(Thread.currentThread());
			this.lines.add(line);
		}

		@Override
		public void onClosed(TransportClosedException reason) {
			this.closed.complete(reason);
		}

	}

	/** The transport's reader thread, known from the first line it delivered. */
	private static Thread readerThread(Recorder recorder) throws Exception {
		Thread reader = recorder.reader.get(10, TimeUnit.SECONDS);
		assertThat(reader.getName()).startsWith("codex-stdout-");
		return reader;
	}

	private static boolean running(long pid) {
		return ProcessHandle.of(pid).map(ProcessTree::isRunning).orElse(false);
	}

	/**
	 * An Error thrown while a line is handled (here a simulated OutOfMemoryError) closes the connection with that
	 * cause: the handler hears of it, the transport says it is closed, sends fail with the cause, the child is
	 * stopped and the reader thread ends. Before the fix the Error killed the reader thread silently and the
	 * connection looked open for good.
	 */
	@Test
	void anErrorWhileHandlingALineClosesTheConnectionWithThatCause() throws Exception {
		OutOfMemoryError error = new OutOfMemoryError("simulated: Java heap space");
		Recorder recorder = new Recorder() {
			@Override
			public void onLine(String line) {
				super.onLine(line);
				throw error;
			}
		};
		StdioProcessTransport transport = new StdioProcessTransport(new ProcessLaunch(
				List.of("sh", "-c", "printf 'first\\n'; cat >/dev/null"), Map.of(), null, true));
		try {
			transport.start(recorder);
			Thread reader = readerThread(recorder);
			long pid = transport.pid().getAsLong();

			TransportClosedException reason = recorder.closed.get(10, TimeUnit.SECONDS);

			assertThat(reason).hasMessageContaining("OutOfMemoryError").hasMessageContaining("simulated");
			assertThat(reason.getCause()).isSameAs(error);
			assertThat(recorder.lines).containsExactly("first");
			assertThat(transport.isOpen()).isFalse();
			assertThatThrownBy(() -> transport.send("{}")).isInstanceOf(TransportClosedException.class)
				.hasMessageContaining("OutOfMemoryError")
				.hasRootCause(error);
			reader.join(10_000);
			assertThat(reader.isAlive()).as("reader thread").isFalse();
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !running(pid));
		}
		finally {
			transport.close(Duration.ofSeconds(2));
		}
	}

	/** On Linux (where setsid is installed), the child leads a session of its own. */
	@Test
	@EnabledOnOs(OS.LINUX)
	void theChildRunsInASessionOfItsOwn() {
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid"))
				|| Files.isExecutable(Path.of("/bin/setsid")), "setsid is installed");
		StdioProcessTransport transport = new StdioProcessTransport(
				new ProcessLaunch(List.of("cat"), Map.of(), null, true));
		try {
			transport.start(new Recorder());
			long pid = transport.pid().getAsLong();
			// setsid runs in the child before it executes cat
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ProcessFamily.sessionId(pid) == pid);
			assertThat(ProcessFamily.sessionId(ProcessHandle.current().pid())).isNotEqualTo(pid);
		}
		finally {
			transport.close(Duration.ofSeconds(2));
		}
	}

	/**
	 * The child starts two grandchildren, one holding its stdout and stderr, one not, and crashes. The grandchildren
	 * are found although their parent is gone, and stopped; the reader thread, which the first one kept waiting,
	 * ends. Before the fix both grandchildren outlived {@code close()} and the reader thread stayed blocked.
	 */
	@Test
	@EnabledOnOs(OS.LINUX)
	void grandchildrenOfACrashedChildDoNotOutliveCloseNorKeepTheReaderWaiting() throws Exception {
		Recorder recorder = new Recorder();
		StdioProcessTransport transport = new StdioProcessTransport(new ProcessLaunch(List.of("sh", "-c",
				"sleep 600 & echo $!; sleep 600 </dev/null >/dev/null 2>&1 & echo $!; exit 3"), Map.of(), null, true));
		List<Long> grandchildren = List.of();
		try {
			transport.start(recorder);
			Thread reader = readerThread(recorder);
			TransportClosedException reason = recorder.closed.get(10, TimeUnit.SECONDS);
			assertThat(reason.exitCode()).hasValue(3);
			grandchildren = recorder.lines.stream().map(Long::valueOf).toList();
			assertThat(grandchildren).hasSize(2);

			transport.close(Duration.ofSeconds(1));

			assertThat(grandchildren).as("grandchildren still running after close()")
				.noneMatch(StdioProcessTransportTest::running);
			reader.join(5_000);
			assertThat(reader.isAlive()).as("reader thread after close()").isFalse();
		}
		finally {
			transport.close(Duration.ofSeconds(1));
			grandchildren.forEach((pid) -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
		}
	}

	/**
	 * Lines that arrive together are delivered with "more" set, so the protocol layer can wake a stream's consumer
	 * once per burst; but the last line before the transport waits for input never is: nothing is held back while
	 * the child is silent.
	 */
	@Test
	void everyLineIsDeliveredBeforeTheTransportWaitsAndOnlyTheLastOfABurstEndsIt() throws Exception {
		List<String> delivered = new CopyOnWriteArrayList<>();
		CountDownLatch three = new CountDownLatch(3);
		// the child writes three lines at once, then stays silent (reading its stdin) until the transport closes
		StdioProcessTransport transport = new StdioProcessTransport(new ProcessLaunch(
				List.of("sh", "-c", "printf 'a\\nb\\nc\\n'; cat >/dev/null"), Map.of(), null, true));
		try {
			transport.start(new Transport.Handler() {
				@Override
				public void onLine(String line) {
					throw new AssertionError("the stdio transport tells whether more lines are at hand");
				}

				@Override
				public void onLine(String line, boolean more) {
					delivered.add(line + (more ? "+" : ""));
					three.countDown();
				}

				@Override
				public void onClosed(TransportClosedException reason) {
				}
			});

			assertThat(three.await(10, TimeUnit.SECONDS)).as("all three lines while the child is still running")
				.isTrue();
			assertThat(transport.isOpen()).isTrue();
			assertThat(delivered).hasSize(3).last().isEqualTo("c");
			assertThat(String.join(",", delivered).replace("+", "")).isEqualTo("a,b,c");
		}
		finally {
			transport.close(Duration.ofSeconds(5));
		}
	}

	/**
	 * A child that writes one line per write as fast as it can (a shell loop of {@code echo}): the reader paces its
	 * reads (it paused), every line arrives once and in order; then, with the child writing on without end, close
	 * returns, reports the close, ends the reader thread and leaves no child running — a pause never holds it up.
	 */
	@Test
	void aFastTrickleIsPacedLosesNothingAndCloseWhilePacingLeavesNothingBehind() throws Exception {
		int count = 100_000;
		NumberedLines lines = new NumberedLines(count);
		// lines 0..count-1, then an endless stream of "x" lines until the transport closes
		StdioProcessTransport transport = new StdioProcessTransport(new ProcessLaunch(List.of("sh", "-c",
				"i=0; while [ $i -lt " + count + " ]; do echo $i; i=$((i+1)); done; while :; do echo x; done"),
				Map.of(), null, true));
		try {
			transport.start(lines);
			assertThat(lines.all.await(50, TimeUnit.SECONDS)).as("all numbered lines").isTrue();
			assertThat(lines.outOfOrder.get()).as("lines out of order or changed").isZero();
			assertThat(transport.readPauses()).as("the reader paced a fast trickle").isPositive();
		}
		finally {
			long pid = transport.pid().orElseThrow();
			long start = System.nanoTime();
			transport.close(Duration.ofSeconds(2));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
			assertThat(lines.closed.get(10, TimeUnit.SECONDS)).isNotNull();
			Thread thread = lines.reader.getNow(null);
			if (thread != null) {
				thread.join(10_000);
				assertThat(thread.isAlive()).as("reader thread ended").isFalse();
			}
			assertThat(running(pid)).as("child still running").isFalse();
		}
	}

}
