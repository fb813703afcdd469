package dev.codexjava.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@code /proc} says about a process and the machine: a process's CPU (utime + stime of all its threads, GC and
 * JIT included, in clock ticks of 10 ms), its peak RSS ({@code VmHWM}), and the machine's busy time
 * ({@code /proc/stat}), from which the busy share of other processes is derived (noise).
 */
final class ProcStat {

	/** Clock ticks per second of {@code /proc/PID/stat} (USER_HZ; 100 on every Linux this runs on). */
	static final double HZ = 100;

	private ProcStat() {
	}

	/** utime + stime of the process in ticks (all threads, ended ones included), or -1 if it is gone. */
	static long cpuTicks(long pid) {
		try {
			return cpuTicks(statFields(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))));
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/**
	 * The fields of a {@code /proc/PID/stat} (or {@code /proc/PID/task/TID/stat}) line after the command name, the
	 * state first: the name is in parentheses and may hold spaces, so fields count from the last ')'.
	 */
	static String[] statFields(String stat) {
		return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
	}

	/** utime + stime, in ticks, of {@link #statFields}. */
	static long cpuTicks(String[] fields) {
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/** Peak resident set ({@code VmHWM}) in kB, or -1. */
	static long peakRssKb(long pid) {
		return statusKb(pid, "VmHWM:");
	}

	static long statusKb(long pid, String key) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith(key)) {
					return Long.parseLong(line.substring(key.length()).replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// fall through
		}
		return -1;
	}

	/** The machine's busy and total ticks summed over all CPUs ({@code /proc/stat} first line), or null. */
	static long[] machineTicks() {
		try {
			String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
			String[] f = line.trim().split("\\s+");
			long total = 0;
			long idle = 0;
			for (int i = 1; i < f.length && i <= 8; i++) {
				long v = Long.parseLong(f[i]);
				total += v;
				if (i == 4 || i == 5) {
					idle += v; // idle, iowait
				}
			}
			return new long[] { total - idle, total };
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Tracks the CPU of a set of our own processes (the client, its descendants, this harness) and the machine's
	 * busy time, to tell how much of the machine other processes took during a measurement.
	 */
	static final class Noise {

		private final long[] machine0;

		/** Our processes' CPU when first seen (0 for those born during the run) and when last seen. */
		private final Map<Long, Long> first = new HashMap<>();

		private final Map<Long, Long> last = new HashMap<>();

		private final long client;

		Noise(long clientPid) {
			this.client = clientPid;
			this.machine0 = machineTicks();
			sample();
			this.first.putAll(this.last);
		}

		/**
		 * Reads our processes' CPU now; call it before a command that ends some of them (a restart, quit), so that
		 * their CPU up to then is still counted as ours.
		 */
		void sample() {
			record(ProcessHandle.current().pid());
			record(this.client);
			ProcessHandle.of(this.client).ifPresent((p) -> p.descendants().forEach((d) -> record(d.pid())));
		}

		private void record(long pid) {
			long ticks = cpuTicks(pid);
			if (ticks >= 0) {
				this.last.put(pid, ticks);
			}
		}

		/** The busy share of the machine's capacity taken by other processes since construction (0–1), or NaN. */
		double otherShare() {
			sample();
			long[] machine1 = machineTicks();
			if (this.machine0 == null || machine1 == null || machine1[1] <= this.machine0[1]) {
				return Double.NaN;
			}
			long own = 0;
			for (Map.Entry<Long, Long> e : this.last.entrySet()) {
				// a process born during the run counts from zero
				own += e.getValue() - this.first.getOrDefault(e.getKey(), 0L);
			}
			return share(machine1[0] - this.machine0[0], own, machine1[1] - this.machine0[1]);
		}

		/** (busy − ours) / total, clamped to 0–1. */
		static double share(long busy, long own, long total) {
			if (total <= 0) {
				return Double.NaN;
			}
			return Math.min(1, Math.max(0, (double) (busy - own) / total));
		}

	}

}
