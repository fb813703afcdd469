package dev.codexjava.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.protocol.Json;

/** Prints the table and writes results.json, results.md and performance.svg. */
final class Report {

	final Map<String, String> machine;

	final List<Figure> figures;

	final List<String> notes;

	final List<String> failures;

	final String command;

	final String externalName;

	Report(Map<String, String> machine, List<Figure> figures, List<String> notes, List<String> failures,
			String command, String externalName) {
		this.machine = machine;
		this.figures = figures;
		this.notes = notes;
		this.failures = failures;
		this.command = command;
		this.externalName = externalName;
	}

	private boolean hasExternal() {
		return this.figures.stream().anyMatch((f) -> f.external() != null);
	}

	static String value(Figure f, Stats s) {
		if (s == null || s.n() == 0) {
			return "–";
		}
		return s.text(f.format()) + " " + f.unit();
	}

	static String ratio(Figure f) {
		if (Double.isNaN(f.ratio())) {
			return "–";
		}
		if (f.ratioLabel().startsWith("Δ")) {
			return String.format(Locale.ROOT, "%+.1f ms", f.ratio());
		}
		return String.format(Locale.ROOT, "%.3f×", f.ratio());
	}

	static String externalText(Figure f) {
		if (f.external() == null) {
			return "–";
		}
		String text = value(f, f.external());
		if (f.floor() != null && f.floor().n() > 0 && !f.ratioLabel().startsWith("Δ")) {
			text += String.format(Locale.ROOT, " (%.3f× floor)", f.external().median() / f.floor().median());
		}
		return text;
	}

	// ------------------------------------------------------------------ console

	String table() {
		List<String[]> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("Figure", "SDK median [min–max]", "Floor / baseline",
				"Ratio", "Goal", "Verdict", "Load 1m"));
		if (hasExternal()) {
			header.add("External: " + this.externalName);
		}
		rows.add(header.toArray(String[]::new));
		for (Figure f : this.figures) {
			List<String> row = new ArrayList<>(List.of(f.title(), value(f, f.sdk()), value(f, f.floor()), ratio(f),
					f.target(), f.verdict(), f.load()));
			if (hasExternal()) {
				row.add(externalText(f));
			}
			rows.add(row.toArray(String[]::new));
		}
		int[] widths = new int[header.size()];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		StringBuilder sb = new StringBuilder();
		for (int r = 0; r < rows.size(); r++) {
			String[] row = rows.get(r);
			for (int i = 0; i < row.length; i++) {
				sb.append(String.format("%-" + widths[i] + "s", row[i])).append((i < row.length - 1) ? " | " : "");
			}
			sb.append('\n');
			if (r == 0) {
				for (int i = 0; i < widths.length; i++) {
					sb.append("-".repeat(widths[i])).append((i < widths.length - 1) ? "-+-" : "");
				}
				sb.append('\n');
			}
		}
		return sb.toString();
	}

	// ------------------------------------------------------------------ markdown

	String markdown() {
		StringBuilder sb = new StringBuilder();
		sb.append("| Figure | SDK | Floor / baseline | Ratio | Goal | Verdict | Load 1m |");
		sb.append(hasExternal() ? " External: " + this.externalName + " |\n" : "\n");
		sb.append("|---|---|---|---|---|---|---|").append(hasExternal() ? "---|\n" : "\n");
		for (Figure f : this.figures) {
			sb.append("| ")
				.append(f.title())
				.append(" | ")
				.append(value(f, f.sdk()))
				.append(" | ")
				.append(value(f, f.floor()))
				.append(" | ")
				.append(ratio(f))
				.append(" | ")
				.append(f.target())
				.append(" | ")
				.append(f.verdict().isEmpty() ? "" : f.verdict().equals("met") ? "✅ met" : "❌ missed")
				.append(" | ")
				.append(f.load())
				.append(" |");
			if (hasExternal()) {
				sb.append(' ').append(externalText(f)).append(" |");
			}
			sb.append('\n');
		}
		sb.append("\nMachine: ");
		this.machine.forEach((k, v) -> sb.append(k).append(" = ").append(v).append("; "));
		sb.append("\n\nCommand: `").append(this.command).append("`\n");
		if (!this.notes.isEmpty()) {
			sb.append("\nNotes:\n\n");
			for (String note : this.notes) {
				sb.append("```\n").append(note.strip()).append("\n```\n");
			}
		}
		return sb.toString();
	}

	// ------------------------------------------------------------------ json

	String json() {
		ObjectNode root = Json.object();
		ObjectNode m = root.putObject("machine");
		this.machine.forEach(m::put);
		root.put("command", this.command);
		ArrayNode list = root.putArray("figures");
		for (Figure f : this.figures) {
			ObjectNode node = list.addObject();
			node.put("id", f.id());
			node.put("title", f.title());
			node.put("unit", f.unit());
			series(node, "sdk", f.sdk());
			series(node, "floor", f.floor());
			series(node, "external", f.external());
			if (!Double.isNaN(f.ratio())) {
				node.put("ratio", f.ratio());
			}
			node.put("ratioLabel", f.ratioLabel());
			node.put("target", f.target());
			if (f.met() != null) {
				node.put("met", f.met());
			}
			node.put("load", f.load());
		}
		ArrayNode failed = root.putArray("failures");
		this.failures.forEach(failed::add);
		ArrayNode notesNode = root.putArray("notes");
		this.notes.forEach(notesNode::add);
		return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static void series(ObjectNode node, String name, Stats s) {
		if (s == null || s.n() == 0) {
			return;
		}
		ObjectNode o = node.putObject(name);
		o.put("median", s.median());
		o.put("p90", s.p90());
		o.put("min", s.min());
		o.put("max", s.max());
		o.put("n", s.n());
		ArrayNode values = o.putArray("values");
		for (double v : s.values()) {
			values.add(v);
		}
	}

	void write(Path dir) throws IOException {
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("results.json"), json(), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("results.md"), markdown(), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("performance.svg"), new SvgChart(this.figures, this.machine).render(),
				StandardCharsets.UTF_8);
	}

}
