package dev.codexjava.bench;

/**
 * How much each scenario does: {@link #full()} for the documented run, {@link #medium()} for quick comparisons,
 * {@link #smoke()} for CI.
 */
record Sizes(String name, int readyWarmup, int readyReps, int turnWarmup, int turns, int deltas, int streamWarmupTurns,
		int streamWarmupDeltas, int streamReps, int concThreads, int concTurnsPerThread, int concReps, int springWarmup, int springReps,
		int memThreads, int memResults, int memTurns, int memSamples, int memWorkers, int memTurnsPerThread,
		int jmhForks, int jmhWarmupIterations, int jmhWarmupMillis, int jmhIterations, int jmhMillis) {

	static Sizes full() {
		return new Sizes("full", 2, 15, 50, 200, 20_000, 3, 20_000, 7, 16, 5, 5, 2, 10, 200, 1_000, 10_000, 10, 4, 250, 1,
				3, 1_000, 5, 1_000);
	}

	/** Between the two: every scenario at its full shape, fewer repetitions (for profiling and quick before/after). */
	static Sizes medium() {
		return new Sizes("medium", 1, 5, 30, 100, 20_000, 2, 20_000, 3, 16, 5, 2, 1, 3, 100, 500, 2_000, 5, 4, 100, 1,
				2, 500, 3, 500);
	}

	static Sizes smoke() {
		return new Sizes("smoke", 0, 2, 2, 5, 500, 1, 100, 1, 4, 2, 1, 0, 1, 10, 20, 200, 4, 2, 25, 0, 1, 100, 1, 200);
	}

}
