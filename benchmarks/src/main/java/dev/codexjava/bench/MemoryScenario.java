package dev.codexjava.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.TurnResult;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

/**
 * Figure 6: heap retained per idle {@link CodexThread} and per finished {@link TurnResult}, and the heap slope over
 * many turns. Heap is read with {@link MemoryMXBean} after several {@code System.gc()} calls (the lowest of five
 * readings). The mock model runs in this JVM and records every request, so it is {@linkplain MockModel#reset()
 * reset} before each reading.
 */
final class MemoryScenario {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	/** Growth below this many bytes per turn counts as "no growth" (heap readings jitter by some KB). */
	static final double NO_GROWTH_BYTES_PER_TURN = 100;

	private final BenchContext ctx;

	/** Turns done at each heap sample, and the heap then (bytes), for the report. */
	double[] sampleTurns = new double[0];

	double[] sampleHeap = new double[0];

	MemoryScenario(BenchContext ctx) {
		this.ctx = ctx;
	}

	/** The used heap after full collections: the lowest of five readings. */
	static long heapAfterGc() throws InterruptedException {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			Thread.sleep(30);
			best = Math.min(best, MEMORY.getHeapMemoryUsage().getUsed());
		}
		return best;
	}

	/** A few turns first: classes loaded, pools started, code compiled. */
	private static void warmUp(Codex codex) {
		CodexThread warm = codex.startThread(BenchContext.THREAD);
		for (int i = 0; i < 5; i++) {
			warm.run(BenchContext.PROMPT);
		}
	}

	List<Figure> run() throws Exception {
		Sizes s = this.ctx.sizes;
		double load0 = Machine.load1();
		double perThread;
		double perResult;
		double[] x = new double[s.memSamples()];
		double[] y = new double[s.memSamples()];
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.defaultResponse(MockResponse.text("ok"));
			Path work = this.ctx.workDir();
			// each phase on its own app-server: the binary keeps every (ephemeral) thread loaded, and hundreds of
			// loaded threads slow it down for the next phase
			try (Codex codex = Codex.start(this.ctx.config(home, work))) {
				warmUp(codex);
				model.reset();
				long base = heapAfterGc();
				List<CodexThread> threads = new ArrayList<>();
				for (int i = 0; i < s.memThreads(); i++) {
					threads.add(codex.startThread(BenchContext.THREAD));
				}
				model.reset();
				long after = heapAfterGc();
				perThread = (after - base) / (double) s.memThreads();
				Reference.reachabilityFence(threads);
			}
			try (Codex codex = Codex.start(this.ctx.config(home, work))) {
				warmUp(codex);
				// finished turn results, 100 per thread
				List<CodexThread> owners = new ArrayList<>();
				for (int i = 0; i < Math.max(1, s.memResults() / 100); i++) {
					owners.add(codex.startThread(BenchContext.THREAD));
				}
				model.reset();
				long base = heapAfterGc();
				List<TurnResult> results = new ArrayList<>(s.memResults());
				for (int i = 0; i < s.memResults(); i++) {
					results.add(owners.get(i % owners.size()).run(BenchContext.PROMPT));
					if (i % 200 == 199) {
						model.reset();
					}
				}
				model.reset();
				long after = heapAfterGc();
				perResult = (after - base) / (double) s.memResults();
				Reference.reachabilityFence(results);
				Reference.reachabilityFence(owners);
			}
			try (Codex codex = Codex.start(this.ctx.config(home, work))) {
				warmUp(codex);
				// no growth: batches of turns by parallel workers, each on its own thread, a new thread every
				// memTurnsPerThread turns (conversations stay short); the heap after each batch
				int batch = s.memTurns() / s.memSamples();
				int perWorker = batch / s.memWorkers();
				ExecutorService pool = Executors.newFixedThreadPool(s.memWorkers());
				try {
					int[] counters = new int[s.memWorkers()];
					CodexThread[] current = new CodexThread[s.memWorkers()];
					long done = 0;
					for (int sample = 0; sample < s.memSamples(); sample++) {
						List<Future<?>> futures = new ArrayList<>();
						for (int w = 0; w < s.memWorkers(); w++) {
							int worker = w;
							futures.add(pool.submit(() -> {
								for (int i = 0; i < perWorker; i++) {
									if (counters[worker]++ % s.memTurnsPerThread() == 0) {
										current[worker] = codex.startThread(BenchContext.THREAD);
									}
									current[worker].run(BenchContext.PROMPT);
								}
								return null;
							}));
						}
						for (Future<?> f : futures) {
							f.get();
						}
						done += (long) perWorker * s.memWorkers();
						model.reset();
						x[sample] = done;
						y[sample] = heapAfterGc();
					}
				}
				finally {
					pool.shutdownNow();
				}
			}
		}
		this.sampleTurns = x;
		this.sampleHeap = y;
		String load = Machine.loadSpan(load0, Machine.load1());
		// the first batch warms caches up; the slope is fitted from the first sample on
		double slope = Stats.slope(x, y);
		Stats slopeStats = Stats.single(slope, 0);
		double growth = y[y.length - 1] - y[0];
		String title = String.format(Locale.ROOT, "6. Heap slope over %,d turns (%d samples, %+.0f KiB first→last)",
				(long) x[x.length - 1], x.length, growth / 1024);
		return List.of(
				new Figure("mem.thread", "6. Heap retained per idle CodexThread (" + s.memThreads() + " threads)",
						"bytes", "%.0f", Stats.single(perThread, 0), null, null, Double.NaN, "", "(info)", null,
						load),
				new Figure("mem.result", "6. Heap retained per finished TurnResult (" + s.memResults() + " results)",
						"bytes", "%.0f", Stats.single(perResult, 0), null, null, Double.NaN, "", "(info)", null,
						load),
				new Figure("mem.slope", title, "B/turn", "%.1f", slopeStats, null, null, Double.NaN, "",
						"no growth (≤ " + (int) NO_GROWTH_BYTES_PER_TURN + " B/turn)",
						slope <= NO_GROWTH_BYTES_PER_TURN, load));
	}

	/** Heap samples for the chart: turns done → used heap after GC. */
	static String samples(double[] x, double[] y) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < x.length; i++) {
			sb.append(String.format(Locale.ROOT, "%s%.0f:%.0f", (i > 0) ? " " : "", x[i], y[i]));
		}
		return sb.toString();
	}

}
