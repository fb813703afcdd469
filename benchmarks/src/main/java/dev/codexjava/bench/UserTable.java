package dev.codexjava.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "what users pay" table read back from a {@code user.md} ({@link UserScenario#write}): the client columns in
 * their order, each figure's median and min–max per client ({@code NaN} where the table has none), and the run's
 * machine lines. The ratio columns ({@code SDK/floor}, {@code SDK/Python}) are left out.
 */
record UserTable(String header, List<String> clients, Map<String, List<Cell>> rows, Map<String, String> machine) {

	/** One client's figure: the median and the min–max over the runs ({@code NaN} where absent). */
	record Cell(double median, double min, double max) {

		static final Cell ABSENT = new Cell(Double.NaN, Double.NaN, Double.NaN);

		boolean present() {
			return Double.isFinite(this.median);
		}

	}

	/** The cell of {@code client} in the row titled {@code title} (without its unit), or {@link Cell#ABSENT}. */
	Cell cell(String title, String client) {
		List<Cell> row = this.rows.get(title);
		int i = this.clients.indexOf(client);
		return (row == null || i < 0 || i >= row.size()) ? Cell.ABSENT : row.get(i);
	}

	/** Reads the first table whose header starts with {@code figure}; fails when there is none. */
	static UserTable parse(String markdown) {
		List<String> lines = markdown.lines().toList();
		int start = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("| figure")) {
				start = i;
				break;
			}
		}
		if (start < 0) {
			throw new IllegalArgumentException("no '| figure ...' table: not a user.md");
		}
		List<String> head = cells(lines.get(start));
		List<Integer> keep = new ArrayList<>();
		List<String> clients = new ArrayList<>();
		for (int c = 1; c < head.size(); c++) {
			if (!head.get(c).startsWith("SDK/")) {
				keep.add(c);
				clients.add(head.get(c));
			}
		}
		Map<String, List<Cell>> rows = new LinkedHashMap<>();
		for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			List<String> row = cells(lines.get(i));
			List<Cell> values = new ArrayList<>();
			for (int c : keep) {
				values.add((c < row.size()) ? cellOf(row.get(c)) : Cell.ABSENT);
			}
			rows.put(withoutUnit(row.get(0)), List.copyOf(values));
		}
		Map<String, String> machine = new LinkedHashMap<>();
		int m = lines.indexOf("Machine:");
		for (int i = m + 1; m >= 0 && i < lines.size(); i++) {
			String line = lines.get(i);
			int colon = line.indexOf(": ");
			if (line.startsWith("- ") && colon > 0) {
				machine.put(line.substring(2, colon), line.substring(colon + 2));
			}
			else if (!line.isBlank()) {
				break;
			}
		}
		return new UserTable(head.get(0), List.copyOf(clients), rows, machine);
	}

	private static String withoutUnit(String title) {
		int open = title.lastIndexOf(" (");
		return (open > 0 && title.endsWith(")")) ? title.substring(0, open) : title;
	}

	private static List<String> cells(String line) {
		String inner = line.strip();
		inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
		List<String> out = new ArrayList<>();
		for (String part : inner.split("\\|", -1)) {
			out.add(part.strip());
		}
		return out;
	}

	/** {@code 5.8 <sub>5.5–6.2</sub>}, {@code 5.8}, {@code –}. */
	private static Cell cellOf(String text) {
		int sub = text.indexOf("<sub>");
		double median = number((sub >= 0) ? text.substring(0, sub) : text);
		if (sub < 0) {
			return new Cell(median, median, median);
		}
		String range = text.substring(sub + 5).replace("</sub>", "").strip();
		int dash = range.indexOf('–');
		if (dash < 0) {
			return new Cell(median, median, median);
		}
		return new Cell(median, number(range.substring(0, dash)), number(range.substring(dash + 1)));
	}

	private static double number(String text) {
		String t = text.replace("*", "").replace(",", "").strip().toLowerCase(Locale.ROOT);
		try {
			double v = Double.parseDouble(t);
			return Double.isFinite(v) ? v : Double.NaN;
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

}
