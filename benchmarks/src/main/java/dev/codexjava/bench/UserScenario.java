package dev.codexjava.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

/**
 * The {@code user} scenario: what a user's process pays. Every client is a separate process started fresh for each
 * measurement ({@link UserClient} {@code sdk} and {@code floor} in a JVM with default flags, on the default
 * {@code java} and on JDK 25 where present; the official Python SDK through {@code benchmarks/python/
 * codex_user_client.py} where {@code .python-sdk/} holds it; any {@code --user-client} command), driven over a line
 * protocol. The harness reads the client process's CPU (utime + stime: all its threads, GC and JIT included) from
 * {@code /proc/PID/stat} at each command's edges, its peak RSS ({@code VmHWM}) at the end, and the busy share of
 * other processes over the run (a noisy run is done again). The mock model runs in the harness, one per run, the
 * binary is the pinned one for all; clients are interleaved (the order rotates every repetition).
 */
final class UserScenario {

	/** How much the scenario does. */
	/**
	 * Warm-up turns before the warm streamed turns: 1 (the "a 50,000-delta warm-up turn"); more only to
	 * diagnose how much of the warm figure is the JIT's work at the first turn boundary (the report says so).
	 */
	private static final int WARMUP_STREAMS = Integer.getInteger("bench.user.warmupStreams", 1);

	record UserSizes(int coldTurns, int warmupTurns, int warmTurns, int coldDeltas, int warmupDeltas, int warmDeltas,
			int warmStreams, int longDeltas, int reps, int attempts, double noiseLimit) {

		static UserSizes of(Sizes sizes) {
			double limit = Double.parseDouble(System.getProperty("bench.noise", "0.15"));
			return switch (sizes.name()) {
				case "smoke" -> new UserSizes(3, 2, 3, 300, 300, 200, 1, 600, 1, 1, limit);
				case "medium" -> new UserSizes(50, 300, 200, 20_000, 50_000, 20_000, 2, 100_000, 1, 2, limit);
				// (bench.user.warmupTurns: a diagnosis of how far the JIT is from settled after 300; the report says it)
				default -> new UserSizes(50, Integer.getInteger("bench.user.warmupTurns", 300), 200, 20_000, 50_000,
						20_000, 3, 100_000,
						Integer.getInteger("bench.user.reps", 3), Integer.getInteger("bench.user.attempts", 2), limit);
			};
		}

	}

	/** One client: a command that speaks the protocol. */
	record Client(String id, String label, List<String> command, Map<String, String> env, boolean java) {
	}

	/** One metric's row. */
	record Metric(String id, String title, String unit, String format) {
	}

	static final List<Metric> METRICS = List.of(
			new Metric("cpuDeltaWarm", "client CPU per streamed delta, after a 50,000-delta warm-up turn", "µs", "%.1f"),
			new Metric("jitDeltaWarm", "of which the JIT compilers' threads (C1 + C2), same streamed turns", "µs",
					"%.1f"),
			new Metric("rateWarm", "streamed deltas/s, same turns", "/s", "%.0f"),
			new Metric("cpuTurnWarm", "client CPU per trivial turn, after 300 warm-up turns", "ms", "%.2f"),
			new Metric("jitTurnWarm", "of which the JIT compilers' threads (C1 + C2), same trivial turns", "ms",
					"%.2f"),
			new Metric("cpuTurnCold", "client CPU per trivial turn, first 50 turns of a fresh process", "ms", "%.2f"),
			new Metric("cpuDeltaCold", "client CPU per delta, first streamed turn (20k deltas) of a fresh process", "µs",
					"%.1f"),
			new Metric("rateCold", "streamed deltas/s, that first turn", "/s", "%.0f"),
			new Metric("rss20k", "peak RSS (VmHWM), fresh process, one 20k-delta turn", "MB", "%.0f"),
			new Metric("rss100k", "peak RSS (VmHWM), fresh process, one 100k-delta turn", "MB", "%.0f"),
			new Metric("rssTurns", "peak RSS (VmHWM), after the 550 trivial turns", "MB", "%.0f"),
			new Metric("allocDelta", "allocation per streamed delta (warm; whole JVM)", "B", "%.0f"),
			new Metric("allocTurn", "allocation per trivial turn (warm; whole JVM)", "KB", "%.1f"),
			new Metric("startFirst", "first start (Codex.start / spawn + handshake) in a fresh process", "ms", "%.0f"),
			new Metric("startLater", "a later start in the same process", "ms", "%.0f"));

	/** The label of {@link JacksonFloorClient}'s column (id {@code jfloorNN}). */
	static final String JACKSON_FLOOR = "floor + Jackson";

	private final BenchContext ctx;

	private final UserSizes sizes;

	private final List<Client> extraClients;

	/** client id → metric id → one value per run. */
	final Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();

	/** Runs done, with their noise. */
	final List<String> runLog = new ArrayList<>();

	final List<String> notes = new ArrayList<>();

	/** Runs that failed (a client crashed or answered {@code err}): the scenario fails after the table. */
	final List<String> failures = new ArrayList<>();

	/** Attempts done again because the SDK dropped deltas (its consumer starved by the machine's load). */
	private int droppedRetries;

	final List<Client> clients = new ArrayList<>();

	int noisyRetries;

	int noisyKept;

	UserScenario(BenchContext ctx, List<Client> extraClients) {
		this.ctx = ctx;
		this.sizes = UserSizes.of(ctx.sizes);
		if (WARMUP_STREAMS != 1 && !ctx.smoke()) {
			this.notes.add("Warm streamed deltas measured after " + WARMUP_STREAMS + " warm-up turns of "
					+ this.sizes.warmupDeltas() + " deltas (-Dbench.user.warmupStreams), not the one the row's title "
					+ "and the goal name.");
		}
		if (this.sizes.warmupTurns() != 300 && !ctx.smoke()) {
			this.notes.add("Warm trivial turns measured after " + this.sizes.warmupTurns()
					+ " warm-up turns (-Dbench.user.warmupTurns), not the 300 the row's title and the goal name.");
		}
		this.extraClients = extraClients;
	}

	// ------------------------------------------------------------------ clients

	void discoverClients() {
		String cp = BenchMain.ownClassPath();
		String defaultJava = BenchMain.javaExecutable();
		int feature = Runtime.version().feature();
		this.clients.add(javaClient("floor" + feature, "floor (JDK " + feature + ")", defaultJava, cp, "floor"));
		this.clients.add(javaClient("jfloor" + feature, JACKSON_FLOOR + " (JDK " + feature + ")", defaultJava, cp,
				"jfloor"));
		this.clients.add(javaClient("sdk" + feature, "this SDK (JDK " + feature + ")", defaultJava, cp, "sdk"));
		if (!this.ctx.smoke() || !System.getProperty("bench.user.clients", "").isBlank()) {
			Path jdk25 = Path.of(System.getProperty("bench.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java");
			if (feature != 25 && Files.isExecutable(jdk25)) {
				this.clients.add(javaClient("floor25", "floor (JDK 25)", jdk25.toString(), cp, "floor"));
				this.clients.add(javaClient("jfloor25", JACKSON_FLOOR + " (JDK 25)", jdk25.toString(), cp, "jfloor"));
				this.clients.add(javaClient("sdk25", "this SDK (JDK 25)", jdk25.toString(), cp, "sdk"));
			}
			else if (feature != 25) {
				this.notes.add("JDK 25 not found at " + jdk25 + " (-Dbench.jdk25=DIR): its columns are left out.");
			}
		}
		Client python = pythonClient();
		if (python != null) {
			this.clients.add(python);
		}
		this.clients.addAll(this.extraClients);
		String only = System.getProperty("bench.user.clients", "");
		if (!only.isBlank()) {
			List<String> ids = List.of(only.split(","));
			this.clients.removeIf((c) -> !ids.contains(c.id()));
		}
		if (this.clients.stream().anyMatch((c) -> c.id().startsWith("jfloor"))) {
			this.notes.add(JACKSON_FLOOR + ": the floor reading every line into a Jackson 3 tree (JsonMapper with "
					+ "defaults, readTree) and writing every request with the mapper; what any client bound to Jackson 3 "
					+ "pays. The goals stay judged against the raw floor; the goals table shows the same figures for "
					+ JACKSON_FLOOR + " against the raw floor, and the SDK's against " + JACKSON_FLOOR + ", for "
					+ "information.");
		}
	}

	private static Client javaClient(String id, String label, String java, String cp, String kind) {
		// default flags: nothing but the class path; -Dbench.user.sdkJvmArgs (for profiling only) adds to the SDK's,
		// -Dbench.user.clientJvmArgs to every Java client's (the floors' too)
		List<String> command = new ArrayList<>(List.of(java));
		String extra = System.getProperty("bench.user.sdkJvmArgs", "");
		if ("sdk".equals(kind) && !extra.isBlank()) {
			command.addAll(List.of(extra.strip().split("\\s+")));
		}
		String all = System.getProperty("bench.user.clientJvmArgs", "");
		if (!all.isBlank()) {
			command.addAll(List.of(all.strip().split("\\s+")));
		}
		command.addAll(List.of("-cp", cp, UserClient.class.getName(), kind));
		return new Client(id, label, List.copyOf(command), Map.of(), true);
	}

	/** The Python SDK's client, or null (with a note) when the SDK or the adapter is absent. */
	private Client pythonClient() {
		Path adapter = find(System.getProperty("bench.python.adapter", "benchmarks/python/codex_user_client.py"));
		Path sdk = find(System.getProperty("bench.python.sdk", ".python-sdk/src"));
		String python = System.getProperty("bench.python", "python3");
		if (adapter == null) {
			this.notes.add("Python SDK column skipped: benchmarks/python/codex_user_client.py not found (run from the "
					+ "repository root).");
			return null;
		}
		Map<String, String> env = new LinkedHashMap<>();
		if (sdk != null) {
			env.put("PYTHONPATH", sdk.toAbsolutePath().toString());
		}
		String version = probe(python, env);
		if (version == null) {
			this.notes.add("Python SDK column skipped: `import openai_codex` fails (" + python + "; PYTHONPATH "
					+ env.getOrDefault("PYTHONPATH", "unset") + "). Run scripts/fetch-python-sdk.sh to place it in "
					+ ".python-sdk/.");
			return null;
		}
		this.notes.add("Python SDK: " + version + " (" + (sdk != null ? sdk : "site-packages") + ").");
		return new Client("python", "Python SDK", List.of(python, adapter.toAbsolutePath().toString()), env, false);
	}

	private static String probe(String python, Map<String, String> env) {
		try {
			ProcessBuilder pb = new ProcessBuilder(python, "-c",
					"import sys, openai_codex, pydantic; print('openai_codex', getattr(openai_codex, '__version__', '?'),"
							+ " '/ python', sys.version.split()[0], '/ pydantic', pydantic.VERSION)")
				.redirectErrorStream(true);
			pb.environment().putAll(env);
			Process p = pb.start();
			p.getOutputStream().close();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (!p.waitFor(60, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				return null;
			}
			return (p.exitValue() == 0) ? out : null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static Path find(String relative) {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve(relative);
			if (Files.exists(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		return null;
	}

	// ------------------------------------------------------------------ runs

	/** Runs every workload for every client, interleaved; fills {@link #values}. */
	void run() throws Exception {
		discoverClients();
		List<String> workloads = new ArrayList<>(List.of("turns", "coldStream", "warmStream", "longStream"));
		String only = System.getProperty("bench.user.workloads", "");
		if (!only.isBlank()) {
			workloads.retainAll(List.of(only.split(",")));
		}
		for (int rep = 0; rep < this.sizes.reps(); rep++) {
			for (String workload : workloads) {
				for (int k = 0; k < this.clients.size(); k++) {
					Client client = this.clients.get((k + rep) % this.clients.size());
					runQuiet(client, workload, rep);
				}
			}
		}
	}

	/** One workload on one fresh client process, done again (up to the attempts) while other load was too high. */
	private void runQuiet(Client client, String workload, int rep) throws Exception {
		Map<String, Double> best = null;
		double bestNoise = Double.MAX_VALUE;
		for (int attempt = 1; attempt <= this.sizes.attempts(); attempt++) {
			Map<String, Double> result = new LinkedHashMap<>();
			double noise;
			try {
				noise = runOnce(client, workload, result);
			}
			catch (DeltasDropped ex) {
				// the consumer was starved (by the machine's load) long enough for the SDK's bounded stream buffer to
				// fill: like a noisy run, done again; the last attempt's drop fails the run
				if (attempt < this.sizes.attempts()) {
					String line = String.format(Locale.ROOT, "rep %d %-11s %-24s attempt %d: dropped deltas, done again: %s",
							rep + 1, workload, client.label(), attempt, ex.getMessage());
					this.runLog.add(line);
					this.droppedRetries++;
					System.out.println("   " + line);
					continue;
				}
				String line = String.format(Locale.ROOT, "rep %d %-11s %-24s attempt %d: FAILED %s", rep + 1, workload,
						client.label(), attempt, ex.getMessage());
				this.runLog.add(line);
				this.failures.add(line);
				System.out.println("   " + line);
				return;
			}
			catch (ClientStalled ex) {
				// a hung client (killed when its session closes): noted, done again while attempts remain, then failed
				String line = String.format(Locale.ROOT, "rep %d %-11s %-24s attempt %d: HUNG %s", rep + 1, workload,
						client.label(), attempt, ex.getMessage());
				this.runLog.add(line);
				System.out.println("   " + line);
				if (attempt < this.sizes.attempts()) {
					continue;
				}
				this.failures.add(line);
				return;
			}
			catch (RuntimeException ex) {
				// one client's failure must not lose the others' figures; the run fails at the end
				String line = String.format(Locale.ROOT, "rep %d %-11s %-24s attempt %d: FAILED %s", rep + 1, workload,
						client.label(), attempt, ex.getMessage());
				this.runLog.add(line);
				this.failures.add(line);
				System.out.println("   " + line);
				return;
			}
			String line = String.format(Locale.ROOT, "rep %d %-11s %-24s attempt %d: other load %.0f%% of the machine%s",
					rep + 1, workload, client.label(), attempt, noise * 100,
					(noise > this.sizes.noiseLimit()) ? " (noisy)" : "");
			this.runLog.add(line);
			System.out.println("   " + line + " " + brief(result));
			if (best == null || noise < bestNoise) {
				best = result;
				bestNoise = noise;
			}
			if (!(noise > this.sizes.noiseLimit())) {
				break;
			}
			if (attempt < this.sizes.attempts()) {
				this.noisyRetries++;
			}
			else {
				this.noisyKept++;
			}
		}
		Map<String, List<Double>> mine = this.values.computeIfAbsent(client.id(), (k) -> new LinkedHashMap<>());
		best.forEach((k, v) -> mine.computeIfAbsent(k, (x) -> new ArrayList<>()).add(v));
		mine.computeIfAbsent("noise." + workload, (x) -> new ArrayList<>()).add(bestNoise);
	}

	private static String brief(Map<String, Double> result) {
		StringBuilder sb = new StringBuilder();
		result.forEach((k, v) -> sb.append(k).append('=').append(String.format(Locale.ROOT, "%.4g", v)).append(' '));
		return sb.toString().strip();
	}

	/** Runs one workload on a fresh process; puts its figures in {@code result}; returns the other-load share. */
	private double runOnce(Client client, String workload, Map<String, Double> result) throws Exception {
		UserSizes s = this.sizes;
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.defaultResponse(MockResponse.text("ok"));
			Path work = this.ctx.workDir();
			ProcessBuilder builder = new ProcessBuilder(client.command());
			Path log = home.path().resolve("client-stderr.log");
			builder.redirectError(log.toFile());
			Map<String, String> env = builder.environment();
			env.putAll(client.env());
			env.put("CODEX_BIN", this.ctx.binary.toString());
			env.put("CODEX_HOME", home.path().toString());
			env.put("CODEX_BENCH_WORKDIR", work.toString());
			env.put("CODEX_BENCH_PROMPT", BenchContext.PROMPT);
			Process process = builder.start();
			try (Session session = new Session(process, log)) {
				ProcStat.Noise noise = new ProcStat.Noise(process.pid());
				String[] start = session.call("start");
				result.put("startFirst", Double.parseDouble(start[1]));
				switch (workload) {
					case "turns" -> {
						profile(process, "start", workload, "cold");
						long c0 = session.cpu();
						session.call("turns " + s.coldTurns());
						result.put("cpuTurnCold", ticksToMs(session.cpu() - c0) / s.coldTurns());
						profile(process, "stop", workload, "cold");
						session.call("turns " + s.warmupTurns());
						profile(process, "start", workload, "warm");
						ThreadCpuSplit split = ThreadCpuSplit.begin(process.pid());
						c0 = session.cpu();
						String[] warm = session.call("turns " + s.warmTurns());
						profile(process, "stop", workload, "warm");
						result.put("cpuTurnWarm", ticksToMs(session.cpu() - c0) / s.warmTurns());
						split.end();
						result.put("jitTurnWarm", ticksToMs(split.compilerTicks()) / s.warmTurns());
						if (ThreadCpuSplit.printed()) {
							System.out.println("   threads, warm turns: "
									+ split.describe(s.warmTurns(), "ms/turn", s.warmTurns()));
						}
						alloc(result, "allocTurn", warm[2], s.warmTurns() * 1024.0);
						result.put("rssTurns", session.peakRssMb());
						noise.sample();
						String[] later = session.call("restart");
						result.put("startLater", Double.parseDouble(later[1]));
					}
					case "coldStream" -> {
						model.defaultResponse(MockResponse.deltas(s.coldDeltas(), "x"));
						profile(process, "start", workload, "cold");
						long c0 = session.cpu();
						String[] r = session.call("stream " + s.coldDeltas());
						profile(process, "stop", workload, "cold");
						checkDeltas(r, s.coldDeltas());
						result.put("cpuDeltaCold", ticksToMs(session.cpu() - c0) * 1000 / s.coldDeltas());
						result.put("rateCold", Double.parseDouble(r[4]));
						result.put("rss20k", session.peakRssMb());
					}
					case "warmStream" -> {
						model.defaultResponse(MockResponse.deltas(s.warmupDeltas(), "x"));
						for (int i = 0; i < WARMUP_STREAMS; i++) {
							checkDeltas(session.call("stream " + s.warmupDeltas()), s.warmupDeltas());
						}
						model.defaultResponse(MockResponse.deltas(s.warmDeltas(), "x"));
						profile(process, "start", workload, "warm");
						ThreadCpuSplit split = ThreadCpuSplit.begin(process.pid());
						long c0 = session.cpu();
						double alloc = 0;
						List<Double> rates = new ArrayList<>();
						for (int i = 0; i < s.warmStreams(); i++) {
							String[] r = session.call("stream " + s.warmDeltas());
							checkDeltas(r, s.warmDeltas());
							rates.add(Double.parseDouble(r[4]));
							alloc = (alloc < 0 || Long.parseLong(r[2]) < 0) ? -1 : alloc + Long.parseLong(r[2]);
						}
						profile(process, "stop", workload, "warm");
						long deltas = (long) s.warmStreams() * s.warmDeltas();
						result.put("cpuDeltaWarm", ticksToMs(session.cpu() - c0) * 1000 / deltas);
						split.end();
						result.put("jitDeltaWarm", ticksToMs(split.compilerTicks()) * 1000 / deltas);
						if (ThreadCpuSplit.printed()) {
							System.out.println("   threads, warm stream: "
									+ split.describe(deltas / 1000.0, "µs/delta", deltas));
						}
						result.put("rateWarm", Stats.of(rates).median());
						alloc(result, "allocDelta", String.valueOf((long) alloc), deltas);
					}
					case "longStream" -> {
						model.defaultResponse(MockResponse.deltas(s.longDeltas(), "x"));
						checkDeltas(session.call("stream " + s.longDeltas()), s.longDeltas());
						result.put("rss100k", session.peakRssMb());
					}
					default -> throw new IllegalArgumentException(workload);
				}
				double other = noise.otherShare();
				session.call("quit");
				return Double.isNaN(other) ? 0 : other;
			}
		}
	}

	/**
	 * For profiling only: with {@code -Dbench.user.profileAgent=/path/libasyncProfiler.so} (and optionally
	 * {@code -Dbench.user.profileArgs=event=cpu,interval=1ms}), attaches async-profiler to a Java client for one
	 * measured phase alone ({@code jcmd PID JVMTI.agent_load}): the warm one, or with
	 * {@code -Dbench.user.profilePhase=cold} the first turns / the first streamed turn of the fresh process, writing
	 * collapsed stacks to {@code /tmp/user-profile-WORKLOAD-PID.txt} ({@code -Dbench.user.profileOutArgs=ann,} adds the
	 * profiler's output options, here: frames marked interpreted, C1 or C2). Off by default.
	 */
	private static void profile(Process process, String action, String workload, String phase) {
		String agent = System.getProperty("bench.user.profileAgent", "");
		if (agent.isBlank() || !phase.equals(System.getProperty("bench.user.profilePhase", "warm"))) {
			return;
		}
		String options = "start".equals(action)
				? "start," + System.getProperty("bench.user.profileArgs", "event=itimer,interval=1ms") + ",threads"
				: "stop,collapsed," + System.getProperty("bench.user.profileOutArgs", "") + "file=/tmp/user-profile-"
						+ workload + "-" + process.pid() + ".txt";
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		// quoted: jcmd's argument parser would split the options at '='
		Machine.run(jcmd.toString(), String.valueOf(process.pid()), "JVMTI.agent_load", agent, '"' + options + '"');
	}

	private static void alloc(Map<String, Double> result, String key, String bytes, double per) {
		long b = Long.parseLong(bytes);
		if (b >= 0) {
			result.put(key, b / per);
		}
	}

	private static void checkDeltas(String[] answer, int expected) {
		// DELTAS counts what reached the consumer; an optional sixth field counts what the client was told it lost
		long dropped = (answer.length > 5) ? Long.parseLong(answer[5]) : 0;
		if (Long.parseLong(answer[3]) != expected) {
			String message = "expected " + expected + " deltas, the client saw " + answer[3];
			if (dropped > 0 && Long.parseLong(answer[3]) + dropped == expected) {
				throw new DeltasDropped(message + " (" + dropped
						+ " dropped by a full stream buffer, announced by EventsDropped: the consumer fell behind)");
			}
			throw new IllegalStateException(message);
		}
	}

	/** Seconds without any CPU of a client waiting for its answer after which it counts as hung. */
	static final long STALL_SECONDS = Long.getLong("bench.user.stallSeconds", 60);

	/** A client that used no CPU for {@link #STALL_SECONDS} while the harness waited for its answer: it is hung. */
	static final class ClientStalled extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		ClientStalled(String message) {
			super(message);
		}

	}

	/** A streamed turn whose missing deltas the SDK announced as dropped (its stream buffer was full). */
	static final class DeltasDropped extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		DeltasDropped(String message) {
			super(message);
		}

	}

	private static double ticksToMs(long ticks) {
		return ticks * 1000 / ProcStat.HZ;
	}

	/** A client process and its protocol; closing it ends the process (and anything it left). */
	private static final class Session implements AutoCloseable {

		private final Process process;

		private final OutputStream stdin;

		private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		private final Path log;

		Session(Process process, Path log) {
			LIVE.add(process);
			this.process = process;
			this.stdin = process.getOutputStream();
			this.log = log;
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					String line;
					while ((line = in.readLine()) != null) {
						if (line.startsWith("ok") || line.startsWith("err")) {
							this.lines.add(line);
						}
					}
				}
				catch (IOException ex) {
					// the process ended
				}
				this.lines.add("eof");
			}, "user-client-reader");
			reader.setDaemon(true);
			reader.start();
		}

		String[] call(String command) throws Exception {
			this.stdin.write((command + "\n").getBytes(StandardCharsets.UTF_8));
			this.stdin.flush();
			ProgressWatch watch = new ProgressWatch(this::cpu, System::nanoTime, STALL_SECONDS * 1_000_000_000L);
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
			String line = null;
			while (line == null && System.nanoTime() < deadline) {
				line = this.lines.poll(1, TimeUnit.SECONDS);
				if (line == null && watch.stalled()) {
					// e.g. the Python SDK 9316acf9b waiting forever for a turn/completed it dropped
					throw new ClientStalled(String.format(Locale.ROOT,
							"client made no progress (no CPU) for %.0f s after '%s'; killed; stderr tail: %s",
							watch.stillSeconds(), command, tail()));
				}
			}
			if (line == null || !line.startsWith("ok")) {
				throw new IllegalStateException("client answered " + line + " to '" + command + "'; stderr tail: "
						+ tail());
			}
			return line.split(" ");
		}

		long cpu() {
			return ProcStat.cpuTicks(this.process.pid());
		}

		double peakRssMb() {
			return ProcStat.peakRssKb(this.process.pid()) / 1024.0;
		}

		private String tail() {
			try {
				List<String> all = Files.readAllLines(this.log);
				return String.join(" | ", all.subList(Math.max(0, all.size() - 15), all.size()));
			}
			catch (IOException | RuntimeException ex) {
				return "?";
			}
		}

		@Override
		public void close() throws InterruptedException {
			List<ProcessHandle> descendants = this.process.descendants().toList();
			try {
				this.stdin.close();
			}
			catch (IOException ex) {
				// gone
			}
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
			descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
			LIVE.remove(this.process);
		}

	}

	/** Client processes not yet closed: ended (with their descendants) if the harness itself is stopped. */
	private static final java.util.Set<Process> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach((p) -> {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
		}), "user-clients-cleanup"));
	}

	// ------------------------------------------------------------------ the table

	double median(String client, String metric) {
		List<Double> v = this.values.getOrDefault(client, Map.of()).get(metric);
		return (v == null || v.isEmpty()) ? Double.NaN : Stats.of(v).median();
	}

	private Client byPrefix(String prefix) {
		for (Client c : this.clients) {
			if (c.id().startsWith(prefix) && !c.id().equals(prefix + "25")) {
				return c;
			}
		}
		return null;
	}

	/** The goals of issue 12 for one SDK column against its floor (and the Python SDK where present). */
	List<String[]> verdicts(String sdk, String floor) {
		List<String[]> rows = new ArrayList<>();
		double py = median("python", "cpuDeltaWarm");
		double cpuDelta = median(sdk, "cpuDeltaWarm");
		rows.add(goal("CPU per delta (warm) ≤ 1.3× floor", cpuDelta / median(floor, "cpuDeltaWarm"), 1.3, true));
		if (!Double.isNaN(py)) {
			rows.add(goal("CPU per delta (warm) ≤ 0.5× Python SDK", cpuDelta / py, 0.5, true));
		}
		rows.add(goal("deltas/s (warm) ≥ 0.98× floor", median(sdk, "rateWarm") / median(floor, "rateWarm"), 0.98,
				false));
		rows.add(goal("CPU per trivial turn (warm) ≤ 1.5× floor",
				median(sdk, "cpuTurnWarm") / median(floor, "cpuTurnWarm"), 1.5, true));
		double pyCold = median("python", "cpuTurnCold");
		if (!Double.isNaN(pyCold)) {
			rows.add(goal("CPU per trivial turn (first 50) ≤ Python SDK", median(sdk, "cpuTurnCold") / pyCold, 1.0,
					true));
		}
		double over20 = median(sdk, "rss20k") - median(floor, "rss20k");
		double over100 = median(sdk, "rss100k") - median(floor, "rss100k");
		rows.add(new String[] { "peak RSS ≤ floor + 16 MB (20k / 100k-delta turn)",
				String.format(Locale.ROOT, "%+.0f / %+.0f MB", over20, over100),
				verdict(Math.max(over20, over100) <= 16) });
		rows.add(goal("peak RSS flat: 100k-delta turn ≤ 1.1× the 20k one",
				median(sdk, "rss100k") / median(sdk, "rss20k"), 1.1, true));
		double allocDelta = median(sdk, "allocDelta");
		rows.add(new String[] { "allocation per streamed delta ≤ 256 B",
				String.format(Locale.ROOT, "%.0f B", allocDelta), verdict(allocDelta <= 256) });
		double allocTurn = median(sdk, "allocTurn");
		rows.add(new String[] { "allocation per trivial turn ≤ 16 KB", String.format(Locale.ROOT, "%.1f KB", allocTurn),
				verdict(allocTurn <= 16) });
		rows.add(goal("first start ≤ 1.3× a later one", median(sdk, "startFirst") / median(sdk, "startLater"), 1.3,
				true));
		return rows;
	}

	private static String[] goal(String text, double ratio, double limit, boolean atMost) {
		if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
			// a figure missing, or zero ticks of CPU (a smoke-sized run)
			return new String[] { text, "–", "–" };
		}
		boolean met = atMost ? ratio <= limit : ratio >= limit;
		return new String[] { text, String.format(Locale.ROOT, "%.2f×", ratio), verdict(met) };
	}

	private static String verdict(boolean met) {
		return met ? "met" : "**missed**";
	}

	/** The user-visible table (markdown): one column per client, medians over the runs. */
	String table() {
		StringBuilder sb = new StringBuilder();
		sb.append("| figure (median of ").append(this.sizes.reps()).append(" fresh process").append(
				this.sizes.reps() > 1 ? "es" : "").append(" each) |");
		for (Client c : this.clients) {
			sb.append(' ').append(c.label()).append(" |");
		}
		Client sdk = byPrefix("sdk");
		Client floor = byPrefix("floor");
		Client jackson = measuredJacksonFloor();
		boolean python = this.values.containsKey("python");
		sb.append(" SDK/floor |")
			.append(python ? " SDK/Python |" : "")
			.append((jackson != null) ? " SDK/" + JACKSON_FLOOR + " |" : "")
			.append('\n');
		sb.append("|---|");
		sb.append("---|".repeat(this.clients.size() + 1 + (python ? 1 : 0) + ((jackson != null) ? 1 : 0)))
			.append('\n');
		for (Metric m : METRICS) {
			sb.append("| ").append(m.title()).append(" (").append(m.unit()).append(") |");
			for (Client c : this.clients) {
				double v = median(c.id(), m.id());
				List<Double> all = this.values.getOrDefault(c.id(), Map.of()).getOrDefault(m.id(), List.of());
				sb.append(' ').append(Double.isNaN(v) ? "–" : Stats.fmt(m.format(), v));
				if (all.size() > 1) {
					sb.append(" <sub>").append(Stats.fmt(m.format(), Stats.of(all).min())).append("–")
						.append(Stats.fmt(m.format(), Stats.of(all).max())).append("</sub>");
				}
				sb.append(" |");
			}
			sb.append(' ').append(ratioText(sdk, floor, m.id())).append(" |");
			if (python) {
				sb.append(' ').append(ratioText(sdk, new Client("python", "", List.of(), Map.of(), false), m.id()))
					.append(" |");
			}
			if (jackson != null) {
				sb.append(' ').append(ratioText(sdk, jackson, m.id())).append(" |");
			}
			sb.append('\n');
		}
		return sb.toString();
	}

	private String ratioText(Client a, Client b, String metric) {
		if (a == null || b == null) {
			return "–";
		}
		double r = median(a.id(), metric) / median(b.id(), metric);
		return Double.isNaN(r) || Double.isInfinite(r) ? "–" : String.format(Locale.ROOT, "%.2f×", r);
	}

	/**
	 * The goals table (JDK of the harness; JDK 25 beside it when measured), judged against the raw floor. When the
	 * {@link #JACKSON_FLOOR} column was measured, two columns for information follow: the goals' figures of that
	 * client itself against the raw floor (what a client bound to Jackson 3 can meet), and the SDK's figures against
	 * it instead of the raw floor (for the goals relative to the floor).
	 */
	String goals() {
		Client sdk = byPrefix("sdk");
		Client floor = byPrefix("floor");
		if (sdk == null || floor == null) {
			return "";
		}
		List<String[]> main = verdicts(sdk.id(), floor.id());
		boolean has25 = this.values.containsKey("sdk25") && this.values.containsKey("floor25");
		List<String[]> j25 = has25 ? verdicts("sdk25", "floor25") : null;
		Client jackson = measuredJacksonFloor();
		List<String[]> jacksonItself = (jackson != null) ? verdicts(jackson.id(), floor.id()) : null;
		List<String[]> sdkVsJackson = (jackson != null) ? verdicts(sdk.id(), jackson.id()) : null;
		StringBuilder sb = new StringBuilder("| goal (issue 12) | " + sdk.label() + " | verdict |"
				+ (has25 ? " this SDK (JDK 25, vs floor JDK 25) | verdict |" : "")
				+ ((jackson != null) ? " " + jackson.label() + " itself, vs floor (informative) | SDK vs "
						+ JACKSON_FLOOR + " (informative) |" : "")
				+ "\n|---|---|---|" + (has25 ? "---|---|" : "") + ((jackson != null) ? "---|---|" : "") + "\n");
		for (int i = 0; i < main.size(); i++) {
			String[] r = main.get(i);
			sb.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |");
			if (has25) {
				sb.append(' ').append(j25.get(i)[1]).append(" | ").append(j25.get(i)[2]).append(" |");
			}
			if (jackson != null) {
				String[] itself = jacksonItself.get(i);
				sb.append(' ').append(itself[1]);
				if (!"–".equals(itself[2])) {
					sb.append(" (").append(itself[2].replace("*", "")).append(')');
				}
				// only the goals relative to the floor change with the column they are taken against
				sb.append(" | ").append(r[0].contains("floor") ? sdkVsJackson.get(i)[1] : "–").append(" |");
			}
			sb.append('\n');
		}
		return sb.toString();
	}

	/** The {@link #JACKSON_FLOOR} client on the harness's JDK when it has figures, or null. */
	private Client measuredJacksonFloor() {
		Client jackson = byPrefix("jfloor");
		return (jackson != null && this.values.containsKey(jackson.id())) ? jackson : null;
	}

	/** Noise: what was re-run and kept. */
	String noiseText() {
		return String.format(Locale.ROOT, "Noise: a run where other processes took more than %.0f%% of the machine "
				+ "(/proc/stat busy time minus this harness, the client and its descendants) was done again, up to %d "
				+ "attempts; %d runs were repeated for noise, %d kept noisy (the quietest attempt) after %d attempts; "
				+ "%d runs were repeated because the SDK dropped deltas (its stream buffer full: the consumer starved; "
				+ "announced by EventsDropped, never counted as received).",
				this.sizes.noiseLimit() * 100, this.sizes.attempts(), this.noisyRetries, this.noisyKept,
				this.sizes.attempts(), this.droppedRetries);
	}

	/** Writes user.md and user.json into {@code out}. */
	void write(Path out, Map<String, String> machine, String command) throws IOException {
		Files.createDirectories(out);
		StringBuilder md = new StringBuilder("# What users pay: each client a fresh process (user scenario)\n\n");
		md.append(table()).append('\n').append(goals()).append('\n');
		md.append(noiseText()).append("\n\n");
		this.notes.forEach((n) -> md.append("- ").append(n).append('\n'));
		md.append("\nRuns:\n\n```\n");
		this.runLog.forEach((l) -> md.append(l).append('\n'));
		md.append("```\n\nMachine:\n\n");
		machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
		md.append("\nCommand: `").append(command).append("`\n");
		Files.writeString(out.resolve("user.md"), md.toString());
		StringBuilder json = new StringBuilder("{\"clients\":{");
		boolean firstClient = true;
		for (Map.Entry<String, Map<String, List<Double>>> c : this.values.entrySet()) {
			json.append(firstClient ? "" : ",").append('"').append(c.getKey()).append("\":{");
			firstClient = false;
			boolean firstMetric = true;
			for (Map.Entry<String, List<Double>> m : c.getValue().entrySet()) {
				json.append(firstMetric ? "" : ",").append('"').append(m.getKey()).append("\":[");
				firstMetric = false;
				for (int i = 0; i < m.getValue().size(); i++) {
					json.append(i > 0 ? "," : "").append(String.format(Locale.ROOT, "%.6g", m.getValue().get(i)));
				}
				json.append(']');
			}
			json.append('}');
		}
		json.append("}}\n");
		Files.writeString(out.resolve("user.json"), json.toString());
	}

}
