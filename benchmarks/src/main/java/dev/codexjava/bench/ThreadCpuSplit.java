package dev.codexjava.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A client process's CPU split by thread, read from {@code /proc/PID/task/TID/stat} at the edges of a measured warm
 * phase — no profiler attached, so no attach-time deoptimisation in the figures. Every run reports the JIT
 * compilers' share ({@link #compilerTicks}); {@code -Dbench.user.threadCpu=true} prints every group (diagnosis).
 * Threads are grouped by name without their numbers ({@code C2 CompilerThread0} and {@code 1} are one group), each
 * with its context switches (voluntary + involuntary, per delta or turn). Threads that ended inside the phase are
 * missing (their time is in the process's total).
 */
final class ThreadCpuSplit {

	private final long pid;

	private final Map<String, Long> start;

	private final double startAge;

	private Map<String, Long> end;

	private double endAge;

	private ThreadCpuSplit(long pid) {
		this.pid = pid;
		this.start = ticks(pid);
		this.startAge = age(pid);
	}

	/** Begins a split of the process's CPU. */
	static ThreadCpuSplit begin(long pid) {
		return new ThreadCpuSplit(pid);
	}

	/** Ends the split: what {@link #compilerTicks} and {@link #describe} tell is from {@link #begin} to now. */
	ThreadCpuSplit end() {
		this.end = ticks(this.pid);
		this.endAge = age(this.pid);
		return this;
	}

	/**
	 * The ticks the JIT compilers' threads ({@code C1 CompilerThread*}, {@code C2 CompilerThread*}) took in the
	 * split (0 for a process without them, e.g. the Python SDK's).
	 */
	long compilerTicks() {
		long sum = 0;
		for (Map.Entry<String, Long> e : this.end.entrySet()) {
			String group = e.getKey();
			if (group.startsWith("C1_CompilerThre") || group.startsWith("C2_CompilerThre")) {
				sum += e.getValue() - this.start.getOrDefault(group, 0L);
			}
		}
		return sum;
	}

	/** Whether {@code -Dbench.user.threadCpu=true} asked for {@link #describe} to be printed. */
	static boolean printed() {
		return Boolean.getBoolean("bench.user.threadCpu");
	}

	/**
	 * The CPU each thread group took in the split, in ms per {@code per} (e.g. per delta in µs: per/1000), and its
	 * context switches per one of the phase's {@code count} deltas or turns.
	 */
	String describe(double per, String unit, long count) {
		Map<String, Long> now = this.end;
		StringBuilder out = new StringBuilder();
		now.forEach((group, t) -> {
			if (group.startsWith(SWITCHES)) {
				return;
			}
			long d = t - this.start.getOrDefault(group, 0L);
			if (d > 0) {
				long switches = now.getOrDefault(SWITCHES + group, 0L) - this.start.getOrDefault(SWITCHES + group, 0L);
				out.append(String.format(" %s=%.2f%s(%.2f switches)", group, d * 1000 / ProcStat.HZ / per, unit,
						(double) switches / count));
			}
		});
		// the phase's window in seconds since the process started (JVM logs such as -XX:+LogCompilation stamp so)
		out.append(String.format(" (window %.2f-%.2f s of the process's life)", this.startAge, this.endAge));
		return out.toString().trim();
	}

	/** Seconds since the process started, from its start time in {@code /proc/PID/stat} and {@code /proc/uptime}. */
	private static double age(long pid) {
		try {
			String[] f = ProcStat.statFields(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
			double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
			return uptime - Long.parseLong(f[19]) / ProcStat.HZ;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	/** Key prefix of a group's context switches (voluntary + involuntary) beside its CPU ticks. */
	private static final String SWITCHES = "switches:";

	private static long switches(Path task) throws IOException {
		long n = 0;
		for (String line : Files.readAllLines(task.resolve("status"))) {
			if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
				n += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
			}
		}
		return n;
	}

	private static Map<String, Long> ticks(long pid) {
		Map<String, Long> groups = new TreeMap<>();
		try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
			tasks.forEach(task -> {
				try {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
						.replaceAll("[#\\d]+$", "").replace(' ', '_');
					groups.merge(name, ProcStat.cpuTicks(ProcStat.statFields(stat)), Long::sum);
					groups.merge(SWITCHES + name, switches(task), Long::sum);
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended between the listing and the read
				}
			});
		}
		catch (IOException ex) {
			// the process is gone
		}
		return groups;
	}

}
