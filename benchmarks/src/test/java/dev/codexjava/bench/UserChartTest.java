package dev.codexjava.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart of the user table: drawn from the table as the scenario writes it, whatever clients it has. */
class UserChartTest {

	private static final List<String> FIGURES = List.of("cpuDeltaWarm", "cpuTurnWarm", "cpuTurnCold", "cpuDeltaCold",
			"rateWarm", "rss20k", "rss100k", "rssTurns", "startFirst");

	@Test
	void onePanelPerFigureWithEveryClientOfTheTableAndNoNonNumbers() throws Exception {
		UserTable table = UserTable.parse(userMd());

		String svg = new UserChart(table, "2026-12-07 01:20 UTC, main at 161edac").render();
		Document doc = parse(svg);

		List<String> panels = new ArrayList<>();
		NodeList groups = doc.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			panels.add(((Element) groups.item(i)).getAttribute("id"));
		}
		assertThat(panels).doesNotHaveDuplicates();
		assertThat(panels).containsAll(FIGURES.stream().map((f) -> "panel-" + f).toList());
		String text = doc.getDocumentElement().getTextContent();
		// the clients of the table, in its order, the extra one included; no Python column, so none is drawn
		assertThat(table.clients()).containsExactly("floor (JDK 17)", "this SDK (JDK 17)", "floor + Jackson (JDK 17)");
		assertThat(text).contains("floor (JDK 17)", "this SDK (JDK 17)", "floor + Jackson (JDK 17)")
			.doesNotContain("Python SDK");
		// values labelled as the table shows them; the machine without the binary's path; the run's date and commit
		assertThat(panelText(doc, "cpuDeltaWarm")).contains("5.8", "15.3", "7.1");
		assertThat(panelText(doc, "rateWarm")).contains("33.5k");
		assertThat(text).contains("2 CPUs", "codex-cli 0.171.0", "main at 161edac").doesNotContain("/opt/secret");
		assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
	}

	@Test
	void absentFiguresAreMarkedNotDrawnAndWhiskersSpanMinToMax() throws Exception {
		Document doc = parse(new UserChart(UserTable.parse(userMd()), "").render());

		// the SDK's 100k-delta RSS was NaN in one run, the extra client has no allocation figure: '–', no bar
		assertThat(bars(doc, "rss100k")).isEqualTo(2);
		assertThat(panelText(doc, "rss100k")).contains("–");
		assertThat(bars(doc, "allocDelta")).isEqualTo(2);
		assertThat(bars(doc, "cpuDeltaWarm")).isEqualTo(3);
		// every figure of two runs has a whisker (three lines: the span and its caps), a figure of one run none
		assertThat(lines(doc, "cpuDeltaWarm", "#333")).isEqualTo(9);
		assertThat(lines(doc, "startFirst", "#333")).isZero();
	}

	@Test
	void goalsAreMarkedOnTheSdkBarsMetOrMissed() throws Exception {
		Document doc = parse(new UserChart(UserTable.parse(userMd()), "").render());

		// 15.3 µs against 1.3 × 5.8 µs: missed; 101 B against 256 B: met; no Python column: no Python goal
		assertThat(lines(doc, "cpuDeltaWarm", "#d62728")).isEqualTo(1);
		assertThat(lines(doc, "cpuDeltaWarm", "#2ca02c")).isZero();
		assertThat(lines(doc, "allocDelta", "#2ca02c")).isEqualTo(1);
		assertThat(panelText(doc, "cpuDeltaWarm")).contains("≤ 1.3× floor");
		// the first start against 1.3 × its later start (400 ms vs 1.3 × 60 ms): missed
		assertThat(lines(doc, "startFirst", "#d62728")).isEqualTo(1);
		// no goal on the cold streamed turn
		assertThat(lines(doc, "cpuDeltaCold", "#d62728") + lines(doc, "cpuDeltaCold", "#2ca02c")).isZero();
	}

	@Test
	void manyClientsWrapTheLegendAboveThePanels() throws Exception {
		StringBuilder md = new StringBuilder("| figure (median of 1 fresh process each) |");
		StringBuilder row = new StringBuilder("| client CPU per streamed delta, after a 50,000-delta warm-up turn (µs) |");
		for (int i = 1; i <= 12; i++) {
			md.append(" another client number ").append(i).append(" (JDK 17) |");
			row.append(' ').append(i).append(".0 |");
		}
		md.append("\n|---|").append("---|".repeat(12)).append('\n').append(row).append('\n');

		Document doc = parse(new UserChart(UserTable.parse(md.toString()), "").render());

		double legendBottom = 0;
		NodeList texts = doc.getDocumentElement().getChildNodes();
		for (int i = 0; i < texts.getLength(); i++) {
			if (texts.item(i) instanceof Element e && "text".equals(e.getTagName())
					&& e.getTextContent().startsWith("another client")) {
				assertThat(Double.parseDouble(e.getAttribute("x"))).isLessThan(1400);
				legendBottom = Math.max(legendBottom, Double.parseDouble(e.getAttribute("y")));
			}
		}
		double firstPanelTop = Double.parseDouble(
				((Element) panel(doc, "cpuDeltaWarm").getElementsByTagName("text").item(0)).getAttribute("y"));
		assertThat(legendBottom).isGreaterThan(76);
		assertThat(firstPanelTop).isGreaterThan(legendBottom + 40);
		assertThat(bars(doc, "cpuDeltaWarm")).isEqualTo(12);
	}

	@Test
	void aTableCellIsItsMedianAndItsMinToMaxAndTheRatioColumnsAreNoClients() {
		UserTable table = UserTable.parse("""
				| figure (median of 2 fresh processes each) | floor (JDK 17) | this SDK (JDK 17) | Python SDK | SDK/floor | SDK/Python |
				|---|---|---|---|---|---|
				| streamed deltas/s, same turns (/s) | 33527 <sub>32398–34656</sub> | – | 31852 | 0.94× | 0.99× |
				""");

		assertThat(table.clients()).containsExactly("floor (JDK 17)", "this SDK (JDK 17)", "Python SDK");
		assertThat(table.cell("streamed deltas/s, same turns", "floor (JDK 17)"))
			.isEqualTo(new UserTable.Cell(33527, 32398, 34656));
		assertThat(table.cell("streamed deltas/s, same turns", "this SDK (JDK 17)").present()).isFalse();
		assertThat(table.cell("streamed deltas/s, same turns", "Python SDK"))
			.isEqualTo(new UserTable.Cell(31852, 31852, 31852));
		assertThat(table.cell("no such figure", "Python SDK").present()).isFalse();
	}

	@Test
	void userChartModeDrawsAUserMdAgain(@TempDir Path dir) throws Exception {
		Path md = dir.resolve("user.md");
		Files.writeString(md, userMd());

		assertThat(BenchMain.run(new String[] { "userChart", md.toString(), dir.resolve("out/chart.svg").toString(),
				"main at abc1234" })).isZero();

		String svg = Files.readString(dir.resolve("out/chart.svg"));
		assertThat(parse(svg).getDocumentElement().getTextContent()).contains("main at abc1234", "this SDK (JDK 17)");
		assertThat(BenchMain.run(new String[] { "userChart", md.toString() })).isZero();
		assertThat(dir.resolve("user.svg")).exists();
	}

	/** A user.md as the scenario writes it: JDK 17 floor and SDK, an extra client, no Python SDK, a NaN run. */
	private static String userMd() {
		UserScenario user = new UserScenario(new BenchContext(Path.of("codex"), Sizes.smoke(), Path.of("out"), null),
				List.of());
		user.clients.add(new UserScenario.Client("floor17", "floor (JDK 17)", List.of(), Map.of(), true));
		user.clients.add(new UserScenario.Client("sdk17", "this SDK (JDK 17)", List.of(), Map.of(), true));
		user.clients.add(new UserScenario.Client("ext-jackson", "floor + Jackson (JDK 17)", List.of(), Map.of(),
				false));
		Map<String, List<Double>> common = Map.of("cpuTurnWarm", List.of(0.78), "cpuTurnCold", List.of(2.4),
				"cpuDeltaCold", List.of(12.0), "rateWarm", List.of(33_527.0), "rateCold", List.of(27_035.0), "rss20k",
				List.of(51.0), "rssTurns", List.of(58.0), "startFirst", List.of(400.0), "startLater", List.of(60.0));
		put(user, "floor17", common);
		put(user, "floor17", Map.of("cpuDeltaWarm", List.of(5.5, 6.1), "rss100k", List.of(63.0), "allocDelta",
				List.of(284.0)));
		put(user, "sdk17", common);
		put(user, "sdk17", Map.of("cpuDeltaWarm", List.of(15.0, 15.6), "rss100k", List.of(Double.NaN, 98.0),
				"allocDelta", List.of(101.0), "allocTurn", List.of(15.6)));
		put(user, "ext-jackson", common);
		put(user, "ext-jackson", Map.of("cpuDeltaWarm", List.of(7.0, 7.2), "rss100k", List.of(70.0)));
		return "# What users pay\n\n" + user.table() + "\nMachine:\n\n- nproc: 2\n- cpu: AMD EPYC\n"
				+ "- codex: codex-cli 0.171.0 (/opt/secret/codex)\n- load: 0.10, 0.20, 0.30\n\nCommand: `x`\n";
	}

	private static void put(UserScenario user, String client, Map<String, List<Double>> values) {
		Map<String, List<Double>> mine = user.values.computeIfAbsent(client, (k) -> new LinkedHashMap<>());
		values.forEach((k, v) -> mine.put(k, new ArrayList<>(v)));
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static Element panel(Document doc, String figure) {
		NodeList groups = doc.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (("panel-" + figure).equals(g.getAttribute("id"))) {
				return g;
			}
		}
		throw new AssertionError("no panel " + figure);
	}

	private static String panelText(Document doc, String figure) {
		return panel(doc, figure).getTextContent();
	}

	private static int bars(Document doc, String figure) {
		return panel(doc, figure).getElementsByTagName("rect").getLength();
	}

	private static int lines(Document doc, String figure, String stroke) {
		NodeList lines = panel(doc, figure).getElementsByTagName("line");
		int n = 0;
		for (int i = 0; i < lines.getLength(); i++) {
			if (stroke.equals(((Element) lines.item(i)).getAttribute("stroke"))) {
				n++;
			}
		}
		return n;
	}

}
