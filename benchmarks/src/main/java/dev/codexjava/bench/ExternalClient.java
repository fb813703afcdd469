package dev.codexjava.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

/**
 * Runs another client (any language) on the same scenarios: the harness starts the mock model, writes a fresh
 * {@code CODEX_HOME}, and runs the command once per scenario with the contract's environment variables; the command
 * prints one JSON line of measurements (the last stdout line that starts with <code>{</code>). The contract is in
 * {@code benchmarks/README.md}.
 */
final class ExternalClient {

	private final BenchContext ctx;

	private final List<String> command;

	/** The client's self-reported name, from its JSON. */
	String name = "external";

	ExternalClient(BenchContext ctx, List<String> command) {
		this.ctx = ctx;
		this.command = command;
	}

	/** Runs every scenario and returns the figures with the external column filled in. */
	List<Figure> attach(List<Figure> figures) throws Exception {
		Sizes s = this.ctx.sizes;
		Map<String, Stats> byFigure = new LinkedHashMap<>();

		JsonNode ready = run("ready", MockResponse.text("ok"),
				Map.of("CODEX_BENCH_REPEAT", String.valueOf(s.readyReps()), "CODEX_BENCH_WARMUP",
						String.valueOf(s.readyWarmup())));
		byFigure.put("ready", Stats.of(doubles(ready.get("ready_ms"))));

		JsonNode turn = run("turn", MockResponse.text("ok"), Map.of("CODEX_BENCH_TURNS", String.valueOf(s.turns()),
				"CODEX_BENCH_WARMUP", String.valueOf(s.turnWarmup())));
		Stats latencies = Stats.of(doubles(turn.get("latencies_ms")));
		byFigure.put("turn.median", latencies);
		byFigure.put("turn.p90", new Stats(latencies.p90(), latencies.p90(), latencies.min(), latencies.max(),
				latencies.p25(), latencies.p75(), latencies.n(), latencies.values()));

		JsonNode stream = run("stream", MockResponse.deltas(s.deltas(), "x"),
				Map.of("CODEX_BENCH_DELTAS", String.valueOf(s.deltas()), "CODEX_BENCH_REPEAT",
						String.valueOf(s.streamReps()), "CODEX_BENCH_WARMUP", "1"));
		byFigure.put("stream.rate", Stats.of(field(stream.get("runs"), (r) -> r.path("events_per_sec").asDouble())));
		List<Double> cpu1k = new ArrayList<>();
		List<Double> core = new ArrayList<>();
		for (JsonNode r : stream.get("runs")) {
			if (r.has("cpu_ms") && r.path("events").asDouble() > 0) {
				cpu1k.add(r.path("cpu_ms").asDouble() / r.path("events").asDouble() * 1000);
				if (r.has("wall_ms") && r.path("wall_ms").asDouble() > 0) {
					core.add(100 * r.path("cpu_ms").asDouble() / r.path("wall_ms").asDouble());
				}
			}
		}
		byFigure.put("stream.cpu1k", Stats.of(cpu1k));
		byFigure.put("stream.coreAll", Stats.of(core));

		JsonNode conc = run("concurrency", MockResponse.text("ok"),
				Map.of("CODEX_BENCH_THREADS", String.valueOf(s.concThreads()), "CODEX_BENCH_TURNS_PER_THREAD",
						String.valueOf(s.concTurnsPerThread()), "CODEX_BENCH_REPEAT", String.valueOf(s.concReps()),
						"CODEX_BENCH_WARMUP", this.ctx.smoke() ? "0" : "1"));
		byFigure.put("conc.wall", Stats.of(field(conc.get("runs"), (r) -> r.path("wall_ms").asDouble())));
		byFigure.put("conc.tps", Stats.of(field(conc.get("runs"),
				(r) -> r.path("turns").asDouble() / (r.path("wall_ms").asDouble() / 1000))));

		List<Figure> out = new ArrayList<>();
		for (Figure f : figures) {
			Stats ext = byFigure.get(f.id());
			out.add((ext != null && ext.n() > 0) ? f.withExternal(ext) : f);
		}
		return out;
	}

	/** Runs the command for one scenario against a fresh mock model and home; returns its JSON line. */
	JsonNode run(String scenario, MockResponse response, Map<String, String> sizes) throws Exception {
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.defaultResponse(response);
			Path work = this.ctx.workDir();
			ProcessBuilder builder = new ProcessBuilder(this.command).redirectError(ProcessBuilder.Redirect.INHERIT);
			Map<String, String> env = builder.environment();
			env.put("CODEX_BENCH_SCENARIO", scenario);
			env.put("CODEX_BIN", this.ctx.binary.toString());
			env.put("CODEX_HOME", home.path().toString());
			env.put("CODEX_BENCH_WORKDIR", work.toString());
			env.put("CODEX_BENCH_MOCK_URL", model.baseUrl());
			env.put("CODEX_BENCH_PROMPT", BenchContext.PROMPT);
			env.put("CODEX_BENCH_EPHEMERAL", "true");
			env.putAll(sizes);
			Process process = builder.start();
			process.getOutputStream().close();
			String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("external client timed out on " + scenario);
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException("external client exited " + process.exitValue() + " on " + scenario
						+ "; stdout: " + stdout.strip());
			}
			String json = null;
			for (String line : stdout.split("\n")) {
				if (line.strip().startsWith("{")) {
					json = line.strip();
				}
			}
			if (json == null) {
				throw new IllegalStateException("external client printed no JSON line on " + scenario + ": " + stdout);
			}
			JsonNode node = Json.parse(json);
			if (node.has("client")) {
				this.name = node.get("client").asString();
			}
			return node;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not run the external client " + this.command + ": " + ex, ex);
		}
	}

	private static List<Double> doubles(JsonNode array) {
		List<Double> values = new ArrayList<>();
		if (array != null) {
			array.forEach((v) -> values.add(v.asDouble()));
		}
		return values;
	}

	private static List<Double> field(JsonNode runs, Function<JsonNode, Double> f) {
		List<Double> values = new ArrayList<>();
		if (runs != null) {
			runs.forEach((r) -> values.add(f.apply(r)));
		}
		return values;
	}

}
