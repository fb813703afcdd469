package dev.codexjava.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chart, written by hand: left, the distribution (CDF) of trivial-turn latencies for the SDK, the floor and an
 * external client; right, every SDK/floor ratio as a bar, with 1.0 and the goal marked.
 */
final class SvgChart {

	private static final String SDK = "#1f77b4";

	private static final String FLOOR = "#ff7f0e";

	private static final String EXTERNAL = "#2ca02c";

	private static final String MET = "#2ca02c";

	private static final String MISSED = "#d62728";

	private static final String INFO = "#8c8c8c";

	private static final int WIDTH = 1100;

	private static final int HEIGHT = 480;

	private final List<Figure> figures;

	private final Map<String, String> machine;

	private final StringBuilder svg = new StringBuilder();

	SvgChart(List<Figure> figures, Map<String, String> machine) {
		this.figures = figures;
		this.machine = machine;
	}

	String render() {
		this.svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
				+ "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">%n",
				WIDTH, HEIGHT, WIDTH, HEIGHT));
		this.svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH,
				HEIGHT));
		text(20, 24, "codex-java-sdk vs. the floor (minimal client), same binary and mock model — "
				+ this.machine.getOrDefault("nproc", "?") + " CPUs, load " + this.machine.getOrDefault("load", "?"),
				"start", 14, "bold", "#222");
		latencyPanel(60, 60, 440, 360);
		ratioPanel(760, 60, 300, 360);
		this.svg.append("</svg>\n");
		return this.svg.toString();
	}

	// ------------------------------------------------------------------ left: latency CDF

	private void latencyPanel(int x0, int y0, int w, int h) {
		Figure turn = find("turn.median");
		text(x0, y0 - 12, "Trivial-turn latency, cumulative distribution (run(), same thread)", "start", 13, "bold",
				"#222");
		if (turn == null) {
			text(x0 + w / 2, y0 + h / 2, "no trivial-turn data", "middle", 12, "normal", INFO);
			return;
		}
		List<double[]> series = new ArrayList<>();
		List<String> colors = new ArrayList<>();
		List<String> names = new ArrayList<>();
		add(series, colors, names, turn.sdk(), SDK, "SDK");
		add(series, colors, names, turn.floor(), FLOOR, "floor");
		add(series, colors, names, turn.external(), EXTERNAL, "external");
		double lo = Double.MAX_VALUE;
		double hi = 0;
		for (double[] s : series) {
			lo = Math.min(lo, s[0]);
			hi = Math.max(hi, Stats.percentile(s, 98));
		}
		double[] ticks = niceTicks(lo, hi * 1.02, 6);
		double xmin = ticks[0];
		double xmax = ticks[ticks.length - 1];
		frame(x0, y0, w, h);
		for (double t : ticks) {
			double px = x0 + (t - xmin) / (xmax - xmin) * w;
			line(px, y0 + h, px, y0 + h + 4, "#444", 1, null);
			line(px, y0, px, y0 + h, "#eee", 1, null);
			text(px, y0 + h + 18, fmt(t), "middle", 11, "normal", "#444");
		}
		for (int i = 0; i <= 4; i++) {
			double py = y0 + h - i / 4.0 * h;
			line(x0 - 4, py, x0, py, "#444", 1, null);
			text(x0 - 8, py + 4, String.format(Locale.ROOT, "%.2f", i / 4.0), "end", 11, "normal", "#444");
			if (i > 0 && i < 4) {
				line(x0, py, x0 + w, py, "#eee", 1, null);
			}
		}
		text(x0 + w / 2.0, y0 + h + 36, "latency (ms); values above the 98th percentile are off the right edge",
				"middle", 11, "normal", "#444");
		for (int k = 0; k < series.size(); k++) {
			double[] s = series.get(k);
			StringBuilder points = new StringBuilder();
			double prevY = y0 + h;
			for (int i = 0; i < s.length; i++) {
				double px = x0 + Math.min(1, (s[i] - xmin) / (xmax - xmin)) * w;
				double py = y0 + h - (i + 1.0) / s.length * h;
				points.append(String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f ", px, prevY, px, py));
				prevY = py;
			}
			this.svg.append(String.format(Locale.ROOT,
					"<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", colors.get(k),
					points.toString().strip()));
			double median = Stats.percentile(s, 50);
			double mx = x0 + Math.min(1, (median - xmin) / (xmax - xmin)) * w;
			line(mx, y0, mx, y0 + h, colors.get(k), 1, "4,3");
			double p90 = Stats.percentile(s, 90);
			double ly = y0 + 18 + k * 18;
			line(x0 + w - 250, ly - 4, x0 + w - 230, ly - 4, colors.get(k), 2, null);
			text(x0 + w - 225, ly, String.format(Locale.ROOT, "%s: median %.2f, p90 %.2f ms (n=%d)", names.get(k),
					median, p90, s.length), "start", 11, "normal", "#222");
		}
	}

	private static void add(List<double[]> series, List<String> colors, List<String> names, Stats s, String color,
			String name) {
		if (s != null && s.n() > 0) {
			double[] sorted = s.values().clone();
			Arrays.sort(sorted);
			series.add(sorted);
			colors.add(color);
			names.add(name);
		}
	}

	// ------------------------------------------------------------------ right: ratios

	private record Bar(String label, double ratio, double goal, boolean higherIsBetter, Boolean met) {
	}

	private void ratioPanel(int x0, int y0, int w, int h) {
		List<Bar> bars = new ArrayList<>();
		bar(bars, "ready", "1 ready time", Double.NaN, false);
		bar(bars, "turn.median", "2 turn latency, median", 1.02, false);
		bar(bars, "turn.p90", "2 turn latency, p90", Double.NaN, false);
		bar(bars, "stream.rate", "3 stream events/s", 0.98, true);
		bar(bars, "stream.cpu1k", "3 CPU per 1k events", Double.NaN, false);
		bar(bars, "conc.tps", "4 concurrent turns/s", 1.0, true);
		bar(bars, "jmh", "7 hot path ns/op (vs Jackson)", 2.0, false);
		text(x0 - 230, y0 - 12, "Ratios SDK / floor (1.0 = the floor; dashes = goal)", "start", 13, "bold", "#222");
		if (bars.isEmpty()) {
			return;
		}
		double max = 2.0;
		for (Bar b : bars) {
			max = Math.max(max, Math.min(b.ratio() * 1.1, 4.0));
		}
		double[] ticks = niceTicks(0, max, 5);
		double xmax = ticks[ticks.length - 1];
		frame(x0, y0, w, h);
		for (double t : ticks) {
			double px = x0 + t / xmax * w;
			line(px, y0 + h, px, y0 + h + 4, "#444", 1, null);
			line(px, y0, px, y0 + h, "#eee", 1, null);
			text(px, y0 + h + 18, fmt(t) + "×", "middle", 11, "normal", "#444");
		}
		double one = x0 + 1.0 / xmax * w;
		line(one, y0, one, y0 + h, "#222", 1.5, null);
		double slot = (double) h / bars.size();
		for (int i = 0; i < bars.size(); i++) {
			Bar b = bars.get(i);
			double cy = y0 + slot * i + slot / 2;
			String color = (b.met() == null) ? INFO : b.met() ? MET : MISSED;
			double len = Math.min(b.ratio(), xmax) / xmax * w;
			this.svg.append(String.format(Locale.ROOT,
					"<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"0.8\"/>%n",
					x0, cy - slot * 0.3, len, slot * 0.6, color));
			text(x0 - 8, cy - 2, b.label(), "end", 11, "normal", "#222");
			text(x0 - 8, cy + 12, b.higherIsBetter() ? "higher is better" : "lower is better", "end", 10, "normal",
					"#777");
			text(x0 + len + 4, cy + 4, String.format(Locale.ROOT, "%.3f×%s", b.ratio(), (b.ratio() > xmax) ? " →" : ""),
					"start", 11, "bold", "#222");
			if (!Double.isNaN(b.goal())) {
				double gx = x0 + b.goal() / xmax * w;
				line(gx, cy - slot * 0.45, gx, cy + slot * 0.45, "#222", 2, "3,2");
			}
		}
		text(x0 + w / 2.0, y0 + h + 36, "green = goal met, red = missed, grey = no goal", "middle", 11, "normal",
				"#444");
	}

	private void bar(List<Bar> bars, String id, String label, double goal, boolean higherIsBetter) {
		Figure f = find(id);
		if (f != null && !Double.isNaN(f.ratio()) && f.ratio() > 0) {
			bars.add(new Bar(label, f.ratio(), goal, higherIsBetter, f.met()));
		}
	}

	// ------------------------------------------------------------------ helpers

	private Figure find(String id) {
		return this.figures.stream().filter((f) -> f.id().equals(id)).findFirst().orElse(null);
	}

	private void frame(int x0, int y0, int w, int h) {
		this.svg.append(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n", x0, y0, w, h));
	}

	private void line(double x1, double y1, double x2, double y2, String color, double width, String dash) {
		line(this.svg, x1, y1, x2, y2, color, width, dash);
	}

	private void text(double x, double y, String text, String anchor, int size, String weight, String color) {
		text(this.svg, x, y, text, anchor, size, weight, color);
	}

	/** Appends an SVG line ({@code dash}: a {@code stroke-dasharray}, or {@code null} for a solid one). */
	static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String color, double width,
			String dash) {
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n", x1, y1,
				x2, y2, color, width, (dash != null) ? " stroke-dasharray=\"" + dash + "\"" : ""));
	}

	/** Appends an SVG text, escaped. */
	static void text(StringBuilder svg, double x, double y, String text, String anchor, int size, String weight,
			String color) {
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" font-weight=\"%s\" fill=\"%s\">%s"
						+ "</text>%n",
				x, y, anchor, size, weight, color, escape(text)));
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** A tick label: a whole number without decimals, else up to two. */
	static String fmt(double v) {
		return (Math.abs(v - Math.rint(v)) < 1e-9) ? String.format(Locale.ROOT, "%.0f", v)
				: String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
	}

	/** Round tick values covering [lo, hi]. */
	static double[] niceTicks(double lo, double hi, int count) {
		if (!(hi > lo)) {
			hi = lo + 1;
		}
		double raw = (hi - lo) / count;
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = magnitude;
		for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (m * magnitude >= raw) {
				step = m * magnitude;
				break;
			}
		}
		double start = Math.floor(lo / step) * step;
		double end = Math.ceil(hi / step) * step;
		int n = (int) Math.round((end - start) / step);
		double[] ticks = new double[n + 1];
		for (int i = 0; i <= n; i++) {
			ticks[i] = start + i * step;
		}
		return ticks;
	}

}
