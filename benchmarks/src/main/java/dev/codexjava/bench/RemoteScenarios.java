package dev.codexjava.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexListener;
import dev.codexjava.client.CodexServer;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.SupervisionPolicy;
import dev.codexjava.client.TurnResult;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

/**
 * Remote app-servers and pools (issue 10, "Measured"): the ws:// transport against stdio on the same binary,
 * reconnect time after a server restart, and turns/s of a pool of 1, 2 and 4 app-servers. The "floor" column of
 * these figures is the baseline named in each title (stdio, the server's own start, the pool of one).
 */
final class RemoteScenarios {

	/** The supervision policy of the reconnect scenario: 100 ms × 1.5 up to 500 ms, never giving up. */
	static final SupervisionPolicy RECONNECT_POLICY = new SupervisionPolicy(true, 10_000, Duration.ofMinutes(1),
			Duration.ofMillis(100), 1.5, Duration.ofMillis(500));

	/** How much each of these scenarios does at each size. */
	record RemoteSizes(int turnWarmup, int turns, int deltas, int streamWarmupDeltas, int streamReps, int reconnects,
			List<Integer> poolSizes, int poolThreads, int poolTurnsPerThread, int poolReps) {

		static RemoteSizes of(Sizes sizes) {
			return switch (sizes.name()) {
				case "smoke" -> new RemoteSizes(2, 5, 500, 100, 1, 1, List.of(1, 2), 2, 1, 1);
				case "medium" -> new RemoteSizes(30, 100, 20_000, 5_000, 3, 10, List.of(1, 2, 4), 32, 5, 2);
				default -> new RemoteSizes(50, 200, 20_000, 20_000, 7, 10, List.of(1, 2, 4), 32, 5, 3);
			};
		}

	}

	/** {@code -Dbench.pool=standin}: N separate clients instead of the SDK's pool. */
	static final boolean STAND_IN = "standin".equals(System.getProperty("bench.pool"));

	private final BenchContext ctx;

	private final RemoteSizes sizes;

	/** Breakdown and model text for the notes. */
	final List<String> notes = new ArrayList<>();

	RemoteScenarios(BenchContext ctx) {
		this.ctx = ctx;
		this.sizes = RemoteSizes.of(ctx.sizes);
	}

	// ------------------------------------------------------------------ ws vs stdio

	List<Figure> remote() throws Exception {
		RemoteSizes s = this.sizes;
		List<Double> wsMs = new ArrayList<>();
		List<Double> stdioMs = new ArrayList<>();
		long wsTurnCpu = 0;
		long stdioTurnCpu = 0;
		List<Double> wsCpuDelta = new ArrayList<>();
		List<Double> stdioCpuDelta = new ArrayList<>();
		List<Double> wsRate = new ArrayList<>();
		List<Double> stdioRate = new ArrayList<>();
		// per side (ws, stdio): deltas announced dropped (EventsDropped: the consumer fell behind), and missing
		long[] dropped = new long[2];
		long[] missing = new long[2];
		double load0 = Machine.load1();
		try (MockModel model = MockModel.start();
				MockCodexHome wsHome = MockCodexHome.builder(model).build();
				MockCodexHome stdioHome = MockCodexHome.builder(model).build();
				WsAppServer server = new WsAppServer(this.ctx.binary, wsHome.path(), this.ctx.workDir())) {
			model.defaultResponse(MockResponse.text("ok"));
			server.start();
			try (Codex ws = Codex.start(CodexConfig.builder().endpoint(server.endpoint()).build());
					Codex stdio = Codex.start(this.ctx.config(stdioHome, this.ctx.workDir()))) {
				CodexThread wsThread = ws.startThread(BenchContext.THREAD);
				CodexThread stdioThread = stdio.startThread(BenchContext.THREAD);
				// trivial turns, interleaved (alternating which goes first)
				for (int i = 0; i < s.turnWarmup() + s.turns(); i++) {
					boolean keep = i >= s.turnWarmup();
					for (int side = 0; side < 2; side++) {
						boolean wsSide = (side == 0) == (i % 2 == 0);
						CodexThread thread = wsSide ? wsThread : stdioThread;
						CpuMeter.Snapshot c0 = CpuMeter.take();
						long t0 = System.nanoTime();
						TurnResult result = thread.run(BenchContext.PROMPT);
						double ms = (System.nanoTime() - t0) / 1e6;
						long cpu = CpuMeter.between(c0, CpuMeter.take()).clientNanos();
						if (!"ok".equals(result.finalResponse())) {
							throw new IllegalStateException("unexpected answer " + result);
						}
						if (keep) {
							(wsSide ? wsMs : stdioMs).add(ms);
							if (wsSide) {
								wsTurnCpu += cpu;
							}
							else {
								stdioTurnCpu += cpu;
							}
						}
					}
					if (i % 50 == 49) {
						model.reset();
						model.defaultResponse(MockResponse.text("ok"));
					}
				}
				// streamed deltas
				model.reset();
				model.defaultResponse(MockResponse.deltas(s.deltas(), "x"));
				model.enqueue(MockResponse.deltas(s.streamWarmupDeltas(), "x"),
						MockResponse.deltas(s.streamWarmupDeltas(), "x"));
				ClientScenarios.sdkStream(wsThread);
				ClientScenarios.sdkStream(stdioThread);
				for (int r = 0; r < s.streamReps(); r++) {
					for (int side = 0; side < 2; side++) {
						boolean wsSide = (side == 0) == (r % 2 == 0);
						CpuMeter.Snapshot c0 = CpuMeter.take();
						ClientScenarios.SdkStream turn = ClientScenarios.sdkStream(wsSide ? wsThread : stdioThread);
						long cpu = CpuMeter.between(c0, CpuMeter.take()).clientNanos();
						dropped[wsSide ? 0 : 1] += turn.dropped();
						missing[wsSide ? 0 : 1] += s.deltas() - turn.deltas() - turn.dropped();
						(wsSide ? wsCpuDelta : stdioCpuDelta).add(cpu / 1e3 / Math.max(1, turn.deltas()));
						(wsSide ? wsRate : stdioRate).add(ClientScenarios.rate(turn.deltas(), turn.first(), turn.last()));
					}
				}
			}
		}
		String load = Machine.loadSpan(load0, Machine.load1());
		Stats latA = Stats.of(wsMs);
		Stats latB = Stats.of(stdioMs);
		Stats cpuA = Stats.of(wsCpuDelta);
		Stats cpuB = Stats.of(stdioCpuDelta);
		Stats rateA = Stats.of(wsRate);
		Stats rateB = Stats.of(stdioRate);
		double latRatio = latA.median() / latB.median();
		double cpuRatio = cpuA.median() / cpuB.median();
		boolean complete = dropped[0] == 0 && dropped[1] == 0 && missing[0] == 0 && missing[1] == 0;
		String delivery = complete ? ""
				: String.format(Locale.ROOT, " (deltas dropped / missing: ws %d / %d, stdio %d / %d)", dropped[0],
						missing[0], dropped[1], missing[1]);
		return List.of(
				new Figure("remote.turn", "8. ws:// vs stdio, same binary: trivial turn, median (baseline: stdio)", "ms",
						"%.2f", latA, latB, null, latRatio, "ws/stdio", "≤ 1.05×", latRatio <= 1.05, load),
				new Figure("remote.turnCpu", "8. ws:// vs stdio: client CPU per trivial turn (all client threads)",
						"µs", "%.0f", Stats.single(wsTurnCpu / 1e3 / s.turns(), 0),
						Stats.single(stdioTurnCpu / 1e3 / s.turns(), 0), null, (double) wsTurnCpu / Math.max(1, stdioTurnCpu),
						"ws/stdio", "(info)", null, load),
				new Figure("remote.cpuDelta", "8. ws:// vs stdio: client CPU per streamed delta (" + s.deltas()
						+ " deltas/turn)" + delivery, "µs", "%.2f", cpuA, cpuB, null, cpuRatio, "ws/stdio", "≤ 1.2×",
						cpuRatio <= 1.2 && complete, load),
				new Figure("remote.rate", "8. ws:// vs stdio: streamed events/s", "ev/s", "%.0f", rateA, rateB, null,
						rateA.median() / rateB.median(), "ws/stdio", "(info)", null, load));
	}

	// ------------------------------------------------------------------ reconnect

	List<Figure> reconnect() throws Exception {
		RemoteSizes s = this.sizes;
		List<Double> handshake = new ArrayList<>();
		List<Double> firstTurn = new ArrayList<>();
		List<Double> serverReady = new ArrayList<>();
		AtomicReference<CountDownLatch> connected = new AtomicReference<>(new CountDownLatch(1));
		AtomicReference<CountDownLatch> scheduled = new AtomicReference<>(new CountDownLatch(1));
		AtomicLong connectedAt = new AtomicLong();
		java.util.concurrent.atomic.AtomicInteger lastAttempt = new java.util.concurrent.atomic.AtomicInteger();
		List<Double> attempts = new ArrayList<>();
		List<Double> afterReady = new ArrayList<>();
		List<Double> freshClient = new ArrayList<>();
		double load0 = Machine.load1();
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				WsAppServer server = new WsAppServer(this.ctx.binary, home.path(), this.ctx.workDir())) {
			model.defaultResponse(MockResponse.text("ok"));
			server.start();
			CodexListener listener = new CodexListener() {
				@Override
				public void onProcessStarted(long pid, String serverVersion) {
					connectedAt.set(System.nanoTime());
					connected.get().countDown();
				}

				@Override
				public void onReconnectScheduled(String endpoint, int attempt, Duration delay, Throwable reason) {
					lastAttempt.set(attempt);
					scheduled.get().countDown();
				}
			};
			try (Codex codex = Codex.start(CodexConfig.builder()
				.endpoint(server.endpoint())
				.supervision(RECONNECT_POLICY)
				.listener(listener)
				.build())) {
				// persisted (not ephemeral): the thread must outlive the server process
				CodexThread thread = codex.startThread();
				thread.run(BenchContext.PROMPT);
				for (int i = 0; i < s.reconnects(); i++) {
					connected.set(new CountDownLatch(1));
					scheduled.set(new CountDownLatch(1));
					server.kill();
					if (!scheduled.get().await(30, TimeUnit.SECONDS)) {
						throw new IllegalStateException("no reconnect scheduled after the server was killed");
					}
					long t0 = System.nanoTime();
					server.start();
					long ready = System.nanoTime();
					if (!connected.get().await(60, TimeUnit.SECONDS)) {
						throw new IllegalStateException("the client did not reconnect in 60 s");
					}
					TurnResult result = thread.run(BenchContext.PROMPT);
					long turned = System.nanoTime();
					if (!"ok".equals(result.finalResponse())) {
						throw new IllegalStateException("unexpected answer after reconnect " + result);
					}
					serverReady.add((ready - t0) / 1e6);
					handshake.add((connectedAt.get() - t0) / 1e6);
					afterReady.add((connectedAt.get() - ready) / 1e6);
					attempts.add((double) lastAttempt.get());
					firstTurn.add((turned - t0) / 1e6);
				}
			}
			// baseline: a brand-new client started the moment the restarted server answers /readyz (no backoff)
			for (int i = 0; i < s.reconnects(); i++) {
				server.kill();
				long t0 = System.nanoTime();
				server.start();
				try (Codex fresh = Codex.start(CodexConfig.builder().endpoint(server.endpoint()).build())) {
					freshClient.add((System.nanoTime() - t0) / 1e6);
				}
			}
		}
		String load = Machine.loadSpan(load0, Machine.load1());
		this.notes.add(String.format(Locale.ROOT, "Reconnect (%d restarts): server start → /readyz %.0f ms (median), "
				+ "/readyz → client handshake done %.0f ms [%.0f–%.0f], reconnect attempts per outage %.0f [%.0f–%.0f] "
				+ "(backoff 100 ms × 1.5, at most 500 ms; an attempt that fails while the server starts costs a delay); "
				+ "restart → /readyz → a new client's handshake done %.0f ms [%.0f–%.0f]",
				handshake.size(), Stats.of(serverReady).median(), Stats.of(afterReady).median(),
				Stats.of(afterReady).min(), Stats.of(afterReady).max(), Stats.of(attempts).median(),
				Stats.of(attempts).min(), Stats.of(attempts).max(), Stats.of(freshClient).median(),
				Stats.of(freshClient).min(), Stats.of(freshClient).max()));
		Stats a = Stats.of(handshake);
		Stats b = Stats.of(freshClient);
		Stats t = Stats.of(firstTurn);
		return List.of(
				new Figure("reconnect.handshake", "9. Reconnect after a server restart: restart → handshake done "
						+ "(baseline: restart → a new client connected at /readyz; backoff 100 ms ×1.5 ≤ 500 ms)", "ms",
						"%.0f", a, b, null, a.median() / b.median(), "reconnect/new", "(info)", null, load),
				new Figure("reconnect.turn", "9. Reconnect: restart → first turn after it completed (thread resumed)",
						"ms", "%.0f", t, b, null, t.median() / b.median(), "turn/new", "(info)", null, load));
	}

	// ------------------------------------------------------------------ pool

	/**
	 * What the pool scenario drives: {@link SdkPool} (the SDK's pool, one {@code Codex} over N local app-servers),
	 * or, with {@code -Dbench.pool=standin}, {@link StandInPool} (N separate clients), for comparison.
	 */
	interface Pool extends AutoCloseable {

		CodexThread startThread();

		/** The app-server processes (for their CPU time). */
		List<Long> serverPids();

		@Override
		void close();

	}

	/** The SDK's pool: one {@code Codex} over {@code CodexServer.local("s0".."sN-1")}, one shared home. */
	static final class SdkPool implements Pool {

		private final MockCodexHome home;

		private final Codex codex;

		SdkPool(BenchContext ctx, MockModel model, int size) {
			this.home = MockCodexHome.builder(model).build();
			List<CodexServer> servers = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				servers.add(CodexServer.local("s" + i));
			}
			try {
				this.codex = Codex.start(CodexConfig.builder()
					.codexBinary(ctx.binary)
					.codexHome(this.home.path())
					.workingDirectory(ctx.workDir())
					.shutdownTimeout(Duration.ofSeconds(5))
					.servers(servers)
					.build());
			}
			catch (RuntimeException ex) {
				this.home.close();
				throw ex;
			}
		}

		@Override
		public CodexThread startThread() {
			return this.codex.startThread(BenchContext.THREAD);
		}

		@Override
		public List<Long> serverPids() {
			return ProcessHandle.current()
				.children()
				.filter((p) -> p.info().commandLine().orElse("").contains("app-server"))
				.map(ProcessHandle::pid)
				.toList();
		}

		/** Threads pinned per server, as the pool reports them. */
		String placement() {
			return this.codex.servers().stream().map((st) -> st.name() + "=" + st.threads()).toList().toString();
		}

		@Override
		public void close() {
			this.codex.close();
			this.home.close();
		}

	}

	/**
	 * Stand-in for a pool of N: N separate {@code Codex} clients in this JVM, each with its own child and its own
	 * {@code CODEX_HOME}, new threads placed round-robin.
	 */
	static final class StandInPool implements Pool {

		private final List<Codex> clients = new ArrayList<>();

		private final List<MockCodexHome> homes = new ArrayList<>();

		private int next;

		StandInPool(BenchContext ctx, MockModel model, int size) {
			try {
				for (int i = 0; i < size; i++) {
					MockCodexHome home = MockCodexHome.builder(model).build();
					this.homes.add(home);
					this.clients.add(Codex.start(ctx.config(home, ctx.workDir())));
				}
			}
			catch (RuntimeException ex) {
				close();
				throw ex;
			}
		}

		@Override
		public synchronized CodexThread startThread() {
			return this.clients.get(this.next++ % this.clients.size()).startThread(BenchContext.THREAD);
		}

		@Override
		public List<Long> serverPids() {
			return this.clients.stream().map((c) -> c.pid().orElse(-1)).toList();
		}

		@Override
		public void close() {
			this.clients.forEach(Codex::close);
			this.homes.forEach(MockCodexHome::close);
		}

	}

	List<Figure> pool() throws Exception {
		RemoteSizes s = this.sizes;
		int turns = s.poolThreads() * s.poolTurnsPerThread();
		int cores = Runtime.getRuntime().availableProcessors();
		List<Figure> figures = new ArrayList<>();
		Stats base = null;
		Stats baseCpu = null;
		StringBuilder breakdown = new StringBuilder("Pool of N app-servers (" + (STAND_IN
				? "stand-in: N Codex clients, one child each" : "the SDK's pool: one Codex over N local app-servers")
				+ "), " + s.poolThreads() + " threads × " + s.poolTurnsPerThread() + " turns, per turn (CPU ms):\n");
		StringBuilder placement = new StringBuilder();
		double bestTps = 0;
		double bestServerMs = Double.NaN;
		double bestClientMs = Double.NaN;
		double serverCoresAtOne = Double.NaN;
		try (MockModel model = MockModel.start()) {
			model.defaultResponse(MockResponse.text("ok"));
			for (int size : s.poolSizes()) {
				List<Double> tps = new ArrayList<>();
				List<Double> clientUs = new ArrayList<>();
				double serverMs = 0;
				double mockMs = 0;
				double busy = 0;
				double serverCores = 0;
				double load0 = Machine.load1();
				for (int r = 0; r < s.poolReps(); r++) {
					try (Pool pool = STAND_IN ? new StandInPool(this.ctx, model, size)
							: new SdkPool(this.ctx, model, size)) {
						List<CodexThread> threads = new ArrayList<>();
						for (int i = 0; i < s.poolThreads(); i++) {
							threads.add(pool.startThread());
						}
						if (pool instanceof SdkPool sdk && r == 0) {
							placement.append(" N=").append(size).append(": ").append(sdk.placement());
						}
						concurrently(threads, 1); // warm-up: one turn each, not timed
						List<Long> pids = pool.serverPids();
						long server0 = processCpuNanos(pids);
						long[] machine0 = machineTicks();
						CpuMeter.Snapshot c0 = CpuMeter.take();
						long wall = concurrently(threads, s.poolTurnsPerThread());
						CpuMeter.Snapshot c1 = CpuMeter.take();
						long[] machine1 = machineTicks();
						long server = processCpuNanos(pids) - server0;
						long mock = mockNanos(c0, c1);
						tps.add(turns / (wall / 1e9));
						clientUs.add(CpuMeter.between(c0, c1).clientNanos() / 1e3 / turns);
						serverMs += server / 1e6 / turns / s.poolReps();
						mockMs += mock / 1e6 / turns / s.poolReps();
						serverCores += (double) server / wall / s.poolReps();
						long total = machine1[0] - machine0[0];
						busy += (total > 0) ? 100.0 * (total - (machine1[1] - machine0[1])) / total / s.poolReps() : 0;
					}
					model.reset();
					model.defaultResponse(MockResponse.text("ok"));
				}
				String load = Machine.loadSpan(load0, Machine.load1());
				Stats t = Stats.of(tps);
				Stats c = Stats.of(clientUs);
				if (base == null) {
					base = t;
					baseCpu = c;
					serverCoresAtOne = serverCores;
				}
				figures.add(new Figure("pool.tps." + size, "10. Pool of " + size + " app-server(s), " + s.poolThreads()
						+ " threads × " + s.poolTurnsPerThread() + " turns: turns/s (baseline: pool of 1" + (STAND_IN ? "; stand-in)" : ")"),
						"turns/s", "%.1f", t, base, null, t.median() / base.median(), "N/1", "(info)", null, load));
				figures.add(new Figure("pool.cpu." + size, "10. Pool of " + size + ": client CPU per turn (baseline: "
						+ "pool of 1)", "µs", "%.0f", c, baseCpu, null, c.median() / baseCpu.median(), "N/1", "(info)",
						null, load));
				breakdown.append(String.format(Locale.ROOT,
						"  N=%d: %.1f turns/s; client %.2f ms, app-servers %.2f ms (%.2f cores busy), mock model %.2f ms;"
								+ " machine %.0f %% busy of %d cores%n",
						size, t.median(), c.median() / 1000, serverMs, serverCores, mockMs, busy, cores));
				if (t.median() > bestTps) {
					bestTps = t.median();
					bestServerMs = serverMs;
					bestClientMs = c.median() / 1000;
				}
			}
		}
		if (placement.length() > 0) {
			breakdown.append("Threads placed per server:").append(placement).append('\n');
		}
		double perTurn = bestServerMs + bestClientMs;
		breakdown.append(String.format(Locale.ROOT,
				"Model (an estimate, not a measurement): CPU-bound turns/s ≈ cores × 1000 / (app-server + client CPU ms "
						+ "per turn) = cores × 1000 / %.2f ms, with the model API remote (the mock's CPU excluded) and "
						+ "at least cores / %.2f app-servers (what one used at N=1): 8 cores ≈ %.0f turns/s, 32 cores ≈ "
						+ "%.0f turns/s; one client JVM alone drives ≈ %.0f turns/s per core.",
				perTurn, serverCoresAtOne, 8 * 1000 / perTurn, 32 * 1000 / perTurn, 1000 / bestClientMs));
		this.notes.add(breakdown.toString());
		return figures;
	}

	/** Runs {@code perThread} turns on every thread at once, one Java thread each; the wall time in ns. */
	static long concurrently(List<CodexThread> threads, int perThread) throws InterruptedException {
		CountDownLatch go = new CountDownLatch(1);
		CountDownLatch finished = new CountDownLatch(threads.size());
		AtomicReference<Throwable> failure = new AtomicReference<>();
		for (CodexThread conversation : threads) {
			Thread worker = new Thread(() -> {
				try {
					go.await();
					for (int i = 0; i < perThread; i++) {
						conversation.run(BenchContext.PROMPT);
					}
				}
				catch (Throwable ex) {
					failure.compareAndSet(null, ex);
				}
				finally {
					finished.countDown();
				}
			}, "bench-pool-worker");
			worker.setDaemon(true);
			worker.start();
		}
		long start = System.nanoTime();
		go.countDown();
		if (!finished.await(300, TimeUnit.SECONDS)) {
			throw new IllegalStateException("pool turns did not finish in 300 s");
		}
		long wall = System.nanoTime() - start;
		if (failure.get() != null) {
			throw new IllegalStateException("a pool turn failed", failure.get());
		}
		return wall;
	}

	/** utime + stime of these processes and their descendants alive now ({@code /proc/PID/stat}, 100 Hz ticks). */
	static long processCpuNanos(List<Long> pids) {
		long ticks = 0;
		for (long pid : pids) {
			ticks += ticks(pid);
			ticks += ProcessHandle.of(pid)
				.map((h) -> h.descendants().mapToLong((d) -> ticks(d.pid())).sum())
				.orElse(0L);
		}
		return ticks * 10_000_000L;
	}

	/** A process's CPU ticks, 0 once it is gone. */
	private static long ticks(long pid) {
		return Math.max(0, ProcStat.cpuTicks(pid));
	}

	/** Total and idle (+ iowait) ticks of the machine ({@code /proc/stat}). */
	static long[] machineTicks() {
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < f.length; i++) {
				total += Long.parseLong(f[i]);
			}
			return new long[] { total, Long.parseLong(f[4]) + Long.parseLong(f[5]) };
		}
		catch (IOException | RuntimeException ex) {
			return new long[] { 0, 0 };
		}
	}

	private static long mockNanos(CpuMeter.Snapshot before, CpuMeter.Snapshot after) {
		long sum = 0;
		for (var e : after.mock().entrySet()) {
			sum += e.getValue() - before.mock().getOrDefault(e.getKey(), 0L);
		}
		return sum;
	}

}
