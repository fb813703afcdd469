package dev.codexjava.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnResult;

/**
 * A client process of the {@code user} scenario ({@link UserScenario}): started fresh in its own JVM with default
 * flags, it drives the binary as a user's application would, and answers the harness's line protocol on
 * stdin/stdout, so that the harness can read the process's CPU ({@code /proc/PID/stat}) at each command's edges.
 * {@code sdk}: the public API exactly as the README shows it ({@code Codex.start}, {@code thread.run(prompt)},
 * {@code thread.turn(prompt).stream()} iterated); {@code floor}: {@link FloorClient}, the least a Java client can do;
 * {@code jfloor}: {@link JacksonFloorClient}, the same with every line through a Jackson 3 tree.
 *
 * <p>Protocol (one command per line; one answer line starting with {@code ok} or {@code err}):
 * {@code start} → {@code ok MS ALLOC} (start + one ephemeral thread; MS is the start alone);
 * {@code restart} → the same after closing the current client; {@code turns N} → {@code ok WALL_MS ALLOC} (N trivial
 * turns); {@code stream N} → {@code ok WALL_MS ALLOC DELTAS DELTAS_PER_S DROPPED} (one streamed turn, N deltas
 * expected; DELTAS counts those received, DROPPED those the SDK announced as dropped by a full stream buffer);
 * {@code quit} → {@code ok} and exit. ALLOC is the bytes the whole JVM allocated during the command
 * ({@code getTotalThreadAllocatedBytes}), -1 where unknown. The environment gives {@code CODEX_BIN},
 * {@code CODEX_HOME}, {@code CODEX_BENCH_WORKDIR} and {@code CODEX_BENCH_PROMPT}.
 */
public final class UserClient {

	private UserClient() {
	}

	/** One way to drive the binary. */
	interface Driver extends AutoCloseable {

		/** Starts the client and one ephemeral thread; returns the nanoseconds of the start alone. */
		long start();

		/** Runs one trivial turn; fails unless it answered. */
		void turn(String prompt);

		/**
		 * Runs one streamed turn; returns {deltas received, first delta nanos, last delta nanos, deltas the client
		 * was told it lost (the SDK's {@code EventsDropped}; 0 where unknown)}.
		 */
		long[] stream(String prompt);

		@Override
		void close();

	}

	public static void main(String[] args) throws Exception {
		String kind = (args.length > 0) ? args[0] : "sdk";
		Path binary = Path.of(System.getenv("CODEX_BIN"));
		Path home = Path.of(System.getenv("CODEX_HOME"));
		Path work = Path.of(System.getenv("CODEX_BENCH_WORKDIR"));
		String prompt = System.getenv().getOrDefault("CODEX_BENCH_PROMPT", "Say ok");
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		Driver driver = switch (kind) {
			case "floor" -> new FloorDriver(false, binary, home, work);
			case "jfloor" -> new FloorDriver(true, binary, home, work);
			default -> new SdkDriver(binary, home, work);
		};
		try {
			String line;
			while ((line = in.readLine()) != null) {
				String[] cmd = line.strip().split(" ");
				mark(line);
				try {
					long alloc0 = allocated();
					long t0 = System.nanoTime();
					switch (cmd[0]) {
						case "start", "restart" -> {
							if ("restart".equals(cmd[0])) {
								driver.close();
								alloc0 = allocated();
							}
							long startNanos = driver.start();
							long alloc = allocated();
							out.println(String.format(Locale.ROOT, "ok %.3f %d", startNanos / 1e6,
									(alloc < 0 || alloc0 < 0) ? -1 : alloc - alloc0));
						}
						case "turns" -> {
							int n = Integer.parseInt(cmd[1]);
							for (int i = 0; i < n; i++) {
								driver.turn(prompt);
							}
							out.println(answer(t0, alloc0));
						}
						case "stream" -> {
							long[] r = driver.stream(prompt);
							String head = answer(t0, alloc0);
							double seconds = (r[2] - r[1]) / 1e9;
							out.println(head + " " + r[0] + " "
									+ String.format(Locale.ROOT, "%.1f", (seconds > 0) ? (r[0] - 1) / seconds : 0) + " "
									+ r[3]);
						}
						case "quit" -> {
							driver.close();
							out.println("ok");
							return;
						}
						default -> out.println("err unknown command " + cmd[0]);
					}
				}
				catch (RuntimeException ex) {
					out.println("err " + ex.toString().replace('\n', ' '));
				}
			}
		}
		finally {
			driver.close();
		}
	}

	/**
	 * Diagnosis only ({@code -Dbench.marks=FILE}): appends the command and the JVM's uptime in seconds, to find each
	 * command's window in a {@code -XX:+LogCompilation} log (whose stamps count from the JVM's start).
	 */
	private static void mark(String command) {
		String file = System.getProperty("bench.marks");
		if (file == null) {
			return;
		}
		String mark = String.format(Locale.ROOT, "%d %s %.3f%n", ProcessHandle.current().pid(), command.strip(),
				ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
		try {
			Files.writeString(Path.of(file), mark, StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String answer(long t0, long alloc0) {
		long alloc = allocated();
		return String.format(Locale.ROOT, "ok %.3f %d", (System.nanoTime() - t0) / 1e6,
				(alloc < 0 || alloc0 < 0) ? -1 : alloc - alloc0);
	}

	/** Bytes allocated by every thread of this JVM so far (terminated threads included), or -1. */
	static long allocated() {
		try {
			com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
			return threads.getTotalThreadAllocatedBytes();
		}
		catch (RuntimeException | LinkageError ex) {
			return -1;
		}
	}

	/** The SDK through its public API, as the README shows it. */
	static final class SdkDriver implements Driver {

		private final CodexConfig config;

		private Codex codex;

		private CodexThread thread;

		SdkDriver(Path binary, Path home, Path work) {
			this.config = CodexConfig.builder().codexBinary(binary).codexHome(home).workingDirectory(work).build();
		}

		@Override
		public long start() {
			long t0 = System.nanoTime();
			this.codex = Codex.start(this.config);
			long nanos = System.nanoTime() - t0;
			this.thread = this.codex.startThread(ThreadOptions.builder().ephemeral(true).build());
			return nanos;
		}

		@Override
		public void turn(String prompt) {
			TurnResult result = this.thread.run(prompt);
			if (result.finalResponse() == null) {
				throw new IllegalStateException("no answer: " + result);
			}
		}

		@Override
		public long[] stream(String prompt) {
			long deltas = 0;
			long dropped = 0;
			long first = 0;
			long last = 0;
			boolean completed = false;
			try (Stream<TurnEvent> events = this.thread.turn(prompt).stream()) {
				Iterator<TurnEvent> it = events.iterator();
				while (it.hasNext()) {
					TurnEvent event = it.next();
					if (event instanceof TurnEvent.AgentMessageDelta) {
						last = System.nanoTime();
						if (deltas++ == 0) {
							first = last;
						}
					}
					else if (event instanceof TurnEvent.EventsDropped lost) {
						// counted apart, never as received: the harness fails a run that did not see every delta
						dropped += lost.droppedDeltas();
					}
					else if (event instanceof TurnEvent.Completed) {
						completed = true;
					}
				}
			}
			if (!completed) {
				throw new IllegalStateException("the stream ended without TurnEvent.Completed");
			}
			return new long[] { deltas, first, last, dropped };
		}

		@Override
		public void close() {
			if (this.codex != null) {
				this.codex.close();
				this.codex = null;
			}
		}

	}

	/**
	 * A floor client ({@link FloorClient}: spawn, string-built requests, substring tests on the lines read;
	 * {@link JacksonFloorClient}: the same with every line read and written with Jackson 3).
	 */
	static final class FloorDriver implements Driver {

		private final boolean jackson;

		private final Path binary;

		private final Path home;

		private final Path work;

		private FloorSession client;

		private String thread;

		FloorDriver(boolean jackson, Path binary, Path home, Path work) {
			this.jackson = jackson;
			this.binary = binary;
			this.home = home;
			this.work = work;
		}

		@Override
		public long start() {
			long t0 = System.nanoTime();
			// a branch, not a lambda: the raw floor's process loads nothing it did not load before (no lambda
			// bootstrap, no Jackson class)
			if (this.jackson) {
				this.client = JacksonFloorClient.start(this.binary, this.home, this.work);
			}
			else {
				this.client = FloorClient.start(this.binary, this.home, this.work);
			}
			long nanos = System.nanoTime() - t0;
			this.thread = this.client.startThread();
			return nanos;
		}

		@Override
		public void turn(String prompt) {
			this.client.runTurn(this.thread, prompt);
		}

		@Override
		public long[] stream(String prompt) {
			FloorClient.StreamTurn turn = this.client.streamTurn(this.thread, prompt);
			return new long[] { turn.deltas(), turn.firstDeltaNanos(), turn.lastDeltaNanos(), 0 };
		}

		@Override
		public void close() {
			if (this.client != null) {
				this.client.close();
				this.client = null;
			}
		}

	}

}
