package dev.codexjava.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The user scenario's own logic: /proc readings, the noise share, the goals' verdicts and the table. */
class UserScenarioTest {

	@Test
	void readsThisProcessCpuAndPeakRssFromProc() {
		assumeTrue(Files.exists(Path.of("/proc/self/stat")), "needs Linux /proc");
		long pid = ProcessHandle.current().pid();
		long before = ProcStat.cpuTicks(pid);
		// 100 ms of this thread's own CPU, not of wall-clock time (which a loaded machine gives only partly)
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long spin = threads.getCurrentThreadCpuTime();
		while (threads.getCurrentThreadCpuTime() - spin < 100_000_000L) {
			Math.sqrt(spin);
		}

		assertThat(ProcStat.cpuTicks(pid)).isGreaterThanOrEqualTo(before + 5);
		assertThat(ProcStat.peakRssKb(pid)).isGreaterThan(10_000);
		assertThat(ProcStat.cpuTicks(Long.MAX_VALUE)).isEqualTo(-1);
	}

	@Test
	void otherLoadIsTheMachinesBusyTimeMinusOursOverItsCapacity() {
		assertThat(ProcStat.Noise.share(150, 50, 400)).isEqualTo(0.25);
		assertThat(ProcStat.Noise.share(40, 50, 400)).isZero();
		assertThat(ProcStat.Noise.share(10, 0, 0)).isNaN();
	}

	@Test
	void goalsAreJudgedOnTheSdkAgainstTheFloorAndThePythonSdk() {
		UserScenario user = scenario();
		put(user, "floor17", Map.of("cpuDeltaWarm", 10.0, "rateWarm", 25_000.0, "cpuTurnWarm", 1.0, "cpuTurnCold", 1.0,
				"rss20k", 40.0, "rss100k", 40.0, "startFirst", 500.0, "startLater", 300.0));
		put(user, "python", Map.of("cpuDeltaWarm", 16.0, "cpuTurnCold", 2.5));
		put(user, "sdk17", Map.of("cpuDeltaWarm", 12.0, "rateWarm", 24_000.0, "cpuTurnWarm", 1.6, "cpuTurnCold", 2.0,
				"rss20k", 50.0, "rss100k", 60.0, "allocDelta", 200.0, "allocTurn", 20.0, "startFirst", 600.0,
				"startLater", 500.0));

		Map<String, String[]> goals = new LinkedHashMap<>();
		user.verdicts("sdk17", "floor17").forEach((r) -> goals.put(r[0], r));

		assertThat(goals.get("CPU per delta (warm) ≤ 1.3× floor")).containsExactly(
				"CPU per delta (warm) ≤ 1.3× floor", "1.20×", "met");
		assertThat(goals.get("CPU per delta (warm) ≤ 0.5× Python SDK")[2]).isEqualTo("**missed**");
		assertThat(goals.get("deltas/s (warm) ≥ 0.98× floor")[2]).isEqualTo("**missed**");
		assertThat(goals.get("CPU per trivial turn (warm) ≤ 1.5× floor")[2]).isEqualTo("**missed**");
		assertThat(goals.get("CPU per trivial turn (first 50) ≤ Python SDK")[2]).isEqualTo("met");
		assertThat(goals.get("peak RSS ≤ floor + 16 MB (20k / 100k-delta turn)")).containsExactly(
				"peak RSS ≤ floor + 16 MB (20k / 100k-delta turn)", "+10 / +20 MB", "**missed**");
		assertThat(goals.get("peak RSS flat: 100k-delta turn ≤ 1.1× the 20k one")[2]).isEqualTo("**missed**");
		assertThat(goals.get("allocation per streamed delta ≤ 256 B")[2]).isEqualTo("met");
		assertThat(goals.get("allocation per trivial turn ≤ 16 KB")[2]).isEqualTo("**missed**");
		assertThat(goals.get("first start ≤ 1.3× a later one")[2]).isEqualTo("met");
	}

	@Test
	void withoutThePythonSdkItsGoalsAndColumnAreLeftOut() {
		UserScenario user = scenario();
		put(user, "floor17", Map.of("cpuDeltaWarm", 10.0));
		put(user, "sdk17", Map.of("cpuDeltaWarm", 11.0));

		assertThat(user.verdicts("sdk17", "floor17")).extracting((r) -> r[0])
			.noneMatch((goal) -> goal.contains("Python"));
		assertThat(user.table()).doesNotContain("SDK/Python").contains("| 10.0 | 11.0 | 1.10× |");
	}

	@Test
	void theFloorWithJacksonHasItsColumnAndInformativeRatiosWhileTheGoalsStayJudgedAgainstTheRawFloor() {
		UserScenario user = scenario();
		user.clients.add(1, new UserScenario.Client("jfloor17", "floor + Jackson (JDK 17)", List.of(), Map.of(), true));
		put(user, "floor17", Map.of("cpuDeltaWarm", 10.0, "rateWarm", 25_000.0, "cpuTurnWarm", 1.0, "rss20k", 40.0,
				"rss100k", 40.0, "startFirst", 140.0, "startLater", 60.0));
		put(user, "jfloor17", Map.of("cpuDeltaWarm", 16.0, "rateWarm", 24_000.0, "cpuTurnWarm", 1.2, "rss20k", 60.0,
				"rss100k", 62.0, "startFirst", 250.0, "startLater", 60.0, "allocDelta", 900.0));
		put(user, "sdk17", Map.of("cpuDeltaWarm", 12.0, "rateWarm", 23_000.0, "cpuTurnWarm", 1.6, "rss20k", 50.0,
				"rss100k", 60.0, "startFirst", 600.0, "startLater", 500.0));

		String[] deltaRow = row(user.goals(), "CPU per delta (warm) ≤ 1.3× floor");
		String[] rssRow = row(user.goals(), "peak RSS ≤ floor + 16 MB");
		String[] startRow = row(user.goals(), "first start ≤ 1.3× a later one");

		assertThat(user.table()).contains("| floor (JDK 17) | floor + Jackson (JDK 17) | this SDK (JDK 17) | SDK/floor |"
				+ " SDK/floor + Jackson |")
			.contains("| 10.0 | 16.0 | 12.0 | 1.20× | 0.75× |");
		assertThat(user.goals()).contains("| floor + Jackson (JDK 17) itself, vs floor (informative) | SDK vs floor "
				+ "+ Jackson (informative) |");
		// goal, the SDK vs the raw floor, its verdict, the Jackson floor vs the raw floor, the SDK vs the Jackson floor
		assertThat(deltaRow).containsExactly("CPU per delta (warm) ≤ 1.3× floor", "1.20×", "met", "1.60× (missed)",
				"0.75×");
		assertThat(rssRow).containsExactly("peak RSS ≤ floor + 16 MB (20k / 100k-delta turn)", "+10 / +20 MB",
				"**missed**", "+20 / +22 MB (missed)", "-10 / -2 MB");
		// a goal not relative to the floor is the same against either
		assertThat(startRow).containsExactly("first start ≤ 1.3× a later one", "1.20×", "met", "4.17× (missed)", "–");
		// the chart reads the column as a client of its own and leaves its ratio column out
		UserTable chartTable = UserTable.parse(user.table());
		assertThat(chartTable.clients()).containsExactly("floor (JDK 17)", "floor + Jackson (JDK 17)",
				"this SDK (JDK 17)");
		assertThat(chartTable.cell("client CPU per streamed delta, after a 50,000-delta warm-up turn",
				"floor + Jackson (JDK 17)").median()).isEqualTo(16.0);
	}

	@Test
	void withoutTheFloorWithJacksonsFiguresItsRatiosAreLeftOut() {
		UserScenario user = scenario();
		user.clients.add(1, new UserScenario.Client("jfloor17", "floor + Jackson (JDK 17)", List.of(), Map.of(), true));
		put(user, "floor17", Map.of("cpuDeltaWarm", 10.0));
		put(user, "sdk17", Map.of("cpuDeltaWarm", 11.0));

		assertThat(user.table()).doesNotContain("SDK/floor + Jackson").contains("| 10.0 | – | 11.0 | 1.10× |\n");
		assertThat(user.goals()).doesNotContain("Jackson").contains("| CPU per delta (warm) ≤ 1.3× floor | 1.10× | met |\n");
	}

	private static String[] row(String markdown, String goal) {
		return markdown.lines()
			.filter((l) -> l.startsWith("| " + goal))
			.map((l) -> l.substring(2, l.length() - 2).split(" \\| "))
			.findFirst()
			.orElseThrow();
	}

	private static UserScenario scenario() {
		UserScenario user = new UserScenario(new BenchContext(Path.of("codex"), Sizes.smoke(), Path.of("out"), null),
				List.of());
		user.clients.add(new UserScenario.Client("floor17", "floor (JDK 17)", List.of(), Map.of(), true));
		user.clients.add(new UserScenario.Client("sdk17", "this SDK (JDK 17)", List.of(), Map.of(), true));
		return user;
	}

	private static void put(UserScenario user, String client, Map<String, Double> medians) {
		Map<String, List<Double>> values = user.values.computeIfAbsent(client, (k) -> new LinkedHashMap<>());
		medians.forEach((k, v) -> values.put(k, new ArrayList<>(List.of(v))));
	}

}
