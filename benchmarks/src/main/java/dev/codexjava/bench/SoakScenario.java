package dev.codexjava.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnResult;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

/**
 * The soak: many streamed turns on the real binary and the in-JVM mock model, from {@code workers} Java threads over
 * one app-server process, each worker with its own {@link CodexThread} (replaced by a fresh one every
 * {@code rotateEvery} turns, so no conversation grows without bound). Every {@code interval} it samples turns done,
 * errors, the JVM's RSS, heap (used, and used after {@code System.gc()}), JVM threads, open file descriptors, child
 * processes and the app-server's RSS; at the end it judges whether the run was error-free and flat after warm-up
 * (see {@link #verdict()}). The mock records every request, so it is {@linkplain MockModel#reset() reset} at each
 * sample: its recordings are not the SDK's memory.
 */
final class SoakScenario {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** The mock's answer, streamed as these deltas; the final text is their concatenation. */
	static final List<String> DELTAS = List.of("Soak ", "answer ", "in ", "five ", "deltas.");

	static final String ANSWER = String.join("", DELTAS);

	/** Heap after GC: a leak is a slope above this (B/turn) whose fitted growth over the window also exceeds... */
	static final double HEAP_SLOPE_BYTES_PER_TURN = 100;

	/** ...this much (B): post-GC heap readings jitter by a few hundred KiB between samples. */
	static final double HEAP_NOISE_BYTES = 1 << 20;

	/** JVM RSS: a leak is a slope above this (B/turn) whose fitted growth over the window also exceeds... */
	static final double RSS_SLOPE_BYTES_PER_TURN = 1024;

	/** ...this much (B): RSS moves with the collector's heap sizing and malloc arenas by some MiB. */
	static final double RSS_NOISE_BYTES = 16 << 20;

	/** Errors after which the run stops early (the verdict is failed anyway). */
	static final int MAX_ERRORS = 100;

	/** How many error messages are kept. */
	static final int KEPT_ERRORS = 5;

	/**
	 * What the soak does.
	 * @param turns turns in total
	 * @param workers Java threads running turns at once, each on its own {@link CodexThread}
	 * @param rotateEvery turns on one {@link CodexThread} before the worker starts a fresh one
	 * @param interval time between samples
	 * @param name {@code full} or {@code smoke}
	 */
	record Options(int turns, int workers, int rotateEvery, Duration interval, String name) {

		static Options full() {
			return new Options(10_000, 16, 50, Duration.ofSeconds(5), "full");
		}

		static Options smoke() {
			return new Options(200, 16, 6, Duration.ofMillis(500), "smoke");
		}

		Options withTurns(int value) {
			return new Options(value, this.workers, this.rotateEvery, this.interval, this.name);
		}

		Options withWorkers(int value) {
			return new Options(this.turns, value, this.rotateEvery, this.interval, this.name);
		}

		Options withRotateEvery(int value) {
			return new Options(this.turns, this.workers, value, this.interval, this.name);
		}

		Options withInterval(Duration value) {
			return new Options(this.turns, this.workers, this.rotateEvery, value, this.name);
		}

	}

	/**
	 * One sample.
	 * @param seconds since the first turn was started
	 * @param turns turns finished without error
	 * @param errors failed turns (and failed thread starts)
	 * @param turnsPerSecond turns finished since the previous sample, per second
	 * @param rssKb the JVM's resident set (VmRSS)
	 * @param heapUsed used heap before the GC (B)
	 * @param heapAfterGc used heap right after {@code System.gc()} (B)
	 * @param jvmThreads live JVM threads
	 * @param mockThreads of which the in-JVM mock model's (its HTTP server and handler pool)
	 * @param workerThreads of which the soak's workers
	 * @param sdkThreads of which the SDK's ({@code codex-*}: reader, stderr, a cached worker pool, a timer)
	 * @param poolThreads of which the SDK's cached worker pool ({@code codex-N-worker-*}; idle threads end after
	 * 60 s)
	 * @param fds open file descriptors of the JVM
	 * @param socketFds of which sockets (the mock's connections; the SDK talks to the app-server over pipes)
	 * @param children live child processes of the JVM (the app-server)
	 * @param descendants live descendant processes (the app-server's own children included)
	 * @param serverRssKb the app-server's resident set
	 * @param serverThreads the app-server's OS threads
	 * @param loadedThreads conversations the app-server holds loaded ({@code thread/loaded/list})
	 * @param activeTurns turns the SDK tracks as running
	 * @param load1 1-minute load average
	 * @param otherFdKinds the descriptors other than sockets by kind ({@code pipe}, {@code anon_inode:[eventpoll]},
	 * a file's path): names what a failed descriptor check saw
	 * @param ownThreadKinds the threads counted by {@link #ownThreads()}, by name with digits replaced by {@code #}:
	 * names what a failed thread check saw
	 */
	record Sample(double seconds, long turns, long errors, double turnsPerSecond, long rssKb, long heapUsed,
			long heapAfterGc, int jvmThreads, int mockThreads, int workerThreads, int sdkThreads, int poolThreads, int fds, int socketFds, int children, int descendants,
			long serverRssKb, int serverThreads, int loadedThreads, int activeTurns, double load1, Map<String, Integer> otherFdKinds,
			Map<String, Integer> ownThreadKinds) {

		/**
		 * JVM threads other than the in-JVM mock model's (whose pool grows and shrinks with the load), the soak's own
		 * workers (which end one by one at the end of the run) and the SDK's cached worker pool: the SDK's fixed
		 * threads (reader, stderr, timer) and the JVM's.
		 */
		int ownThreads() {
			return this.jvmThreads - this.mockThreads - this.workerThreads - this.poolThreads;
		}

		/** Descriptors other than sockets (the sockets are the mock's HTTP connections from the app-server). */
		int otherFds() {
			return this.fds - this.socketFds;
		}

	}

	/**
	 * One line of the verdict.
	 * @param name what is judged
	 * @param rule when it passes
	 * @param measured what was measured
	 * @param ok whether it passed
	 */
	record Check(String name, String rule, String measured, boolean ok) {
	}

	private final BenchContext ctx;

	final Options options;

	final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());

	/** Before the mock and the client were started, and after both were closed. */
	Sample baseline;

	Sample afterClose;

	/** After the last turn, with the client still open (waits up to 15 s for the app-server's children to end). */
	Sample idle;

	final List<String> errorMessages = Collections.synchronizedList(new ArrayList<>());

	final AtomicLong done = new AtomicLong();

	final AtomicLong errors = new AtomicLong();

	final AtomicLong threadsStarted = new AtomicLong();

	long serverPid = -1;

	int serverRestarts;

	double seconds;

	String loadStart;

	String loadEnd;

	SoakScenario(BenchContext ctx, Options options) {
		this.ctx = ctx;
		this.options = options;
	}

	// ------------------------------------------------------------------ the run

	void run() throws Exception {
		// a short run first, closed again: classes loaded (their jars stay open), code compiled; the baseline is
		// taken after it, so "after close" compares like with like
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.defaultResponse(MockResponse.streamed(ANSWER, DELTAS));
			try (Codex codex = Codex.start(config(home))) {
				CodexThread thread = codex.startThread(BenchContext.THREAD);
				for (int i = 0; i < 5; i++) {
					streamedTurn(thread);
				}
			}
		}
		this.baseline = settled(null);
		this.loadStart = Machine.loadAverages();
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.defaultResponse(MockResponse.streamed(ANSWER, DELTAS));
			try (Codex codex = Codex.start(config(home))) {
				this.serverPid = codex.pid().orElse(-1);
				soak(codex, model);
			}
		}
		this.afterClose = settled(this.baseline);
		this.loadEnd = Machine.loadAverages();
	}

	private CodexConfig config(MockCodexHome home) {
		return this.ctx.config(home, this.ctx.workDir()).toBuilder().turnTimeout(Duration.ofSeconds(60)).build();
	}

	private void soak(Codex codex, MockModel model) throws InterruptedException {
		Options o = this.options;
		AtomicLong claimed = new AtomicLong();
		AtomicBoolean stop = new AtomicBoolean();
		CountDownLatch finished = new CountDownLatch(o.workers());
		List<Thread> workers = new ArrayList<>();
		long start = System.nanoTime();
		for (int w = 0; w < o.workers(); w++) {
			Thread worker = new Thread(() -> {
				try {
					work(codex, claimed, stop, start);
				}
				finally {
					finished.countDown();
				}
			}, "soak-worker-" + w);
			worker.setDaemon(true);
			workers.add(worker);
		}
		workers.forEach(Thread::start);
		long lastTurns = 0;
		long lastNanos = start;
		int index = 0;
		while (true) {
			boolean end = finished.await(o.interval().toMillis(), TimeUnit.MILLISECONDS);
			long now = System.nanoTime();
			long turns = this.done.get();
			double tps = (turns - lastTurns) / ((now - lastNanos) / 1e9);
			lastTurns = turns;
			lastNanos = now;
			model.reset();
			Sample s = sample((now - start) / 1e9, turns, this.errors.get(), tps, codex, this.serverPid);
			this.samples.add(s);
			print(index++, s);
			long pid = codex.pid().orElse(-1);
			if (pid != this.serverPid) {
				this.serverRestarts++;
				this.serverPid = pid;
			}
			if (end) {
				break;
			}
			if (now - start > TimeUnit.MINUTES.toNanos(Math.max(10, o.turns() / 5))) {
				stop.set(true);
				recordError("the soak did not finish in time; stopped after " + turns + " turns");
			}
		}
		this.seconds = (System.nanoTime() - start) / 1e9;
		for (Thread worker : workers) {
			worker.join(TimeUnit.SECONDS.toMillis(90));
		}
		// idle: the app-server's own short-lived children (a login shell per new conversation, for its shell
		// snapshot) should be gone
		Sample idle = null;
		for (int i = 0; i < 150; i++) {
			idle = sample((System.nanoTime() - start) / 1e9, this.done.get(), this.errors.get(), 0, codex,
					this.serverPid);
			if (idle.descendants() <= 1) {
				break;
			}
			Thread.sleep(100);
		}
		this.idle = idle;
	}

	private void work(Codex codex, AtomicLong claimed, AtomicBoolean stop, long start) {
		CodexThread thread = null;
		int onThread = 0;
		while (!stop.get() && claimed.getAndIncrement() < this.options.turns()) {
			try {
				if (thread == null || onThread >= this.options.rotateEvery()) {
					thread = codex.startThread(BenchContext.THREAD);
					this.threadsStarted.incrementAndGet();
					onThread = 0;
				}
				onThread++;
				streamedTurn(thread);
				this.done.incrementAndGet();
			}
			catch (Throwable ex) {
				recordError(String.format(Locale.ROOT, "%.1f s, %s: %s", (System.nanoTime() - start) / 1e9,
						Thread.currentThread().getName(), ex));
				thread = null;
				if (this.errors.incrementAndGet() >= MAX_ERRORS) {
					stop.set(true);
				}
			}
		}
	}

	private void recordError(String message) {
		synchronized (this.errorMessages) {
			if (this.errorMessages.size() < KEPT_ERRORS) {
				this.errorMessages.add(message);
			}
		}
	}

	/** One turn consumed through {@link TurnHandle#stream()} to its end; throws if anything was off. */
	static void streamedTurn(CodexThread thread) {
		TurnHandle handle = thread.turn(BenchContext.PROMPT);
		StringBuilder text = new StringBuilder();
		int deltas = 0;
		TurnResult result = null;
		int afterCompleted = 0;
		try (Stream<TurnEvent> events = handle.stream()) {
			for (TurnEvent event : (Iterable<TurnEvent>) events::iterator) {
				if (result != null) {
					afterCompleted++;
				}
				else if (event instanceof TurnEvent.AgentMessageDelta d) {
					text.append(d.delta());
					deltas++;
				}
				else if (event instanceof TurnEvent.EventsDropped d) {
					throw new IllegalStateException("turn " + handle.id() + ": " + d.droppedDeltas() + " deltas dropped");
				}
				else if (event instanceof TurnEvent.Completed c) {
					result = c.result();
				}
			}
		}
		if (result == null) {
			throw new IllegalStateException("turn " + handle.id() + ": stream ended without TurnEvent.Completed");
		}
		if (afterCompleted > 0) {
			throw new IllegalStateException("turn " + handle.id() + ": " + afterCompleted + " events after Completed");
		}
		if (!result.isCompleted()) {
			throw new IllegalStateException("turn " + handle.id() + " did not complete: " + result.status() + " "
					+ result.error());
		}
		if (deltas != DELTAS.size() || !ANSWER.contentEquals(text) || !ANSWER.equals(result.finalResponse())) {
			throw new IllegalStateException("turn " + handle.id() + ": " + deltas + " deltas \"" + text
					+ "\", final response \"" + result.finalResponse() + "\", expected " + DELTAS.size() + " deltas \""
					+ ANSWER + "\"");
		}
		if (!result.id().equals(handle.id()) || !result.threadId().equals(thread.id())) {
			throw new IllegalStateException("turn " + handle.id() + " on " + thread.id() + " got the result of turn "
					+ result.id() + " on " + result.threadId());
		}
	}

	/** With nothing running: waits up to 10 s for threads and descriptors to fall to {@code target} (if given). */
	private Sample settled(Sample target) throws InterruptedException {
		Sample s = null;
		for (int i = 0; i < 100; i++) {
			System.gc();
			s = sample(this.seconds, this.done.get(), this.errors.get(), 0, null, -1);
			if (s.descendants() == 0 && (target == null && i >= 10 || target != null
					&& s.jvmThreads() <= target.jvmThreads() && s.fds() <= target.fds())) {
				break;
			}
			Thread.sleep(100);
		}
		return s;
	}

	// ------------------------------------------------------------------ sampling

	private static Sample sample(double seconds, long turns, long errors, double tps, Codex codex, long serverPid) {
		long heapUsed = MEMORY.getHeapMemoryUsage().getUsed();
		System.gc();
		long heapAfterGc = MEMORY.getHeapMemoryUsage().getUsed();
		int children = (int) ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
		int descendants = (int) ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();
		Fds fds = fds();
		return new Sample(seconds, turns, errors, tps, statusKb("self", "VmRSS:"), heapUsed, heapAfterGc,
				THREADS.getThreadCount(), threads("codex-mock-model-", "HTTP-Dispatcher"), threads("soak-worker-"),
				threads("codex-") - threads("codex-mock-model-"), poolThreads(), fds.total(), fds.sockets(), children, descendants,
				(serverPid > 0) ? statusKb(serverPid + "", "VmRSS:") : -1,
				(serverPid > 0) ? (int) statusKb(serverPid + "", "Threads:") : -1, loadedThreads(codex),
				(codex != null) ? codex.activeTurns() : 0, Machine.load1(), fds.others(), ownThreadKinds());
	}

	/** A numeric field of /proc/PID/status (kB for sizes), or -1. */
	static long statusKb(String pid, String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
				if (line.startsWith(field)) {
					return Long.parseLong(line.substring(field.length()).replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux, or the process is gone
		}
		return -1;
	}

	/**
	 * Entries of /proc/self/fd when read (the listing's own descriptor included, the same at every sample).
	 * @param total all entries still open when read; -1 where there is no /proc
	 * @param sockets of which sockets
	 * @param others the rest by kind: pipes and anonymous inodes by their type, files by path
	 */
	record Fds(int total, int sockets, Map<String, Integer> others) {
	}

	static Fds fds() {
		try (Stream<Path> list = Files.list(Path.of("/proc/self/fd"))) {
			int[] counts = new int[2];
			Map<String, Integer> others = new java.util.TreeMap<>();
			list.forEach((fd) -> {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					counts[0]++;
					if (target.startsWith("socket:")) {
						counts[1]++;
					}
					else {
						others.merge(target.replaceFirst("^(pipe):\\[\\d+\\]$", "$1"), 1, Integer::sum);
					}
				}
				catch (IOException | RuntimeException ex) {
					// closed between the listing and the read (a mock connection ending): counted as neither, so
					// a closing socket is not taken for another kind of descriptor
				}
			});
			return new Fds(counts[0], counts[1], others);
		}
		catch (IOException | RuntimeException ex) {
			return new Fds(-1, 0, Map.of());
		}
	}

	/** Live threads of the SDK's cached worker pools ({@code codex-N-worker-M}). */
	static int poolThreads() {
		int count = 0;
		for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
			if (info != null && info.getThreadName().matches("codex-\\d+-worker-\\d+")) {
				count++;
			}
		}
		return count;
	}

	/** Live threads whose names start with one of {@code prefixes}. */
	/**
	 * The threads {@link Sample#ownThreads()} counts (not the mock's, the workers' or the SDK's pool), by name with
	 * digits replaced by {@code #}.
	 */
	static Map<String, Integer> ownThreadKinds() {
		Map<String, Integer> kinds = new java.util.TreeMap<>();
		for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
			if (info == null) {
				continue;
			}
			String name = info.getThreadName();
			if (name.startsWith("codex-mock-model-") || name.startsWith("HTTP-Dispatcher")
					|| name.startsWith("soak-worker-") || name.matches("codex-\\d+-worker-\\d+")) {
				continue;
			}
			kinds.merge(name.replaceAll("\\d+", "#"), 1, Integer::sum);
		}
		return kinds;
	}

	static int threads(String... prefixes) {
		int count = 0;
		for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
			if (info != null) {
				for (String prefix : prefixes) {
					if (info.getThreadName().startsWith(prefix)) {
						count++;
						break;
					}
				}
			}
		}
		return count;
	}

	/** How many conversations the app-server has loaded, or -1. */
	private static int loadedThreads(Codex codex) {
		if (codex == null) {
			return -1;
		}
		try {
			int count = 0;
			String cursor = null;
			do {
				JsonNode page = codex.request("thread/loaded/list",
						(cursor != null) ? Map.of("cursor", cursor, "limit", 1000) : Map.of("limit", 1000));
				count += page.path("data").size();
				JsonNode next = page.path("nextCursor");
				cursor = (next.isString() && !next.asString().isEmpty()) ? next.asString() : null;
			}
			while (cursor != null);
			return count;
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	static String header() {
		return String.format(Locale.ROOT, "%7s %6s %6s %7s %7s %8s %7s %17s %9s %5s %7s %9s %7s %6s %6s %5s",
				"t [s]", "turns", "errors", "turns/s", "RSS MiB", "heap MiB", "heap GC", "thr(mk,wk,sdk,pl)", "fds(sock)",
				"child", "descend", "srv RSS", "srv thr", "loaded", "active", "load");
	}

	static String row(Sample s) {
		return String.format(Locale.ROOT, "%7.1f %6d %6d %7.1f %7.1f %8.1f %7.1f %17s %9s %5d %7d %9.1f %7d %6d %6d "
				+ "%5.2f", s.seconds(), s.turns(), s.errors(), s.turnsPerSecond(), s.rssKb() / 1024.0,
				mib(s.heapUsed()), mib(s.heapAfterGc()),
				s.jvmThreads() + "(" + s.mockThreads() + "," + s.workerThreads() + "," + s.sdkThreads() + ","
						+ s.poolThreads() + ")",
				s.fds() + "(" + s.socketFds() + ")", s.children(), s.descendants(),
				(s.serverRssKb() >= 0) ? s.serverRssKb() / 1024.0 : Double.NaN, s.serverThreads(), s.loadedThreads(),
				s.activeTurns(), s.load1());
	}

	private void print(int index, Sample s) {
		if (index == 0) {
			System.out.println("   " + header());
		}
		System.out.println("   " + row(s));
	}

	static double mib(long bytes) {
		return bytes / 1024.0 / 1024.0;
	}

	// ------------------------------------------------------------------ verdict

	/** The samples the verdict judges: those taken once half of the turns were done (warm-up is the first half). */
	List<Sample> window() {
		List<Sample> all = List.copyOf(this.samples);
		List<Sample> window = all.stream().filter((s) -> s.turns() >= this.options.turns() / 2).toList();
		if (window.size() < 3 && all.size() >= 3) {
			window = all.subList(all.size() - 3, all.size());
		}
		return window;
	}

	/** The samples before the window (warm-up). */
	List<Sample> warmUp() {
		List<Sample> window = window();
		List<Sample> all = List.copyOf(this.samples);
		return all.subList(0, all.size() - window.size());
	}

	/**
	 * Zero errors; after warm-up (the second half of the turns) no growth: the least-squares slopes of the heap after
	 * GC and of the JVM's RSS over turns stay under their thresholds (or their fitted growth over the window stays
	 * within the measurement noise); threads (other than the mock's, the workers' and the SDK's cached pool) and
	 * descriptors without sockets are, once idle, not above their warm-up peak (see {@link #idleRule}); the pool never
	 * holds more threads than turns in flight; the app-server is the one child and is never replaced, no turn is left
	 * tracked; after closing, threads and descriptors are back to where they were before the start and no child
	 * process is left.
	 */
	List<Check> verdict() {
		List<Check> checks = new ArrayList<>();
		List<Sample> window = window();
		List<Sample> warm = warmUp();
		long turnsDone = this.done.get();
		checks.add(new Check("errors", "0", this.errors.get() + " (" + turnsDone + " of " + this.options.turns()
				+ " turns done)", this.errors.get() == 0 && turnsDone == this.options.turns()));
		double[] x = window.stream().mapToDouble(Sample::turns).toArray();
		double span = (x.length > 0) ? x[x.length - 1] - x[0] : 0;
		double heapSlope = Stats.slope(x, window.stream().mapToDouble(Sample::heapAfterGc).toArray());
		checks.add(new Check("heap after GC, slope over the window",
				String.format(Locale.ROOT, "≤ %.0f B/turn or fitted growth ≤ %.0f KiB", HEAP_SLOPE_BYTES_PER_TURN,
						HEAP_NOISE_BYTES / 1024),
				String.format(Locale.ROOT, "%+.1f B/turn (%+.0f KiB over %.0f turns)", heapSlope,
						heapSlope * span / 1024, span),
				heapSlope <= HEAP_SLOPE_BYTES_PER_TURN || heapSlope * span <= HEAP_NOISE_BYTES));
		double rssSlope = Stats.slope(x, window.stream().mapToDouble((s) -> s.rssKb() * 1024.0).toArray());
		checks.add(new Check("JVM RSS, slope over the window",
				String.format(Locale.ROOT, "≤ %.0f B/turn or fitted growth ≤ %.0f MiB", RSS_SLOPE_BYTES_PER_TURN,
						RSS_NOISE_BYTES / 1024 / 1024),
				String.format(Locale.ROOT, "%+.1f B/turn (%+.1f MiB over %.0f turns)", rssSlope,
						rssSlope * span / 1024 / 1024, span),
				rssSlope <= RSS_SLOPE_BYTES_PER_TURN || rssSlope * span <= RSS_NOISE_BYTES));
		checks.add(idleRule("JVM threads without the mock's, the workers and the SDK's pool", TRANSIENT_THREADS, warm,
				window, Sample::ownThreads, Sample::ownThreadKinds));
		int poolMax = window.stream().mapToInt(Sample::poolThreads).max().orElse(-1);
		checks.add(new Check("SDK worker pool threads (cached pool)",
				"never more than the turns in flight (" + this.options.workers() + ")",
				window.stream().mapToInt(Sample::poolThreads).min().orElse(-1) + "–" + poolMax,
				poolMax <= this.options.workers()));
		checks.add(idleRule("open descriptors without sockets", TRANSIENT_FDS, warm, window, Sample::otherFds,
				Sample::otherFdKinds));
		int minChildren = all(Sample::children).min().orElse(-1);
		int maxChildren = all(Sample::children).max().orElse(-1);
		checks.add(new Check("child processes", "exactly 1 (the app-server) at every sample, never replaced",
				((minChildren == maxChildren) ? String.valueOf(minChildren) : minChildren + "–" + maxChildren)
						+ ", replaced " + this.serverRestarts + "×",
				minChildren == 1 && maxChildren == 1 && this.serverRestarts == 0));
		Sample i = this.idle;
		checks.add(new Check("idle after the last turn: turns tracked, descendants", "0 turns, 1 process",
				(i != null) ? i.activeTurns() + " turns, " + i.descendants() + " process(es)" : "?",
				i != null && i.activeTurns() == 0 && i.descendants() == 1));
		Sample b = this.baseline;
		Sample a = this.afterClose;
		checks.add(new Check("after close: threads, descriptors, processes",
				"≤ the baseline (after a warm-up client was closed), 0",
				String.format(Locale.ROOT, "threads %d (baseline %d), fds %d (baseline %d), processes %d",
						a.jvmThreads(), b.jvmThreads(), a.fds(), b.fds(), a.descendants()),
				a.jvmThreads() <= b.jvmThreads() && a.fds() <= b.fds() && a.descendants() == 0));
		return checks;
	}

	private java.util.stream.IntStream all(java.util.function.ToIntFunction<Sample> value) {
		return List.copyOf(this.samples).stream().mapToInt(value);
	}

	/** Short-lived descriptors a sample may catch on top of the warm-up peak (see {@link #idleRule}). */
	static final int TRANSIENT_FDS = 2;

	/** Short-lived JVM threads a sample may catch on top of the warm-up peak (see {@link #idleRule}). */
	static final int TRANSIENT_THREADS = 2;

	/**
	 * Descriptors or threads: once idle after the last turn, not above the warm-up peak (a leak of even one per
	 * hundred turns ends above it); while turns run, at most {@code transientAllowance} above it, since a sample can
	 * catch a descriptor or a thread that lives for a moment (a CI smoke once saw one descriptor more, once two JVM
	 * threads more, back at the peak in the next sample). A failure names the kinds above their warm-up peak.
	 */
	private Check idleRule(String name, int transientAllowance, List<Sample> warm, List<Sample> window,
			java.util.function.ToIntFunction<Sample> value,
			java.util.function.Function<Sample, Map<String, Integer>> kinds) {
		int warmMax = warm.stream().mapToInt(value).max().orElse(Integer.MAX_VALUE);
		int min = window.stream().mapToInt(value).min().orElse(-1);
		int max = window.stream().mapToInt(value).max().orElse(-1);
		Sample i = this.idle;
		int idleValue = (i != null) ? value.applyAsInt(i) : -1;
		boolean ok = i != null && idleValue <= warmMax && max <= warmMax + transientAllowance;
		String measured = String.format(Locale.ROOT, "%d–%d, idle %d (warm-up peak %s)", min, max, idleValue,
				(warmMax == Integer.MAX_VALUE) ? "?" : warmMax);
		if (max > warmMax || idleValue > warmMax) {
			Map<String, Integer> warmPeak = new java.util.TreeMap<>();
			warm.forEach((s) -> kinds.apply(s).forEach((kind, n) -> warmPeak.merge(kind, n, Math::max)));
			Map<String, String> above = new java.util.TreeMap<>();
			List<Sample> judged = new ArrayList<>(window);
			if (i != null) {
				judged.add(i);
			}
			for (Sample s : judged) {
				kinds.apply(s).forEach((kind, n) -> {
					if (n > warmPeak.getOrDefault(kind, 0)) {
						above.merge(kind, String.format(Locale.ROOT, "%d at %.1f s", n, s.seconds()),
								(a, b) -> a + ", " + b);
					}
				});
			}
			measured += "; above their warm-up peak: " + above;
		}
		return new Check(name,
				"idle: never above the warm-up peak; while running: at most " + transientAllowance + " above it",
				measured, ok);
	}

	boolean passed() {
		return verdict().stream().allMatch(Check::ok);
	}

	/** The app-server's RSS slope over the window (B/turn): reported, not judged (it is the binary's memory). */
	double serverRssSlope() {
		List<Sample> window = window();
		return Stats.slope(window.stream().mapToDouble(Sample::turns).toArray(),
				window.stream().mapToDouble((s) -> s.serverRssKb() * 1024.0).toArray());
	}

}
