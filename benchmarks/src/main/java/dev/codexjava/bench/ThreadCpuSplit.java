package dev.codexjava.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * For diagnosis only ({@code -Dbench.user.threadCpu=true}): a client process's CPU split by thread, read from
 * {@code /proc/PID/task/TID/stat} at the edges of a measured phase — no profiler attached, so no attach-time
 * deoptimisation in the figures. Threads are grouped by name without their numbers ({@code C2 CompilerThread0} and
 * {@code 1} are one group). Threads that ended inside the phase are missing (their time is in the process's total).
 */
final class ThreadCpuSplit {

	private final long pid;

	private final Map<String, Long> start;

	private final double startAge;

	private ThreadCpuSplit(long pid) {
		this.pid = pid;
		this.start = ticks(pid);
		this.startAge = age(pid);
	}

	/** Begins a split when {@code -Dbench.user.threadCpu=true}, else null. */
	static ThreadCpuSplit begin(long pid) {
		return Boolean.getBoolean("bench.user.threadCpu") ? new ThreadCpuSplit(pid) : null;
	}

	/** The CPU each thread group took since {@link #begin}, in ms per {@code per} (e.g. per delta in µs: per/1000). */
	String end(double per, String unit) {
		Map<String, Long> now = ticks(this.pid);
		StringBuilder out = new StringBuilder();
		now.forEach((group, t) -> {
			long d = t - this.start.getOrDefault(group, 0L);
			if (d > 0) {
				out.append(String.format(" %s=%.2f%s", group, d * 1000 / ProcStat.HZ / per, unit));
			}
		});
		// the phase's window in seconds since the process started (JVM logs such as -XX:+LogCompilation stamp so)
		out.append(String.format(" (window %.2f-%.2f s of the process's life)", this.startAge, age(this.pid)));
		return out.toString().trim();
	}

	/** Seconds since the process started, from its start time in {@code /proc/PID/stat} and {@code /proc/uptime}. */
	private static double age(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
			return uptime - Long.parseLong(f[19]) / ProcStat.HZ;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	private static Map<String, Long> ticks(long pid) {
		Map<String, Long> groups = new TreeMap<>();
		try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
			tasks.forEach(task -> {
				try {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
						.replaceAll("[#\\d]+$", "").replace(' ', '_');
					String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					groups.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
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
