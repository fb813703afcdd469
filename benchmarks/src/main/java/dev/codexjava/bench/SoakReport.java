package dev.codexjava.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.protocol.Json;

/** Writes the soak's results: {@code soak.md} (table and verdict), {@code soak.json} (every sample), {@code soak.svg}. */
final class SoakReport {

	private final SoakScenario soak;

	private final Map<String, String> machine;

	private final String command;

	SoakReport(SoakScenario soak, Map<String, String> machine, String command) {
		this.soak = soak;
		this.machine = machine;
		this.command = command;
	}

	String verdictText() {
		StringBuilder sb = new StringBuilder();
		for (SoakScenario.Check c : this.soak.verdict()) {
			sb.append(String.format(Locale.ROOT, "%-4s %-45s %s  (rule: %s)%n", c.ok() ? "ok" : "FAIL", c.name(),
					c.measured(), c.rule()));
		}
		sb.append(String.format(Locale.ROOT, "info app-server RSS slope over the window: %+.1f B/turn (not judged)%n",
				this.soak.serverRssSlope()));
		sb.append("VERDICT: ").append(this.soak.passed() ? "PASSED (zero errors, flat after warm-up)" : "FAILED");
		return sb.toString();
	}

	// ------------------------------------------------------------------ markdown

	String markdown() {
		SoakScenario s = this.soak;
		SoakScenario.Options o = s.options;
		StringBuilder sb = new StringBuilder();
		sb.append(String.format(Locale.ROOT, "Soak (%s): %,d streamed turns, %d Java threads, one app-server, a fresh "
				+ "CodexThread every %d turns (%d started), samples every %.1f s; %.1f s, %.1f turns/s.%n%n", o.name(),
				o.turns(), o.workers(), o.rotateEvery(), s.threadsStarted.get(), o.interval().toMillis() / 1000.0,
				s.seconds, s.done.get() / Math.max(s.seconds, 1e-9)));
		sb.append("| t [s] | turns | errors | turns/s | JVM RSS MiB | heap MiB | heap after GC MiB | JVM threads "
				+ "(mock's, workers, SDK's, SDK pool) | fds (sockets) | children | descendants | app-server RSS MiB | app-server threads "
				+ "| loaded conversations | active turns | load 1m |\n");
		sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		row(sb, "before", s.baseline);
		List<SoakScenario.Sample> samples = List.copyOf(s.samples);
		int every = Math.max(1, (samples.size() + 39) / 40);
		for (int i = 0; i < samples.size(); i++) {
			if (i % every == 0 || i == samples.size() - 1) {
				row(sb, null, samples.get(i));
			}
		}
		row(sb, "idle", s.idle);
		row(sb, "after close", s.afterClose);
		if (every > 1) {
			sb.append("\n(one sample in ").append(every).append(" shown; all of them are in soak.json)\n");
		}
		sb.append("\nVerdict (window = samples taken once half of the turns were done; warm-up = the samples "
				+ "before):\n\n| check | rule | measured | |\n|---|---|---|---|\n");
		for (SoakScenario.Check c : s.verdict()) {
			sb.append("| ").append(c.name()).append(" | ").append(c.rule()).append(" | ").append(c.measured())
				.append(" | ").append(c.ok() ? "✅" : "❌").append(" |\n");
		}
		sb.append(String.format(Locale.ROOT, "| app-server RSS, slope over the window | (info, not judged) | %+.1f "
				+ "B/turn | |%n", s.serverRssSlope()));
		sb.append("\n**").append(s.passed() ? "PASSED" : "FAILED").append("**\n");
		if (!s.errorMessages.isEmpty()) {
			sb.append("\nFirst errors:\n\n```\n");
			List.copyOf(s.errorMessages).forEach((m) -> sb.append(m).append('\n'));
			sb.append("```\n");
		}
		sb.append("\nMachine: ");
		this.machine.forEach((k, v) -> sb.append(k).append(" = ").append(v).append("; "));
		sb.append("load at the start ").append(s.loadStart).append(", at the end ").append(s.loadEnd);
		sb.append("\n\nCommand: `").append(this.command).append("`\n");
		return sb.toString();
	}

	private static void row(StringBuilder sb, String label, SoakScenario.Sample s) {
		if (s == null) {
			return;
		}
		sb.append(String.format(Locale.ROOT,
				"| %s | %d | %d | %s | %.1f | %.1f | %.1f | %d (%d, %d, %d, %d) | %d (%d) | %d | %d | %s | %s | %s | %d | %.2f |%n",
				(label != null) ? label : String.format(Locale.ROOT, "%.1f", s.seconds()), s.turns(), s.errors(),
				(label != null) ? "" : String.format(Locale.ROOT, "%.1f", s.turnsPerSecond()), s.rssKb() / 1024.0,
				SoakScenario.mib(s.heapUsed()), SoakScenario.mib(s.heapAfterGc()), s.jvmThreads(), s.mockThreads(),
				s.workerThreads(), s.sdkThreads(), s.poolThreads(), s.fds(), s.socketFds(), s.children(), s.descendants(), (s.serverRssKb() >= 0) ? String.format(Locale.ROOT, "%.1f", s.serverRssKb() / 1024.0) : "",
				(s.serverThreads() >= 0) ? s.serverThreads() : "", (s.loadedThreads() >= 0) ? s.loadedThreads() : "",
				s.activeTurns(), s.load1()));
	}

	// ------------------------------------------------------------------ json

	String json() {
		SoakScenario s = this.soak;
		ObjectNode root = Json.object();
		ObjectNode m = root.putObject("machine");
		this.machine.forEach(m::put);
		root.put("command", this.command);
		ObjectNode o = root.putObject("options");
		o.put("name", s.options.name());
		o.put("turns", s.options.turns());
		o.put("workers", s.options.workers());
		o.put("rotateEvery", s.options.rotateEvery());
		o.put("intervalMs", s.options.interval().toMillis());
		root.put("seconds", s.seconds);
		root.put("turnsDone", s.done.get());
		root.put("errors", s.errors.get());
		root.put("threadsStarted", s.threadsStarted.get());
		root.put("loadStart", s.loadStart);
		root.put("loadEnd", s.loadEnd);
		ArrayNode errors = root.putArray("errorMessages");
		List.copyOf(s.errorMessages).forEach(errors::add);
		sample(root.putObject("baseline"), s.baseline);
		sample(root.putObject("idle"), s.idle);
		sample(root.putObject("afterClose"), s.afterClose);
		ArrayNode samples = root.putArray("samples");
		for (SoakScenario.Sample sample : List.copyOf(s.samples)) {
			sample(samples.addObject(), sample);
		}
		ArrayNode checks = root.putArray("verdict");
		for (SoakScenario.Check c : s.verdict()) {
			ObjectNode node = checks.addObject();
			node.put("name", c.name());
			node.put("rule", c.rule());
			node.put("measured", c.measured());
			node.put("ok", c.ok());
		}
		root.put("serverRssSlopeBytesPerTurn", s.serverRssSlope());
		root.put("passed", s.passed());
		return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static void sample(ObjectNode node, SoakScenario.Sample s) {
		if (s == null) {
			return;
		}
		node.put("seconds", s.seconds());
		node.put("turns", s.turns());
		node.put("errors", s.errors());
		node.put("turnsPerSecond", s.turnsPerSecond());
		node.put("rssKb", s.rssKb());
		node.put("heapUsed", s.heapUsed());
		node.put("heapAfterGc", s.heapAfterGc());
		node.put("jvmThreads", s.jvmThreads());
		node.put("mockThreads", s.mockThreads());
		node.put("workerThreads", s.workerThreads());
		node.put("sdkThreads", s.sdkThreads());
		node.put("poolThreads", s.poolThreads());
		node.put("fds", s.fds());
		node.put("socketFds", s.socketFds());
		node.put("children", s.children());
		node.put("descendants", s.descendants());
		node.put("serverRssKb", s.serverRssKb());
		node.put("serverThreads", s.serverThreads());
		node.put("loadedThreads", s.loadedThreads());
		node.put("activeTurns", s.activeTurns());
		node.put("load1", s.load1());
	}

	// ------------------------------------------------------------------ chart

	/** Four panels over time: memory (MiB), the app-server's memory, counts, throughput. */
	String svg() {
		List<SoakScenario.Sample> samples = List.copyOf(this.soak.samples);
		List<SoakScenario.Sample> window = this.soak.window();
		double windowStart = window.isEmpty() ? Double.NaN : window.get(0).seconds();
		LineChart chart = new LineChart(1100, 760, samples, windowStart);
		chart.title(String.format(Locale.ROOT, "codex-java-sdk soak: %,d streamed turns, %d threads, one app-server — "
				+ "%s CPUs, load %s → %s — %s", this.soak.options.turns(), this.soak.options.workers(),
				this.machine.getOrDefault("nproc", "?"), this.soak.loadStart, this.soak.loadEnd,
				this.soak.passed() ? "PASSED" : "FAILED"));
		chart.panel(70, 70, 440, 250, "JVM memory (MiB)", List.of(
				new Series("RSS", "#1f77b4", (s) -> s.rssKb() / 1024.0),
				new Series("heap used", "#ff7f0e", (s) -> SoakScenario.mib(s.heapUsed())),
				new Series("heap after GC", "#2ca02c", (s) -> SoakScenario.mib(s.heapAfterGc()))));
		chart.panel(620, 70, 440, 250, "app-server: RSS (MiB), loaded conversations", List.of(
				new Series("app-server RSS", "#9467bd", (s) -> s.serverRssKb() / 1024.0),
				new Series("loaded conversations", "#8c564b", (s) -> s.loadedThreads())));
		chart.panel(70, 420, 440, 250, "Counts", List.of(
				new Series("JVM threads", "#1f77b4", (s) -> s.jvmThreads()),
				new Series("… without mock, workers, SDK pool", "#17becf", (s) -> s.ownThreads()),
				new Series("SDK threads", "#7f7f7f", (s) -> s.sdkThreads()),
				new Series("… of which the SDK worker pool", "#e377c2", (s) -> s.poolThreads()),
				new Series("open fds", "#ff7f0e", (s) -> s.fds()),
				new Series("… without sockets", "#bcbd22", (s) -> s.otherFds()),
				new Series("descendant processes", "#d62728", (s) -> s.descendants()),
				new Series("app-server threads", "#9467bd", (s) -> s.serverThreads())));
		chart.panel(620, 420, 440, 250, "Throughput and errors", List.of(
				new Series("turns/s", "#2ca02c", SoakScenario.Sample::turnsPerSecond),
				new Series("errors (cumulative)", "#d62728", (s) -> s.errors()),
				new Series("load 1m", "#8c8c8c", SoakScenario.Sample::load1)));
		return chart.end();
	}

	record Series(String name, String color, ToDoubleFunction<SoakScenario.Sample> value) {
	}

	/** A minimal SVG line chart (x = seconds), in the style of {@link SvgChart}. */
	static final class LineChart {

		private final StringBuilder svg = new StringBuilder();

		private final List<SoakScenario.Sample> samples;

		private final double windowStart;

		LineChart(int width, int height, List<SoakScenario.Sample> samples, double windowStart) {
			this.samples = samples;
			this.windowStart = windowStart;
			this.svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
					+ "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" "
					+ "font-size=\"12\">%n", width, height, width, height));
			this.svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width,
					height));
		}

		void title(String text) {
			text(20, 24, text, "start", 14, "bold", "#222");
			text(20, 42, "x: seconds since the first turn; shaded: the verdict's window (second half of the turns)",
					"start", 11, "normal", "#555");
		}

		void panel(int x0, int y0, int w, int h, String title, List<Series> series) {
			text(x0, y0 - 10, title, "start", 13, "bold", "#222");
			double xmax = this.samples.stream().mapToDouble(SoakScenario.Sample::seconds).max().orElse(1);
			double ymax = 0;
			for (Series s : series) {
				for (SoakScenario.Sample sample : this.samples) {
					double v = s.value().applyAsDouble(sample);
					if (Double.isFinite(v)) {
						ymax = Math.max(ymax, v);
					}
				}
			}
			double[] xt = SvgChart.niceTicks(0, Math.max(xmax, 1), 6);
			double[] yt = SvgChart.niceTicks(0, Math.max(ymax * 1.05, 1), 5);
			double xEnd = xt[xt.length - 1];
			double yEnd = yt[yt.length - 1];
			if (Double.isFinite(this.windowStart)) {
				double wx = x0 + this.windowStart / xEnd * w;
				this.svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
						+ "fill=\"#f2f2f2\"/>%n", wx, y0, x0 + w - wx, h));
			}
			this.svg.append(String.format(Locale.ROOT,
					"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n", x0, y0, w,
					h));
			for (double t : xt) {
				double px = x0 + t / xEnd * w;
				line(px, y0 + h, px, y0 + h + 4, "#444");
				text(px, y0 + h + 17, SvgChart.fmt(t), "middle", 11, "normal", "#444");
			}
			for (double t : yt) {
				double py = y0 + h - t / yEnd * h;
				line(x0 - 4, py, x0, py, "#444");
				if (t > 0 && t < yEnd) {
					line(x0, py, x0 + w, py, "#e4e4e4");
				}
				text(x0 - 7, py + 4, SvgChart.fmt(t), "end", 11, "normal", "#444");
			}
			int k = 0;
			for (Series s : series) {
				StringBuilder points = new StringBuilder();
				for (SoakScenario.Sample sample : this.samples) {
					double v = s.value().applyAsDouble(sample);
					if (!Double.isFinite(v) || v < 0) {
						continue;
					}
					points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x0 + sample.seconds() / xEnd * w,
							y0 + h - v / yEnd * h));
				}
				this.svg.append(String.format(Locale.ROOT,
						"<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.8\" points=\"%s\"/>%n", s.color(),
						points.toString().strip()));
				double ly = y0 + h + 36 + (k / 2) * 15;
				double lx = x0 + (k % 2) * (w / 2.0);
				line(lx, ly - 4, lx + 18, ly - 4, s.color(), 2);
				text(lx + 23, ly, s.name(), "start", 11, "normal", "#222");
				k++;
			}
		}

		String end() {
			this.svg.append("</svg>\n");
			return this.svg.toString();
		}

		private void line(double x1, double y1, double x2, double y2, String color) {
			line(x1, y1, x2, y2, color, 1);
		}

		private void line(double x1, double y1, double x2, double y2, String color, double width) {
			SvgChart.line(this.svg, x1, y1, x2, y2, color, width, null);
		}

		private void text(double x, double y, String text, String anchor, int size, String weight, String color) {
			SvgChart.text(this.svg, x, y, text, anchor, size, weight, color);
		}

	}

	void write(Path dir) throws IOException {
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("soak.json"), json(), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("soak.md"), markdown(), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("soak.svg"), svg(), StandardCharsets.UTF_8);
	}

}
