package dev.codexjava.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the client, without the child process (a separate process anyway) and without the in-process mock
 * model: the sum of {@link ThreadMXBean} CPU times of every live Java thread except the mock's (its handler threads
 * {@code codex-mock-model-*} and the JDK HTTP server's dispatcher). A second figure, the JVM's process CPU time minus
 * the mock's threads, adds what no Java thread shows (GC, JIT compiler) — an upper bound, since the mock's own
 * allocations are collected by the same GC.
 */
final class CpuMeter {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final com.sun.management.OperatingSystemMXBean OS =
			(com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

	static {
		if (THREADS.isThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
			THREADS.setThreadCpuTimeEnabled(true);
		}
	}

	private CpuMeter() {
	}

	/** CPU per thread id at one instant, split into client and mock. */
	record Snapshot(Map<Long, Long> client, Map<Long, Long> mock, long process, Map<Long, String> names) {
	}

	/** Client CPU between two snapshots. */
	record Usage(long clientNanos, long clientWithGcJitNanos) {
	}

	static boolean isMock(String name) {
		return name.startsWith("codex-mock-model-") || name.startsWith("HTTP-Dispatcher")
				|| name.startsWith("server-timer") || name.startsWith("idle-timeout-task");
	}

	static Snapshot take() {
		Map<Long, Long> client = new HashMap<>();
		Map<Long, Long> mock = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		long[] ids = THREADS.getAllThreadIds();
		ThreadInfo[] infos = THREADS.getThreadInfo(ids);
		for (int i = 0; i < ids.length; i++) {
			if (infos[i] == null) {
				continue;
			}
			long cpu = THREADS.getThreadCpuTime(ids[i]);
			if (cpu < 0) {
				continue;
			}
			(isMock(infos[i].getThreadName()) ? mock : client).put(ids[i], cpu);
			names.put(ids[i], infos[i].getThreadName());
		}
		return new Snapshot(client, mock, OS.getProcessCpuTime(), names);
	}

	static Usage between(Snapshot before, Snapshot after) {
		long client = delta(before.client(), after.client());
		long mock = delta(before.mock(), after.mock());
		return new Usage(client, Math.max(client, after.process() - before.process() - mock));
	}

	/** CPU time of the calling thread (cheap). */
	static long currentThreadCpu() {
		return THREADS.getCurrentThreadCpuTime();
	}

	/** CPU of the SDK's own threads ({@code codex-*} but not the mock's) between two snapshots. */
	static long sdkThreadsCpu(Snapshot before, Snapshot after) {
		long sum = 0;
		for (Map.Entry<Long, Long> e : after.client().entrySet()) {
			String name = after.names().get(e.getKey());
			if (name != null && name.startsWith("codex-")) {
				sum += e.getValue() - before.client().getOrDefault(e.getKey(), 0L);
			}
		}
		return sum;
	}

	/** Per-thread client CPU between two snapshots, for -Dbench.verbose=true. */
	static String breakdown(Snapshot before, Snapshot after) {
		StringBuilder sb = new StringBuilder();
		after.client().entrySet()
			.stream()
			.map((e) -> Map.entry(after.names().get(e.getKey()), e.getValue() - before.client().getOrDefault(e.getKey(), 0L)))
			.filter((e) -> e.getValue() > 100_000)
			.sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
			.forEach((e) -> sb.append(String.format(java.util.Locale.ROOT, " %s=%.1fms", e.getKey(), e.getValue() / 1e6)));
		return sb.toString();
	}

	private static long delta(Map<Long, Long> before, Map<Long, Long> after) {
		long sum = 0;
		for (Map.Entry<Long, Long> e : after.entrySet()) {
			sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
		}
		return sum;
	}

}
