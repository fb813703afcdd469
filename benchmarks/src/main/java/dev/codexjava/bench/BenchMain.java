package dev.codexjava.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import dev.codexjava.bench.jmh.HotPathBenchmark;
import dev.codexjava.testkit.CodexBinaries;

/**
 * The benchmark harness. {@code java -jar benchmarks/target/benchmarks.jar all} runs every scenario at full size
 * and prints the table; {@code smoke} runs them all at tiny sizes (seconds; part of CI: exits non-zero only if a
 * scenario crashes, never for a missed goal). See {@code benchmarks/README.md}.
 */
public final class BenchMain {

	static final List<String> SCENARIOS = List.of("ready", "turn", "stream", "concurrency", "spring", "memory", "jmh", "remote",
			"reconnect", "pool", "user");

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		// Boot must not reconfigure logging between runs: logback.xml (WARN) stays in force for the whole JVM
		System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
		int code = run(args);
		System.exit(code);
	}

	static int run(String[] args) throws Exception {
		Set<String> scenarios = new LinkedHashSet<>();
		Sizes sizes = null;
		Path out = null;
		List<String> external = null;
		List<UserScenario.Client> userClients = new ArrayList<>();
		boolean soakRequested = false;
		boolean soakSmoke = false;
		Map<String, String> soakValues = new java.util.HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "all" -> {
					scenarios.addAll(SCENARIOS);
					sizes = (sizes != null) ? sizes : Sizes.full();
				}
				case "smoke" -> {
					scenarios.addAll(SCENARIOS);
					sizes = Sizes.smoke();
					soakRequested = true;
					soakSmoke = true;
				}
				case "soak" -> soakRequested = true;
				case "--smoke" -> {
					sizes = Sizes.smoke();
					soakSmoke = true;
				}
				case "--turns", "--threads", "--rotate", "--interval" -> {
					if (i + 1 >= args.length) {
						System.err.println(arg + " needs a number");
						return 2;
					}
					soakValues.put(arg, args[++i]);
				}
				case "--medium" -> sizes = Sizes.medium();
				case "--user-client" -> {
					String spec = (i + 1 < args.length) ? args[++i] : "";
					int eq = spec.indexOf('=');
					if (eq <= 0 || eq == spec.length() - 1) {
						System.err.println("--user-client needs NAME=COMMAND (the command split at spaces)");
						return 2;
					}
					userClients.add(new UserScenario.Client("ext-" + spec.substring(0, eq), spec.substring(0, eq),
							List.of(spec.substring(eq + 1).strip().split("\\s+")), Map.of(), false));
				}
				case "userChart" -> {
					if (i + 1 >= args.length) {
						System.err.println("userChart needs the path of a user.md");
						return 2;
					}
					Path md = Path.of(args[i + 1]);
					Path svg = (i + 2 < args.length) ? Path.of(args[i + 2]) : md.resolveSibling("user.svg");
					UserChart.write(md, svg, (i + 3 < args.length) ? args[i + 3] : "");
					System.out.println("wrote " + svg);
					return 0;
				}
				case "--out" -> out = Path.of(args[++i]);
				case "--external" -> {
					external = List.of(args).subList(i + 1, args.length);
					i = args.length;
				}
				case "-h", "--help", "help" -> {
					usage();
					return 0;
				}
				default -> {
					if (!SCENARIOS.contains(arg)) {
						System.err.println("unknown argument: " + arg);
						usage();
						return 2;
					}
					scenarios.add(arg);
				}
			}
		}
		SoakScenario.Options soak = null;
		if (soakRequested) {
			soak = soakSmoke ? SoakScenario.Options.smoke() : SoakScenario.Options.full();
			try {
				for (Map.Entry<String, String> e : soakValues.entrySet()) {
					soak = switch (e.getKey()) {
						case "--turns" -> soak.withTurns(Integer.parseInt(e.getValue()));
						case "--threads" -> soak.withWorkers(Integer.parseInt(e.getValue()));
						case "--rotate" -> soak.withRotateEvery(Integer.parseInt(e.getValue()));
						default -> soak.withInterval(
								java.time.Duration.ofMillis(Math.round(Double.parseDouble(e.getValue()) * 1000)));
					};
				}
			}
			catch (NumberFormatException ex) {
				System.err.println("not a number: " + ex.getMessage());
				return 2;
			}
		}
		else if (!soakValues.isEmpty()) {
			System.err.println(soakValues.keySet() + ": soak options, for the soak command");
			return 2;
		}
		if (scenarios.isEmpty() && soak == null) {
			usage();
			return 2;
		}
		if (sizes == null) {
			sizes = Sizes.full();
		}
		if (external != null && external.isEmpty()) {
			System.err.println("--external needs a command after it");
			return 2;
		}
		if (external == null && "smoke".equals(sizes.name())) {
			// the smoke run also exercises the external-client contract, with the floor as the external client
			external = List.of(javaExecutable(), "-cp", ownClassPath(), FloorClient.class.getName());
		}
		if (out == null) {
			out = Files.isDirectory(Path.of("benchmarks", "target")) ? Path.of("benchmarks", "target", "bench-results")
					: Path.of("bench-results");
		}
		String command = "java -jar benchmarks/target/benchmarks.jar " + String.join(" ", args);

		Path binary = CodexBinaries.require();
		Map<String, String> machine = Machine.describe(binary);
		if (scenarios.isEmpty()) {
			return soakOnly(binary, sizes, out, soak, machine, command);
		}
		System.out.println("== codex-java-sdk benchmarks (" + sizes.name() + "): " + String.join(", ", scenarios));
		machine.forEach((k, v) -> System.out.println("   " + k + ": " + v));

		List<Figure> figures = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		String externalName = null;
		try (BenchContext ctx = new BenchContext(binary, sizes, out, external)) {
			ClientScenarios clients = new ClientScenarios(ctx);
			RemoteScenarios remote = new RemoteScenarios(ctx);
			for (String scenario : scenarios) {
				long t0 = System.nanoTime();
				System.out.printf(Locale.ROOT, "== %s (load %.2f) ...%n", scenario, Machine.load1());
				try {
					List<Figure> produced = switch (scenario) {
						case "ready" -> clients.ready();
						case "turn" -> clients.turn();
						case "stream" -> clients.stream();
						case "concurrency" -> clients.concurrency();
						case "spring" -> {
							SpringScenario spring = new SpringScenario(ctx);
							List<Figure> f = spring.run();
							notes.add("Spring start-up path with the starter (wait-for-startup=true), from "
									+ "BufferingApplicationStartup:\n" + spring.startupPath);
							notes.add("Early call with wait-for-startup=false: " + spring.earlyCall);
							yield f;
						}
						case "memory" -> {
							MemoryScenario memory = new MemoryScenario(ctx);
							List<Figure> f = memory.run();
							notes.add("Heap after GC (turns done:bytes): "
									+ MemoryScenario.samples(memory.sampleTurns, memory.sampleHeap));
							yield f;
						}
						case "jmh" -> jmh(sizes);
						case "user" -> {
							UserScenario user = new UserScenario(ctx, userClients);
							user.run();
							String text = "What users pay (user scenario; each client a fresh process):\n\n"
									+ user.table() + "\n" + user.goals() + "\n" + user.noiseText() + "\n"
									+ String.join("\n", user.notes);
							System.out.println(text);
							notes.add(text);
							user.write(out, machine, command);
							UserChart.write(out.resolve("user.md"), out.resolve("user.svg"), "");
							if (!user.failures.isEmpty()) {
								throw new IllegalStateException(user.failures.size() + " client runs failed: "
										+ user.failures);
							}
							yield List.of();
						}
						case "remote" -> remote.remote();
						case "reconnect", "pool" -> {
							List<Figure> f = "pool".equals(scenario) ? remote.pool() : remote.reconnect();
							notes.addAll(remote.notes);
							remote.notes.clear();
							yield f;
						}
						default -> throw new IllegalArgumentException(scenario);
					};
					figures.addAll(produced);
					for (Figure f : produced) {
						System.out.printf(Locale.ROOT, "   %-40s SDK %s | floor %s | %s %s %s%n", f.id(),
								Report.value(f, f.sdk()), Report.value(f, f.floor()), Report.ratio(f), f.target(),
								f.verdict());
					}
				}
				catch (Throwable ex) {
					failures.add(scenario + ": " + ex);
					System.out.println("!! scenario " + scenario + " CRASHED: " + ex);
					ex.printStackTrace(System.out);
				}
				System.out.printf(Locale.ROOT, "   (%s took %.1f s)%n", scenario, (System.nanoTime() - t0) / 1e9);
			}
			if (soak != null) {
				try {
					if (!soak(ctx, soak, machine, command, out)) {
						failures.add("soak: errors or growth after warm-up (see soak.md)");
					}
				}
				catch (Throwable ex) {
					failures.add("soak: " + ex);
					System.out.println("!! soak CRASHED: " + ex);
					ex.printStackTrace(System.out);
				}
			}
			if (external != null) {
				System.out.println("== external client: " + String.join(" ", external));
				try {
					ExternalClient client = new ExternalClient(ctx, external);
					figures = client.attach(figures);
					externalName = client.name;
				}
				catch (Throwable ex) {
					failures.add("external: " + ex);
					System.out.println("!! external client CRASHED: " + ex);
					ex.printStackTrace(System.out);
				}
			}
		}
		List<ProcessHandle> orphans = orphans();
		if (!orphans.isEmpty()) {
			failures.add("processes left behind: " + orphans.stream().map((p) -> p.pid() + " "
					+ p.info().commandLine().orElse("?")).toList());
			orphans.forEach(ProcessHandle::destroyForcibly);
		}
		machine.put("load", Machine.loadAverages() + " (at the end)");
		Report report = new Report(machine, figures, notes, failures, command, externalName);
		System.out.println();
		System.out.println(report.table());
		for (String note : notes) {
			System.out.println(note.strip());
		}
		report.write(out);
		System.out.println("results: " + out.toAbsolutePath().resolve("results.md") + ", results.json, "
				+ "performance.svg");
		long missed = figures.stream().filter((f) -> Boolean.FALSE.equals(f.met())).count();
		long met = figures.stream().filter((f) -> Boolean.TRUE.equals(f.met())).count();
		System.out.printf(Locale.ROOT, "goals: %d met, %d missed (missed goals are reported, never a failure)%n",
				met, missed);
		System.out.println("child processes left: " + orphans.size());
		if (!failures.isEmpty()) {
			System.out.println("FAILED scenarios: " + failures);
			return 1;
		}
		return 0;
	}

	/** {@code soak} alone: runs it, writes DIR/soak.{md,json,svg}; 1 on errors, growth or processes left behind. */
	private static int soakOnly(Path binary, Sizes sizes, Path out, SoakScenario.Options soak,
			Map<String, String> machine, String command) throws Exception {
		machine.forEach((k, v) -> System.out.println("   " + k + ": " + v));
		boolean passed;
		try (BenchContext ctx = new BenchContext(binary, sizes, out, null)) {
			passed = soak(ctx, soak, machine, command, out);
		}
		List<ProcessHandle> orphans = orphans();
		orphans.forEach(ProcessHandle::destroyForcibly);
		System.out.println("child processes left: " + orphans.size());
		return (passed && orphans.isEmpty()) ? 0 : 1;
	}

	/** Runs the soak, prints its table and verdict, writes its results; whether it passed. */
	static boolean soak(BenchContext ctx, SoakScenario.Options options, Map<String, String> machine, String command,
			Path out) throws Exception {
		System.out.printf(Locale.ROOT, "== soak (%s): %,d streamed turns on %d threads, a fresh CodexThread every %d "
				+ "turns, a sample every %.1f s (load %s)%n", options.name(), options.turns(), options.workers(),
				options.rotateEvery(), options.interval().toMillis() / 1000.0, Machine.loadAverages());
		SoakScenario soak = new SoakScenario(ctx, options);
		soak.run();
		System.out.println("   before:      " + SoakScenario.row(soak.baseline));
		System.out.println("   idle:        " + SoakScenario.row(soak.idle));
		System.out.println("   after close: " + SoakScenario.row(soak.afterClose));
		System.out.printf(Locale.ROOT, "   (soak took %.1f s, %.1f turns/s, %d conversations started; load %s → %s)%n",
				soak.seconds, soak.done.get() / Math.max(soak.seconds, 1e-9), soak.threadsStarted.get(),
				soak.loadStart, soak.loadEnd);
		if (!soak.errorMessages.isEmpty()) {
			System.out.println("   first errors:");
			soak.errorMessages.forEach((m) -> System.out.println("     " + m));
		}
		SoakReport report = new SoakReport(soak, machine, command);
		System.out.println(report.verdictText().indent(3).stripTrailing());
		report.write(out);
		System.out.println("soak results: " + out.toAbsolutePath().resolve("soak.md") + ", soak.json, soak.svg");
		return soak.passed();
	}

	/** Processes this JVM started that are still alive (waits a moment for exiting ones). */
	static List<ProcessHandle> orphans() throws InterruptedException {
		for (int i = 0; i < 20; i++) {
			List<ProcessHandle> alive = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
			if (alive.isEmpty()) {
				return alive;
			}
			Thread.sleep(100);
		}
		return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
	}

	static List<Figure> jmh(Sizes s) throws Exception {
		Options options = new OptionsBuilder().include(HotPathBenchmark.class.getName() + "\\.")
			.forks(s.jmhForks())
			.warmupIterations(s.jmhWarmupIterations())
			.warmupTime(TimeValue.milliseconds(s.jmhWarmupMillis()))
			.measurementIterations(s.jmhIterations())
			.measurementTime(TimeValue.milliseconds(s.jmhMillis()))
			.jvmArgsAppend("-Dorg.springframework.boot.logging.LoggingSystem=none")
			.shouldFailOnError(true)
			.verbosity("smoke".equals(s.name()) ? VerboseMode.SILENT : VerboseMode.NORMAL)
			.build();
		double load0 = Machine.load1();
		Collection<RunResult> results = new Runner(options).run();
		String load = Machine.loadSpan(load0, Machine.load1());
		Stats sdk = null;
		Stats jackson = null;
		for (RunResult r : results) {
			String name = r.getParams().getBenchmark();
			Stats stats = Stats.single(r.getPrimaryResult().getScore(),
					Double.isNaN(r.getPrimaryResult().getScoreError()) ? 0 : r.getPrimaryResult().getScoreError());
			if (name.endsWith("sdkLineToTypedEvent")) {
				sdk = stats;
			}
			else if (name.endsWith("jacksonReadTree")) {
				jackson = stats;
			}
		}
		if (sdk == null || jackson == null) {
			throw new IllegalStateException("JMH produced no result for both benchmarks: " + results);
		}
		double ratio = sdk.median() / jackson.median();
		return List.of(new Figure("jmh", "7. JMH hot path: delta line → typed event (baseline: Jackson readTree)",
				"ns/op", "%.0f", sdk, jackson, null, ratio, "SDK/Jackson", "≤ 2×", ratio <= 2.0, load));
	}

	static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** This JVM's class path (with -jar: the jar, whose manifest brings lib/). */
	static String ownClassPath() {
		return System.getProperty("java.class.path").replace(File.pathSeparator + File.pathSeparator,
				File.pathSeparator);
	}

	private static void usage() {
		System.out.println("""
				usage: java -jar benchmarks/target/benchmarks.jar <all | smoke | SCENARIO...> [--smoke | --medium] [--out DIR]
				                                                   [--external COMMAND ARGS...]
				       java -jar benchmarks/target/benchmarks.jar soak [--turns N] [--threads N] [--rotate K]
				                                                   [--interval SECONDS] [--smoke] [--out DIR]
				       java -jar benchmarks/target/benchmarks.jar userChart USER_MD [SVG] [NOTE]
				  all          every scenario at full size (minutes); prints the table, writes DIR/results.{md,json}
				               and DIR/performance.svg (DIR defaults to benchmarks/target/bench-results)
				  smoke        every scenario at tiny sizes (seconds), plus the floor run as an external client
				  SCENARIO     any of: ready turn stream concurrency spring memory jmh remote reconnect pool user
				               (full size unless --smoke or
				               --medium: full-shape scenarios with fewer repetitions, for quick before/after runs)
				  --external   also run this command on scenarios ready/turn/stream/concurrency (contract:
				               benchmarks/README.md); must be the last option
				  --user-client NAME=COMMAND  also run COMMAND (split at spaces) in the user scenario; it speaks the
				               user scenario's line protocol (benchmarks/README.md); repeatable
				  userChart USER_MD [SVG] [NOTE]  draws the user table of USER_MD again as SVG (default: user.svg
				               beside it; NOTE, e.g. the commit, joins the run's date in the title); runs nothing
				  soak         N streamed turns (default 10000) on N threads (16) over one app-server, a fresh
				               CodexThread every K turns (50), a sample every SECONDS (5); writes DIR/soak.{md,json,svg};
				               --smoke: 200 turns, K = 6, a sample every 0.5 s (smoke runs it too)
				Exit code: 0 if every scenario ran (missed goals are printed, not failures), 1 if one crashed,
				or if the soak had errors or grew after warm-up.""");
	}

}
