package dev.codexjava.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chart of the "what users pay" table ({@code user.svg} beside {@code user.md}): one small panel per figure, each
 * with its own scale; in each a bar per client of the table, in the table's order (the median, labelled; whiskers:
 * min–max over the runs), and the goals of issue 12 marked on the SDK's bars (green where met, red where missed).
 * Drawn from the table as written ({@link UserTable}), so any {@code user.md} can be drawn again:
 * {@code benchmarks.jar userChart user.md [user.svg] [note]}.
 */
final class UserChart {

	private static final String DASHED = "6,3";

	private static final String DOTTED = "2,2";

	private static final String PYTHON = "Python SDK";

	private static final String MET = "#2ca02c";

	private static final String MISSED = "#d62728";

	private static final int WIDTH = 1400;

	private static final int COLUMNS = 4;

	private static final int PLOT_WIDTH = 270;

	private static final int PLOT_HEIGHT = 150;

	/** The panels' top with one line of legend; each further line (many clients) moves them down. */
	private static final int TOP = 150;

	private static final int LEGEND_LINE = 22;

	private static final int ROW = PLOT_HEIGHT + 90;

	/**
	 * A goal on the SDK's bars: {@code factor × reference + offset}; the reference is {@code floor} (the floor column
	 * of the same JDK), {@code python}, {@code self:METRIC} (the same column's other figure) or {@code abs} (none).
	 */
	private record Goal(String text, String reference, double factor, double offset, String dash) {
	}

	/** One panel: a figure of the table ({@link UserScenario#METRICS} id), its short title, its goals. */
	private record Panel(String metric, String title, boolean higherIsBetter, List<Goal> goals) {
	}

	private static final List<Panel> PANELS = List.of(
			new Panel("cpuDeltaWarm", "CPU per streamed delta, warm", false, List.of(
					new Goal("≤ 1.3× floor", "floor", 1.3, 0, DASHED),
					new Goal("≤ 0.5× Python SDK", "python", 0.5, 0, DOTTED))),
			new Panel("cpuTurnWarm", "CPU per trivial turn, warm", false, List.of(
					new Goal("≤ 1.5× floor", "floor", 1.5, 0, DASHED))),
			new Panel("cpuTurnCold", "CPU per trivial turn, first 50 turns", false, List.of(
					new Goal("≤ Python SDK", "python", 1.0, 0, DOTTED))),
			new Panel("cpuDeltaCold", "CPU per delta, first streamed turn", false, List.of()),
			new Panel("rateWarm", "streamed deltas/s, warm", true, List.of(
					new Goal("≥ 0.98× floor", "floor", 0.98, 0, DASHED))),
			new Panel("rateCold", "streamed deltas/s, first streamed turn", true, List.of()),
			new Panel("allocDelta", "allocation per streamed delta, warm", false, List.of(
					new Goal("≤ 256 B", "abs", 0, 256, DASHED))),
			new Panel("allocTurn", "allocation per trivial turn, warm", false, List.of(
					new Goal("≤ 16 KB", "abs", 0, 16, DASHED))),
			new Panel("rss20k", "peak RSS, one 20k-delta turn", false, List.of(
					new Goal("≤ floor + 16 MB", "floor", 1, 16, DASHED))),
			new Panel("rss100k", "peak RSS, one 100k-delta turn", false, List.of(
					new Goal("≤ floor + 16 MB", "floor", 1, 16, DASHED),
					new Goal("≤ 1.1× its 20k-delta turn", "self:rss20k", 1.1, 0, DOTTED))),
			new Panel("rssTurns", "peak RSS after 550 trivial turns", false, List.of()),
			new Panel("startFirst", "first start, fresh process", false, List.of(
					new Goal("≤ 1.3× a later start", "self:startLater", 1.3, 0, DASHED))));

	private static final String[][] FAMILIES = {
			{ "floor (", "#ff7f0e", "#ffbb78" },
			{ "this SDK", "#1f77b4", "#aec7e8" },
			{ "Python", "#2ca02c", "#98df8a" } };

	private static final String[] OTHERS = { "#9467bd", "#8c564b", "#e377c2", "#bcbd22", "#17becf", "#c5b0d5",
			"#c49c94", "#7f7f7f" };

	private final UserTable table;

	private final String when;

	private final Map<String, String> colors = new HashMap<>();

	private final StringBuilder svg = new StringBuilder();

	/** {@code when}: the run's date (and anything else to say of it, e.g. the commit), shown in the title. */
	UserChart(UserTable table, String when) {
		this.table = table;
		this.when = when;
		int other = 0;
		Map<String, Integer> seen = new HashMap<>();
		for (String client : table.clients()) {
			String color = null;
			for (String[] family : FAMILIES) {
				if (client.startsWith(family[0])) {
					int n = seen.merge(family[0], 1, Integer::sum);
					// the first column of a family dark, the second light, any further one a colour of its own
					color = (n <= 2) ? family[n] : null;
				}
			}
			this.colors.put(client, (color != null) ? color : OTHERS[other++ % OTHERS.length]);
		}
	}

	/** Reads {@code userMd}, writes its chart to {@code svg}; {@code note} (may be blank) joins the date in the title. */
	static void write(Path userMd, Path svg, String note) throws IOException {
		UserTable table = UserTable.parse(Files.readString(userMd, StandardCharsets.UTF_8));
		String date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
			.format(Files.getLastModifiedTime(userMd).toInstant().atOffset(ZoneOffset.UTC));
		String when = (note == null || note.isBlank()) ? date : date + ", " + note.strip();
		Path parent = svg.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(svg, new UserChart(table, when).render(), StandardCharsets.UTF_8);
	}

	String render() {
		this.svg.setLength(0);
		int rows = (PANELS.size() + COLUMNS - 1) / COLUMNS;
		int extra = (legendLines() - 1) * LEGEND_LINE;
		int height = TOP + extra + rows * ROW;
		this.svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
				+ "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">%n",
				WIDTH, height, WIDTH, height));
		this.svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH,
				height));
		String header = this.table.header();
		int open = header.indexOf('(');
		String runs = (open >= 0 && header.endsWith(")")) ? header.substring(open + 1, header.length() - 1) : "median";
		text(20, 26, "What users pay: each client a fresh process (" + runs + "; whiskers: min–max)", "start", 15,
				"bold", "#222");
		text(20, 46, machineLine(), "start", 12, "normal", "#444");
		legend(20, 76);
		text(20, 102 + extra, "Each panel its own scale. Goal marks (issue 12) on the SDK's bars: green = met, red = missed; "
				+ "dashed and dotted as the panel says. '–': no figure for that client.", "start", 11, "normal",
				"#444");
		for (int i = 0; i < PANELS.size(); i++) {
			int x0 = 70 + (i % COLUMNS) * (WIDTH - 70) / COLUMNS;
			int y0 = TOP + extra + (i / COLUMNS) * ROW + 40;
			panel(PANELS.get(i), x0, y0, PLOT_WIDTH, PLOT_HEIGHT);
		}
		this.svg.append("</svg>\n");
		return this.svg.toString();
	}

	private String machineLine() {
		Map<String, String> m = this.table.machine();
		List<String> parts = new ArrayList<>();
		if (m.containsKey("nproc")) {
			parts.add(m.get("nproc") + " CPUs" + (m.containsKey("cpu") ? " (" + m.get("cpu") + ")" : ""));
		}
		if (m.containsKey("java")) {
			String java = m.get("java").strip();
			parts.add("harness JDK " + java.substring(java.lastIndexOf(' ') + 1));
		}
		if (m.containsKey("codex")) {
			// the binary's path is of the machine, not of the figures
			String codex = m.get("codex");
			int paren = codex.indexOf(" (");
			parts.add((paren > 0) ? codex.substring(0, paren) : codex);
		}
		if (m.containsKey("load")) {
			parts.add("load at the end " + m.get("load"));
		}
		if (this.when != null && !this.when.isBlank()) {
			parts.add(this.when);
		}
		return String.join(" · ", parts);
	}

	private void legend(int x, int y) {
		double px = x;
		int py = y;
		for (String client : this.table.clients()) {
			if (px + legendWidth(client) > WIDTH - 20 && px > x) {
				px = x;
				py += LEGEND_LINE;
			}
			this.svg.append(String.format(Locale.ROOT,
					"<rect x=\"%.1f\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>%n", px, py - 11,
					this.colors.get(client)));
			text(px + 19, py, client, "start", 12, "normal", "#222");
			px += legendWidth(client);
		}
	}

	private int legendLines() {
		double px = 20;
		int lines = 1;
		for (String client : this.table.clients()) {
			if (px + legendWidth(client) > WIDTH - 20 && px > 20) {
				px = 20;
				lines++;
			}
			px += legendWidth(client);
		}
		return lines;
	}

	private static double legendWidth(String client) {
		return 19 + client.length() * 7.0 + 22;
	}

	// ------------------------------------------------------------------ one panel

	private void panel(Panel panel, int x0, int y0, int w, int h) {
		UserScenario.Metric metric = metric(panel.metric());
		String unit = (metric == null) ? "" : metric.unit();
		String format = (metric == null) ? "%.2f" : metric.format();
		this.svg.append("<g class=\"panel\" id=\"panel-").append(panel.metric()).append("\">\n");
		text(x0 - 50, y0 - 34, panel.title() + ("/s".equals(unit) || unit.isEmpty() ? "" : " (" + unit + ")"),
				"start", 12, "bold", "#222");
		text(x0 - 50, y0 - 21, panel.higherIsBetter() ? "higher is better" : "lower is better", "start", 10, "normal",
				"#666");
		List<String> goals = new ArrayList<>();
		for (Goal g : panel.goals()) {
			if (!"python".equals(g.reference()) || this.table.clients().contains(PYTHON)) {
				goals.add((DASHED.equals(g.dash()) ? "dashed " : "dotted ") + g.text());
			}
		}
		if (!goals.isEmpty()) {
			text(x0 - 50, y0 - 8, "SDK goal: " + String.join(", ", goals), "start", 10, "normal", "#666");
		}
		List<String> clients = this.table.clients();
		String title = (metric == null) ? "" : metric.title();
		double top = 0;
		boolean any = false;
		for (String client : clients) {
			UserTable.Cell cell = this.table.cell(title, client);
			if (cell.present()) {
				any = true;
				top = Math.max(top, cell.median());
				top = Double.isFinite(cell.max()) ? Math.max(top, cell.max()) : top;
				for (Goal g : goalsOf(panel, client)) {
					double v = goalValue(g, title, client);
					top = Double.isFinite(v) ? Math.max(top, v) : top;
				}
			}
		}
		double[] ticks = SvgChart.niceTicks(0, top * 1.15, 4);
		double ymax = ticks[ticks.length - 1];
		for (double t : ticks) {
			double py = y(t, ymax, y0, h);
			line(x0, py, x0 + w, py, "#eee", 1, null);
			text(x0 - 6, py + 4, tick(t), "end", 10, "normal", "#444");
		}
		line(x0, y0, x0, y0 + h, "#444", 1, null);
		line(x0, y0 + h, x0 + w, y0 + h, "#444", 1, null);
		if (!any) {
			text(x0 + w / 2.0, y0 + h / 2.0, "no figure in this table", "middle", 11, "normal", "#888");
		}
		double slot = (double) w / Math.max(1, clients.size());
		for (int i = 0; i < clients.size(); i++) {
			String client = clients.get(i);
			UserTable.Cell cell = this.table.cell(title, client);
			double cx = x0 + slot * i + slot / 2;
			if (!cell.present()) {
				text(cx, y0 + h - 4, "–", "middle", 11, "normal", "#888");
				continue;
			}
			double bw = slot * 0.62;
			double by = y(cell.median(), ymax, y0, h);
			this.svg.append(String.format(Locale.ROOT,
					"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>%n",
					cx - bw / 2, by, bw, y0 + h - by, this.colors.get(client), SvgChart.escape(client)));
			double labelAt = cell.median();
			if (Double.isFinite(cell.min()) && Double.isFinite(cell.max()) && cell.max() > cell.min()) {
				double ylo = y(cell.min(), ymax, y0, h);
				double yhi = y(cell.max(), ymax, y0, h);
				line(cx, ylo, cx, yhi, "#333", 1, null);
				line(cx - 4, ylo, cx + 4, ylo, "#333", 1, null);
				line(cx - 4, yhi, cx + 4, yhi, "#333", 1, null);
				labelAt = Math.max(labelAt, cell.max());
			}
			for (Goal g : goalsOf(panel, client)) {
				double v = goalValue(g, title, client);
				if (Double.isFinite(v)) {
					boolean met = panel.higherIsBetter() ? cell.median() >= v : cell.median() <= v;
					double gy = y(v, ymax, y0, h);
					double half = Math.min(slot * 0.48, bw / 2 + 10);
					line(cx - half, gy, cx + half, gy, met ? MET : MISSED, 2, g.dash());
				}
			}
			// a white halo keeps the label readable over a goal mark
			this.svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
					+ "font-size=\"10\" font-weight=\"bold\" fill=\"#222\" stroke=\"white\" stroke-width=\"3\" "
					+ "paint-order=\"stroke\">%s</text>%n", cx, y(labelAt, ymax, y0, h) - 4,
					SvgChart.escape(value(format, cell.median()))));
		}
		this.svg.append("</g>\n");
	}

	/** The goals that apply to a column: the SDK's columns only. */
	private static List<Goal> goalsOf(Panel panel, String client) {
		return client.startsWith("this SDK") ? panel.goals() : List.of();
	}

	private double goalValue(Goal goal, String title, String client) {
		String ref = goal.reference();
		if ("abs".equals(ref)) {
			return goal.offset();
		}
		double base;
		if ("floor".equals(ref)) {
			base = this.table.cell(title, "floor" + client.substring("this SDK".length())).median();
		}
		else if ("python".equals(ref)) {
			base = this.table.cell(title, PYTHON).median();
		}
		else {
			UserScenario.Metric other = metric(ref.substring("self:".length()));
			base = (other == null) ? Double.NaN : this.table.cell(other.title(), client).median();
		}
		double v = base * goal.factor() + goal.offset();
		return Double.isFinite(v) ? v : Double.NaN;
	}

	private static UserScenario.Metric metric(String id) {
		return UserScenario.METRICS.stream().filter((m) -> m.id().equals(id)).findFirst().orElse(null);
	}

	private static double y(double v, double ymax, int y0, int h) {
		return y0 + h - Math.max(0, Math.min(v, ymax)) / ymax * h;
	}

	private static String value(String format, double v) {
		return (v >= 10_000) ? String.format(Locale.ROOT, "%.1fk", v / 1000) : Stats.fmt(format, v);
	}

	private static String tick(double v) {
		if (v >= 1000 && Math.abs(v / 1000 - Math.rint(v / 1000)) < 1e-9) {
			return String.format(Locale.ROOT, "%.0fk", v / 1000);
		}
		return SvgChart.fmt(v);
	}

	// ------------------------------------------------------------------ drawing

	private void line(double x1, double y1, double x2, double y2, String color, double width, String dash) {
		SvgChart.line(this.svg, x1, y1, x2, y2, color, width, dash);
	}

	private void text(double x, double y, String text, String anchor, int size, String weight, String color) {
		SvgChart.text(this.svg, x, y, text, anchor, size, weight, color);
	}

}
