package dev.codexjava.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the numbers were measured on, and how busy the machine was. */
final class Machine {

	private Machine() {
	}

	/** The 1-minute load average, or NaN where /proc/loadavg is missing. */
	static double load1() {
		try {
			String text = Files.readString(Path.of("/proc/loadavg"));
			return Double.parseDouble(text.split("\\s+")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	/** The load averages as in {@code uptime}: 1, 5, 15 minutes. */
	static String loadAverages() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return "?";
		}
	}

	static String loadSpan(double before, double after) {
		return String.format(Locale.ROOT, "%.2f→%.2f", before, after);
	}

	/** nproc, CPU model, memory, OS, JVM, codex version, load. */
	static Map<String, String> describe(Path codexBinary) {
		Map<String, String> info = new LinkedHashMap<>();
		info.put("nproc", String.valueOf(Runtime.getRuntime().availableProcessors()));
		info.put("cpu", cpuModel());
		info.put("memory", memory());
		info.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
				+ System.getProperty("os.arch") + ")");
		info.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		info.put("codex", run(codexBinary.toString(), "--version") + " (" + codexBinary + ")");
		info.put("load", loadAverages());
		return info;
	}

	private static String cpuModel() {
		String lscpu = run("lscpu");
		for (String line : lscpu.split("\n")) {
			if (line.startsWith("Model name:")) {
				return line.substring("Model name:".length()).strip();
			}
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).strip();
				}
			}
		}
		catch (IOException ex) {
			// fall through
		}
		return "?";
	}

	private static String memory() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					long kb = Long.parseLong(line.replaceAll("\\D", ""));
					return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// fall through
		}
		return "?";
	}

	/** Runs a short command and returns its output (or "?"). */
	static String run(String... command) {
		try {
			Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
			p.getOutputStream().close();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (!p.waitFor(10, TimeUnit.SECONDS)) {
				p.destroyForcibly();
			}
			return out;
		}
		catch (IOException ex) {
			return "?";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "?";
		}
	}

}
