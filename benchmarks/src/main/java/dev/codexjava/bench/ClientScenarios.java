package dev.codexjava.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

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
 * Figures 1–4: the SDK and the floor side by side, interleaved rep by rep (alternating which goes first), each
 * against its own app-server process of the same binary, the same mock model and a fresh {@link MockCodexHome}.
 */
final class ClientScenarios {

	private final BenchContext ctx;

	ClientScenarios(BenchContext ctx) {
		this.ctx = ctx;
	}

	// ------------------------------------------------------------------ 1. ready time

	List<Figure> ready() throws Exception {
		Sizes s = this.ctx.sizes;
		List<Double> sdk = new ArrayList<>();
		List<Double> floor = new ArrayList<>();
		double load0 = Machine.load1();
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			Path work = this.ctx.workDir();
			CodexConfig config = this.ctx.config(home, work);
			for (int i = 0; i < s.readyWarmup() + s.readyReps(); i++) {
				boolean keep = i >= s.readyWarmup();
				for (int side = 0; side < 2; side++) {
					if ((side == 0) == (i % 2 == 0)) {
						long t0 = System.nanoTime();
						Codex codex = Codex.start(config);
						double ms = (System.nanoTime() - t0) / 1e6;
						codex.close();
						if (keep) {
							sdk.add(ms);
						}
					}
					else {
						long t0 = System.nanoTime();
						FloorClient client = FloorClient.start(this.ctx.binary, home.path(), work);
						double ms = (System.nanoTime() - t0) / 1e6;
						client.close();
						if (keep) {
							floor.add(ms);
						}
					}
				}
			}
		}
		String load = Machine.loadSpan(load0, Machine.load1());
		Stats a = Stats.of(sdk);
		Stats b = Stats.of(floor);
		return List.of(new Figure("ready", "1. Ready time: spawn → handshake done (Codex.start)", "ms", "%.1f", a, b,
				null, a.median() / b.median(), "SDK/floor", "(no goal)", null, load));
	}

	// ------------------------------------------------------------------ 2. trivial-turn latency

	List<Figure> turn() throws Exception {
		Sizes s = this.ctx.sizes;
		List<Double> sdk = new ArrayList<>();
		List<Double> floor = new ArrayList<>();
		long sdkCallerCpu = 0;
		long sdkBackgroundCpu = 0;
		long floorCpu = 0;
		double load0 = Machine.load1();
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.defaultResponse(MockResponse.text("ok"));
			Path work = this.ctx.workDir();
			try (Codex codex = Codex.start(this.ctx.config(home, work));
					FloorClient client = FloorClient.start(this.ctx.binary, home.path(), work)) {
				CodexThread thread = codex.startThread(BenchContext.THREAD);
				String floorThread = client.startThread();
				CpuMeter.Snapshot background0 = null;
				for (int i = 0; i < s.turnWarmup() + s.turns(); i++) {
					boolean keep = i >= s.turnWarmup();
					if (i == s.turnWarmup()) {
						background0 = CpuMeter.take();
					}
					for (int side = 0; side < 2; side++) {
						if ((side == 0) == (i % 2 == 0)) {
							long cpu0 = CpuMeter.currentThreadCpu();
							long t0 = System.nanoTime();
							TurnResult result = thread.run(BenchContext.PROMPT);
							double ms = (System.nanoTime() - t0) / 1e6;
							if (keep) {
								sdkCallerCpu += CpuMeter.currentThreadCpu() - cpu0;
							}
							if (!"ok".equals(result.finalResponse())) {
								throw new IllegalStateException("unexpected answer " + result);
							}
							if (keep) {
								sdk.add(ms);
							}
						}
						else {
							long cpu0 = CpuMeter.currentThreadCpu();
							long t0 = System.nanoTime();
							client.runTurn(floorThread, BenchContext.PROMPT);
							double ms = (System.nanoTime() - t0) / 1e6;
							if (keep) {
								floorCpu += CpuMeter.currentThreadCpu() - cpu0;
								floor.add(ms);
							}
						}
					}
					if (i % 50 == 49) {
						model.reset();
					}
				}
				// the SDK's own threads (reader, workers, timer); the caller's share is counted per call above
				sdkBackgroundCpu = CpuMeter.sdkThreadsCpu(background0, CpuMeter.take());
			}
		}
		String load = Machine.loadSpan(load0, Machine.load1());
		Stats a = Stats.of(sdk);
		Stats b = Stats.of(floor);
		double medianRatio = a.median() / b.median();
		double p90Ratio = a.p90() / b.p90();
		return List.of(
				new Figure("turn.median", "2. Trivial turn, median (run(), thread started)", "ms", "%.2f", a, b, null,
						medianRatio, "SDK/floor", "≤ 1.02×", medianRatio <= 1.02, load),
				new Figure("turn.p90", "2. Trivial turn, p90", "ms", "%.2f", p90Of(a), p90Of(b), null, p90Ratio,
						"SDK/floor", "≤ 1.02× (info)", null, load),
				new Figure("turn.cpu", "2. Client CPU per trivial turn (caller + SDK threads; mock excluded)", "µs",
						"%.0f", Stats.single((sdkCallerCpu + sdkBackgroundCpu) / 1e3 / s.turns(), 0),
						Stats.single(floorCpu / 1e3 / s.turns(), 0), null,
						(double) (sdkCallerCpu + sdkBackgroundCpu) / Math.max(1, floorCpu), "SDK/floor", "(info)",
						null, load));
	}

	/** The p90 shown in the median column (the series itself stays for the chart). */
	private static Stats p90Of(Stats s) {
		return new Stats(s.p90(), s.p90(), s.min(), s.max(), s.p25(), s.p75(), s.n(), s.values());
	}

	// ------------------------------------------------------------------ 3. streaming

	List<Figure> stream() throws Exception {
		Sizes s = this.ctx.sizes;
		List<Double> sdkRate = new ArrayList<>();
		List<Double> floorRate = new ArrayList<>();
		List<Double> sdkCpuPer1k = new ArrayList<>();
		List<Double> floorCpuPer1k = new ArrayList<>();
		List<Double> sdkCore = new ArrayList<>();
		List<Double> floorCore = new ArrayList<>();
		List<Double> sdkCoreAll = new ArrayList<>();
		List<Double> floorCoreAll = new ArrayList<>();
		long sdkDropped = 0;
		long sdkShort = 0;
		double load0 = Machine.load1();
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.defaultResponse(MockResponse.deltas(s.deltas(), "x"));
			Path work = this.ctx.workDir();
			try (Codex codex = Codex.start(this.ctx.config(home, work));
					FloorClient client = FloorClient.start(this.ctx.binary, home.path(), work)) {
				CodexThread thread = codex.startThread(BenchContext.THREAD);
				String floorThread = client.startThread();
				// warm-up (JIT), not recorded
				for (int w = 0; w < s.streamWarmupTurns(); w++) {
					model.enqueue(MockResponse.deltas(s.streamWarmupDeltas(), "x"),
							MockResponse.deltas(s.streamWarmupDeltas(), "x"));
					sdkStream(thread);
					client.streamTurn(floorThread, BenchContext.PROMPT);
				}
				for (int r = 0; r < s.streamReps(); r++) {
					for (int side = 0; side < 2; side++) {
						if ((side == 0) == (r % 2 == 0)) {
							CpuMeter.Snapshot c0 = CpuMeter.take();
							long t0 = System.nanoTime();
							SdkStream turn = sdkStream(thread);
							long wall = System.nanoTime() - t0;
							CpuMeter.Snapshot c1 = CpuMeter.take();
							CpuMeter.Usage cpu = CpuMeter.between(c0, c1);
							if (Boolean.getBoolean("bench.verbose")) {
								System.out.println("   SDK stream threads:" + CpuMeter.breakdown(c0, c1));
							}
							sdkDropped += turn.dropped();
							sdkShort += s.deltas() - turn.deltas();
							sdkRate.add(rate(turn.deltas(), turn.first(), turn.last()));
							sdkCpuPer1k.add(cpu.clientNanos() / 1e6 / turn.deltas() * 1000);
							sdkCore.add(100.0 * cpu.clientNanos() / wall);
							sdkCoreAll.add(100.0 * cpu.clientWithGcJitNanos() / wall);
						}
						else {
							CpuMeter.Snapshot c0 = CpuMeter.take();
							long t0 = System.nanoTime();
							FloorClient.StreamTurn turn = client.streamTurn(floorThread, BenchContext.PROMPT);
							long wall = System.nanoTime() - t0;
							CpuMeter.Snapshot c1 = CpuMeter.take();
							CpuMeter.Usage cpu = CpuMeter.between(c0, c1);
							if (Boolean.getBoolean("bench.verbose")) {
								System.out.println("   floor stream threads:" + CpuMeter.breakdown(c0, c1));
							}
							floorRate.add(rate(turn.deltas(), turn.firstDeltaNanos(), turn.lastDeltaNanos()));
							floorCpuPer1k.add(cpu.clientNanos() / 1e6 / turn.deltas() * 1000);
							floorCore.add(100.0 * cpu.clientNanos() / wall);
							floorCoreAll.add(100.0 * cpu.clientWithGcJitNanos() / wall);
						}
					}
					model.reset();
				}
			}
		}
		String load = Machine.loadSpan(load0, Machine.load1());
		Stats rateA = Stats.of(sdkRate);
		Stats rateB = Stats.of(floorRate);
		Stats cpuA = Stats.of(sdkCpuPer1k);
		Stats cpuB = Stats.of(floorCpuPer1k);
		Stats coreA = Stats.of(sdkCore);
		Stats coreB = Stats.of(floorCore);
		Stats allA = Stats.of(sdkCoreAll);
		Stats allB = Stats.of(floorCoreAll);
		double rateRatio = rateA.median() / rateB.median();
		List<Double> excess = new ArrayList<>();
		for (int i = 0; i < Math.min(sdkCore.size(), floorCore.size()); i++) {
			excess.add(sdkCore.get(i) - floorCore.get(i));
		}
		Stats excessA = Stats.of(excess);
		String delivery = (sdkDropped == 0 && sdkShort == 0) ? ""
				: String.format(Locale.ROOT, " (SDK: %d deltas dropped, %d missing)", sdkDropped, sdkShort);
		return List.of(
				new Figure("stream.rate", "3. Streaming " + s.deltas() + " deltas via stream(): events/s" + delivery,
						"ev/s", "%.0f", rateA, rateB, null, rateRatio, "SDK/floor", "≥ 0.98×",
						rateRatio >= 0.98 && sdkDropped == 0 && sdkShort == 0, load),
				new Figure("stream.cpu1k", "3. Client CPU per 1,000 events (Java threads, mock excluded)", "ms",
						"%.2f", cpuA, cpuB, null, cpuA.median() / cpuB.median(), "SDK/floor", "(info)", null, load),
				new Figure("stream.core", "3. Client CPU, % of one core during the turn", "%", "%.1f", coreA, coreB,
						null, coreA.median() / coreB.median(), "SDK/floor", "SDK ≤ 5 %", coreA.median() <= 5.0, load),
				new Figure("stream.excess", "3. SDK's own share: SDK − floor CPU, % of one core (paired reps)", "%",
						"%.1f", excessA, null, null, Double.NaN, "", "≤ 5 % (excess)", excessA.median() <= 5.0, load),
				new Figure("stream.coreAll", "3. Same, incl. GC + JIT (process CPU − mock threads; upper bound)", "%",
						"%.1f", allA, allB, null, allA.median() / allB.median(), "SDK/floor", "(info)", null, load));
	}

	record SdkStream(long deltas, long dropped, long first, long last) {
	}

	/** One streamed turn consumed through {@link TurnHandle#stream()}, timing the first and last delta. */
	static SdkStream sdkStream(CodexThread thread) {
		TurnHandle handle = thread.turn(BenchContext.PROMPT);
		long deltas = 0;
		long dropped = 0;
		long first = 0;
		long last = 0;
		boolean completed = false;
		for (Iterator<TurnEvent> it = handle.stream().iterator(); it.hasNext();) {
			TurnEvent event = it.next();
			if (event instanceof TurnEvent.AgentMessageDelta) {
				last = System.nanoTime();
				if (deltas++ == 0) {
					first = last;
				}
			}
			else if (event instanceof TurnEvent.EventsDropped d) {
				dropped += d.droppedDeltas();
			}
			else if (event instanceof TurnEvent.Completed c) {
				if (!c.result().isCompleted()) {
					throw new IllegalStateException("streamed turn did not complete: " + c.result());
				}
				completed = true;
			}
		}
		if (!completed) {
			throw new IllegalStateException("stream ended without TurnEvent.Completed");
		}
		return new SdkStream(deltas, dropped, first, last);
	}

	static double rate(long events, long firstNanos, long lastNanos) {
		double seconds = (lastNanos - firstNanos) / 1e9;
		return (seconds > 0) ? (events - 1) / seconds : 0;
	}

	// ------------------------------------------------------------------ 4. concurrency

	List<Figure> concurrency() throws Exception {
		Sizes s = this.ctx.sizes;
		List<Double> sdkWall = new ArrayList<>();
		List<Double> floorWall = new ArrayList<>();
		int turns = s.concThreads() * s.concTurnsPerThread();
		double load0 = Machine.load1();
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.defaultResponse(MockResponse.text("ok"));
			Path work = this.ctx.workDir();
			CodexConfig config = this.ctx.config(home, work);
			int warmup = this.ctx.smoke() ? 0 : 1;
			for (int r = 0; r < warmup + s.concReps(); r++) {
				for (int side = 0; side < 2; side++) {
					if ((side == 0) == (r % 2 == 0)) {
						double ms = sdkConcurrent(config, s.concThreads(), s.concTurnsPerThread()) / 1e6;
						if (r >= warmup) {
							sdkWall.add(ms);
						}
					}
					else {
						try (FloorClient client = FloorClient.start(this.ctx.binary, home.path(), work)) {
							List<String> ids = new ArrayList<>();
							for (int i = 0; i < s.concThreads(); i++) {
								ids.add(client.startThread());
							}
							double ms = client.concurrentTurns(ids, s.concTurnsPerThread(), BenchContext.PROMPT) / 1e6;
							if (r >= warmup) {
								floorWall.add(ms);
							}
						}
					}
				}
				model.reset();
			}
		}
		String load = Machine.loadSpan(load0, Machine.load1());
		Stats wallA = Stats.of(sdkWall);
		Stats wallB = Stats.of(floorWall);
		Stats tpsA = Stats.of(sdkWall.stream().map((ms) -> turns / (ms / 1000)).toList());
		Stats tpsB = Stats.of(floorWall.stream().map((ms) -> turns / (ms / 1000)).toList());
		double tpsRatio = tpsA.median() / tpsB.median();
		String shape = s.concThreads() + " threads × " + s.concTurnsPerThread() + " turns";
		return List.of(
				new Figure("conc.wall", "4. Concurrency, " + shape + ", one process: wall time", "ms", "%.0f", wallA,
						wallB, null, wallA.median() / wallB.median(), "SDK/floor", "(info)", null, load),
				new Figure("conc.tps", "4. Concurrency, " + shape + ": turns/s", "turns/s", "%.1f", tpsA, tpsB, null,
						tpsRatio, "SDK/floor", "≥ 1.00×", tpsRatio >= 1.0, load));
	}

	/** Starts a client and its threads, then times {@code threads × perThread} concurrent {@code run()}s. */
	static long sdkConcurrent(CodexConfig config, int threads, int perThread) throws InterruptedException {
		try (Codex codex = Codex.start(config)) {
			List<CodexThread> conversations = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				conversations.add(codex.startThread(BenchContext.THREAD));
			}
			CountDownLatch go = new CountDownLatch(1);
			CountDownLatch finished = new CountDownLatch(threads);
			AtomicReference<Throwable> failure = new AtomicReference<>();
			for (CodexThread conversation : conversations) {
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
				}, "bench-sdk-worker");
				worker.setDaemon(true);
				worker.start();
			}
			long start = System.nanoTime();
			go.countDown();
			if (!finished.await(300, TimeUnit.SECONDS)) {
				throw new IllegalStateException("SDK concurrent turns did not finish in 300 s");
			}
			long wall = System.nanoTime() - start;
			if (failure.get() != null) {
				throw new IllegalStateException("an SDK turn failed", failure.get());
			}
			return wall;
		}
	}

}
