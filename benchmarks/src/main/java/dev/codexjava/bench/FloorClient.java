package dev.codexjava.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor: the least a Java client can do to drive {@code codex app-server}. It spawns the process, writes JSON
 * lines built by string concatenation, reads lines and looks for {@code turn/completed} with a substring test. No
 * JSON parsing, no routing (beyond the one substring the concurrent scenario needs to know whose turn ended), no
 * typing, no collection. The SDK is measured against it, side by side, on the same binary and mock model.
 *
 * <p>Its {@link #main} is also the reference implementation of the external-client contract
 * ({@code benchmarks/README.md}): run it as {@code java -cp benchmarks/target/benchmarks.jar
 * dev.codexjava.bench.FloorClient} under the harness's {@code --external} option.
 */
public final class FloorClient implements FloorSession {

	static final String TURN_COMPLETED = "\"method\":\"turn/completed\"";

	static final String DELTA = "\"method\":\"item/agentMessage/delta\"";

	private final Process process;

	private final OutputStream stdin;

	private final BufferedReader stdout;

	private final AtomicInteger ids = new AtomicInteger();

	private final Object writeLock = new Object();

	private Thread reader;

	/** Over a started process (its pipes); {@link #start} and {@link #spawn} start one. */
	FloorClient(Process process) {
		this.process = process;
		this.stdin = process.getOutputStream();
		this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8),
				64 * 1024);
	}

	/** Spawns {@code codex app-server} and completes the handshake ({@code initialize} + {@code initialized}). */
	public static FloorClient start(Path binary, Path codexHome, Path workDir) {
		FloorClient client = spawn(binary, codexHome, workDir);
		try {
			int id = client.ids.incrementAndGet();
			client.send("{\"id\":" + id + ",\"method\":\"initialize\",\"params\":{\"clientInfo\":{\"name\":"
					+ "\"codex_java_floor\",\"title\":\"floor\",\"version\":\"0\"},"
					+ "\"capabilities\":{\"experimentalApi\":false}}}");
			client.awaitResponse(id);
			client.send("{\"method\":\"initialized\"}");
			return client;
		}
		catch (RuntimeException ex) {
			client.close();
			throw ex;
		}
	}

	/**
	 * Spawns {@code codex app-server} without the handshake: the process and its pipes alone, for a client that writes
	 * and reads the lines its own way ({@link JacksonFloorClient}).
	 */
	static FloorClient spawn(Path binary, Path codexHome, Path workDir) {
		ProcessBuilder builder = new ProcessBuilder(binary.toString(), "app-server", "--listen", "stdio://")
			.directory(workDir.toFile())
			.redirectError(ProcessBuilder.Redirect.appendTo(codexHome.resolve("floor-stderr.log").toFile()));
		builder.environment().put("CODEX_HOME", codexHome.toString());
		try {
			return new FloorClient(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts an ephemeral thread and returns its id (the first {@code "id"} inside {@code "thread":{}). */
	public String startThread() {
		int id = this.ids.incrementAndGet();
		send("{\"id\":" + id + ",\"method\":\"thread/start\",\"params\":{\"ephemeral\":true}}");
		return threadIdOf(awaitResponse(id));
	}

	/** The thread id of a {@code thread/start} response line: the first {@code "id"} inside {@code "thread":{}. */
	static String threadIdOf(String line) {
		int thread = line.indexOf("\"thread\":{");
		int key = line.indexOf("\"id\":\"", thread);
		if (thread < 0 || key < 0) {
			throw new IllegalStateException("thread/start answered without a thread id: " + line);
		}
		int start = key + 6;
		return line.substring(start, line.indexOf('"', start));
	}

	/** Sends {@code turn/start} (the response and every notification are read by whoever reads). */
	public void sendTurn(String threadId, String prompt) {
		int id = this.ids.incrementAndGet();
		send("{\"id\":" + id + ",\"method\":\"turn/start\",\"params\":{\"threadId\":\"" + threadId
				+ "\",\"input\":[{\"type\":\"text\",\"text\":\"" + prompt + "\"}]}}");
	}

	/** One turn: sends it and reads lines until {@code turn/completed}. Single-threaded use only. */
	public void runTurn(String threadId, String prompt) {
		sendTurn(threadId, prompt);
		String line;
		do {
			line = readLine();
		}
		while (!line.contains(TURN_COMPLETED));
	}

	/** What one streamed turn looked like from the floor. */
	public record StreamTurn(long deltas, long firstDeltaNanos, long lastDeltaNanos, long endNanos) {
	}

	/** One turn, counting {@code item/agentMessage/delta} lines and timing the first and last. */
	public StreamTurn streamTurn(String threadId, String prompt) {
		sendTurn(threadId, prompt);
		long deltas = 0;
		long first = 0;
		long last = 0;
		while (true) {
			String line = readLine();
			if (line.contains(DELTA)) {
				last = System.nanoTime();
				if (deltas++ == 0) {
					first = last;
				}
			}
			else if (line.contains(TURN_COMPLETED)) {
				return new StreamTurn(deltas, first, last, System.nanoTime());
			}
		}
	}

	/**
	 * Concurrent turns over this one process: {@code threads} threads each run {@code turnsPerThread} turns, one at a
	 * time, on their own app-server thread. One reader thread finds each {@code turn/completed} and releases the
	 * thread whose id it carries. Returns the wall time in nanoseconds from the common start to the last completion.
	 */
	public long concurrentTurns(List<String> threadIds, int turnsPerThread, String prompt) throws InterruptedException {
		Map<String, Semaphore> done = new ConcurrentHashMap<>();
		for (String id : threadIds) {
			done.put(id, new Semaphore(0));
		}
		Thread readLoop = new Thread(() -> {
			int remaining = threadIds.size() * turnsPerThread;
			while (remaining > 0) {
				String line = readLine();
				if (line.contains(TURN_COMPLETED)) {
					int key = line.indexOf("\"threadId\":\"");
					int start = key + 12;
					Semaphore s = done.get(line.substring(start, line.indexOf('"', start)));
					if (s != null) {
						s.release();
						remaining--;
					}
				}
			}
		}, "floor-reader");
		readLoop.setDaemon(true);
		this.reader = readLoop;
		readLoop.start();
		CountDownLatch go = new CountDownLatch(1);
		CountDownLatch finished = new CountDownLatch(threadIds.size());
		List<Thread> workers = new ArrayList<>();
		for (String id : threadIds) {
			Thread worker = new Thread(() -> {
				try {
					go.await();
					Semaphore mine = done.get(id);
					for (int i = 0; i < turnsPerThread; i++) {
						sendTurn(id, prompt);
						if (!mine.tryAcquire(120, TimeUnit.SECONDS)) {
							throw new IllegalStateException("floor turn on " + id + " did not complete in 120 s");
						}
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					finished.countDown();
				}
			}, "floor-worker");
			worker.setDaemon(true);
			workers.add(worker);
			worker.start();
		}
		long start = System.nanoTime();
		go.countDown();
		if (!finished.await(300, TimeUnit.SECONDS)) {
			throw new IllegalStateException("floor concurrent turns did not finish in 300 s");
		}
		long wall = System.nanoTime() - start;
		readLoop.join(5_000);
		this.reader = null;
		return wall;
	}

	void send(String line) {
		byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
		synchronized (this.writeLock) {
			try {
				this.stdin.write(bytes);
				this.stdin.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** Writes one line: {@code json} (UTF-8, without a line break) and the line break. */
	void send(byte[] json) {
		synchronized (this.writeLock) {
			try {
				this.stdin.write(json);
				this.stdin.write('\n');
				this.stdin.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	String readLine() {
		try {
			String line = this.stdout.readLine();
			if (line == null) {
				throw new IllegalStateException("codex app-server closed its output (exit "
						+ (this.process.isAlive() ? "?" : this.process.exitValue()) + ")");
			}
			return line;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads until the response to {@code id}: success is {@code {"id":N,"result":..}}, errors end in {@code "id":N}}. */
	String awaitResponse(int id) {
		String success = "{\"id\":" + id + ",";
		String failure = "\"id\":" + id + "}";
		while (true) {
			String line = readLine();
			if (line.startsWith(success)) {
				return line;
			}
			if (line.startsWith("{\"error\"") && line.endsWith(failure)) {
				throw new IllegalStateException("request " + id + " failed: " + line);
			}
		}
	}

	/** The child's pid. */
	public long pid() {
		return this.process.pid();
	}

	/** Closes stdin (the app-server then exits), waits up to 5 s, then kills it and anything it started. */
	@Override
	public void close() {
		List<ProcessHandle> descendants = this.process.descendants().toList();
		try {
			this.stdin.close();
		}
		catch (IOException ex) {
			// already gone
		}
		try {
			if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
		descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		try {
			this.stdout.close();
		}
		catch (IOException ex) {
			// ignore
		}
	}

	// ------------------------------------------------------------------ the external-client contract

	/**
	 * Runs one scenario as an external client (see {@code benchmarks/README.md}) and prints one JSON line of
	 * measurements on stdout.
	 */
	public static void main(String[] args) throws Exception {
		String scenario = env("CODEX_BENCH_SCENARIO", null);
		Path binary = Path.of(env("CODEX_BIN", null));
		Path home = Path.of(env("CODEX_HOME", null));
		Path work = Path.of(env("CODEX_BENCH_WORKDIR", System.getProperty("user.dir")));
		String prompt = env("CODEX_BENCH_PROMPT", "Say ok");
		int warmup = Integer.parseInt(env("CODEX_BENCH_WARMUP", "0"));
		StringBuilder json = new StringBuilder("{\"client\":\"floor (java, external)\",\"scenario\":\"" + scenario
				+ "\"");
		switch (scenario) {
			case "ready" -> {
				int repeat = Integer.parseInt(env("CODEX_BENCH_REPEAT", "5"));
				List<Double> ready = new ArrayList<>();
				for (int i = 0; i < warmup + repeat; i++) {
					long t0 = System.nanoTime();
					try (FloorClient client = start(binary, home, work)) {
						if (i >= warmup) {
							ready.add((System.nanoTime() - t0) / 1e6);
						}
					}
				}
				json.append(",\"ready_ms\":").append(array(ready));
			}
			case "turn" -> {
				int turns = Integer.parseInt(env("CODEX_BENCH_TURNS", "50"));
				List<Double> latencies = new ArrayList<>();
				try (FloorClient client = start(binary, home, work)) {
					String thread = client.startThread();
					for (int i = 0; i < warmup + turns; i++) {
						long t0 = System.nanoTime();
						client.runTurn(thread, prompt);
						if (i >= warmup) {
							latencies.add((System.nanoTime() - t0) / 1e6);
						}
					}
				}
				json.append(",\"latencies_ms\":").append(array(latencies));
			}
			case "stream" -> {
				int repeat = Integer.parseInt(env("CODEX_BENCH_REPEAT", "1"));
				StringBuilder runs = new StringBuilder("[");
				try (FloorClient client = start(binary, home, work)) {
					String thread = client.startThread();
					for (int i = 0; i < warmup + repeat; i++) {
						long cpu0 = processCpuNanos();
						long t0 = System.nanoTime();
						StreamTurn turn = client.streamTurn(thread, prompt);
						long wall = System.nanoTime() - t0;
						long cpu = processCpuNanos() - cpu0;
						if (i < warmup) {
							continue;
						}
						double seconds = (turn.lastDeltaNanos() - turn.firstDeltaNanos()) / 1e9;
						runs.append((runs.length() > 1) ? "," : "")
							.append("{\"events\":")
							.append(turn.deltas())
							.append(",\"events_per_sec\":")
							.append((seconds > 0) ? (turn.deltas() - 1) / seconds : 0)
							.append(",\"cpu_ms\":")
							.append(cpu / 1e6)
							.append(",\"wall_ms\":")
							.append(wall / 1e6)
							.append('}');
					}
				}
				json.append(",\"runs\":").append(runs).append(']');
			}
			case "concurrency" -> {
				int threads = Integer.parseInt(env("CODEX_BENCH_THREADS", "16"));
				int perThread = Integer.parseInt(env("CODEX_BENCH_TURNS_PER_THREAD", "5"));
				int repeat = Integer.parseInt(env("CODEX_BENCH_REPEAT", "1"));
				StringBuilder runs = new StringBuilder("[");
				for (int r = 0; r < warmup + repeat; r++) {
					try (FloorClient client = start(binary, home, work)) {
						List<String> ids = new ArrayList<>();
						for (int i = 0; i < threads; i++) {
							ids.add(client.startThread());
						}
						long wall = client.concurrentTurns(ids, perThread, prompt);
						if (r >= warmup) {
							runs.append((runs.length() > 1) ? "," : "")
								.append("{\"wall_ms\":")
								.append(wall / 1e6)
								.append(",\"turns\":")
								.append(threads * perThread)
								.append('}');
						}
					}
				}
				json.append(",\"runs\":").append(runs).append(']');
			}
			default -> {
				System.err.println("unknown scenario " + scenario);
				System.exit(2);
			}
		}
		System.out.println(json.append('}'));
	}

	/** This JVM's own CPU time (the child's is not included). */
	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			if (fallback == null) {
				System.err.println("missing environment variable " + name);
				System.exit(2);
			}
			return fallback;
		}
		return value;
	}

	private static String array(List<Double> values) {
		StringBuilder sb = new StringBuilder("[");
		for (int i = 0; i < values.size(); i++) {
			sb.append((i > 0) ? "," : "").append(String.format(java.util.Locale.ROOT, "%.3f", values.get(i)));
		}
		return sb.append(']').toString();
	}

}
