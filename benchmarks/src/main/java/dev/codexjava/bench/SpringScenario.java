package dev.codexjava.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

/**
 * Figure 5: a minimal Spring Boot app (no web server), started in-process with {@link SpringApplicationBuilder}, in
 * three variants, interleaved: without the starter (its auto-configurations excluded, the app calls
 * {@code Codex.start} itself after the refresh), with the starter and {@code codex.lifecycle.wait-for-startup=true}
 * (the default: the refresh includes spawn + handshake), and with {@code wait-for-startup=false} (the child starts on
 * a background thread). Times: until {@code run()} returns (context refreshed), until a turn can run (the
 * {@code Codex} bean is running), and until the first turn has completed.
 */
final class SpringScenario {

	/** Every auto-configuration the starter brings (from its AutoConfiguration.imports). */
	static final String CODEX_AUTO_CONFIGURATIONS = String.join(",",
			"dev.codexjava.spring.autoconfigure.CodexAutoConfiguration",
			"dev.codexjava.spring.autoconfigure.health.CodexHealthContributorAutoConfiguration",
			"dev.codexjava.spring.autoconfigure.metrics.CodexMetricsAutoConfiguration",
			"dev.codexjava.spring.autoconfigure.observation.CodexObservationAutoConfiguration",
			"dev.codexjava.spring.autoconfigure.retry.CodexRetryAutoConfiguration");

	/** The minimal application. */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApp {

	}

	enum Variant {

		NONE("without the starter (Codex.start by hand after refresh)"),
		WAIT("starter, wait-for-startup=true"),
		ASYNC("starter, wait-for-startup=false");

		final String label;

		Variant(String label) {
			this.label = label;
		}

	}

	record Times(double refreshedMs, double readyMs, double firstTurnMs) {
	}

	private final BenchContext ctx;

	/** What the starter put on the start-up path (from a BufferingApplicationStartup run), for the report. */
	String startupPath = "";

	/** What happens when the app calls the Codex bean right after an async refresh. */
	String earlyCall = "";

	SpringScenario(BenchContext ctx) {
		this.ctx = ctx;
	}

	List<Figure> run() throws Exception {
		Sizes s = this.ctx.sizes;
		Map<Variant, List<Times>> times = new LinkedHashMap<>();
		for (Variant v : Variant.values()) {
			times.put(v, new ArrayList<>());
		}
		double load0 = Machine.load1();
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.defaultResponse(MockResponse.text("ok"));
			Path work = this.ctx.workDir();
			// the very first Spring start in this JVM pays for class loading: one untimed start of each variant
			for (Variant v : Variant.values()) {
				once(v, home, work, null);
			}
			for (int i = 0; i < s.springWarmup() + s.springReps(); i++) {
				for (int k = 0; k < Variant.values().length; k++) {
					Variant v = Variant.values()[(i + k) % Variant.values().length];
					Times t = once(v, home, work, null);
					if (i >= s.springWarmup()) {
						times.get(v).add(t);
					}
				}
				model.reset();
			}
			this.startupPath = startupPath(home, work);
			this.earlyCall = earlyCall(home, work);
		}
		String load = Machine.loadSpan(load0, Machine.load1());
		Stats noneRefresh = stats(times.get(Variant.NONE), Times::refreshedMs);
		Stats waitRefresh = stats(times.get(Variant.WAIT), Times::refreshedMs);
		Stats asyncRefresh = stats(times.get(Variant.ASYNC), Times::refreshedMs);
		Stats noneReady = stats(times.get(Variant.NONE), Times::readyMs);
		Stats waitReady = stats(times.get(Variant.WAIT), Times::readyMs);
		Stats asyncReady = stats(times.get(Variant.ASYNC), Times::readyMs);
		Stats noneTurn = stats(times.get(Variant.NONE), Times::firstTurnMs);
		Stats waitTurn = stats(times.get(Variant.WAIT), Times::firstTurnMs);
		Stats asyncTurn = stats(times.get(Variant.ASYNC), Times::firstTurnMs);
		double asyncDelta = asyncRefresh.median() - noneRefresh.median();
		double waitDelta = waitRefresh.median() - noneRefresh.median();
		return List.of(
				new Figure("spring.refresh.async", "5. Spring: context refreshed — starter, wait-for-startup=false",
						"ms", "%.1f", asyncRefresh, noneRefresh, null, asyncDelta, "Δ vs none", "≤ +50 ms",
						asyncDelta <= 50, load),
				new Figure("spring.refresh.wait",
						"5. Spring: context refreshed — starter, wait-for-startup=true (default; spawn+handshake inside)",
						"ms", "%.1f", waitRefresh, noneRefresh, null, waitDelta, "Δ vs none", "≤ +50 ms (info)", null,
						load),
				new Figure("spring.ready.async", "5. Spring: first turn can run — starter, wait=false", "ms", "%.1f",
						asyncReady, noneReady, null, asyncReady.median() - noneReady.median(), "Δ vs none", "(info)",
						null, load),
				new Figure("spring.ready.wait", "5. Spring: first turn can run — starter, wait=true", "ms", "%.1f",
						waitReady, noneReady, null, waitReady.median() - noneReady.median(), "Δ vs none", "(info)",
						null, load),
				new Figure("spring.turn.async", "5. Spring: first turn done — starter, wait=false", "ms", "%.1f",
						asyncTurn, noneTurn, null, asyncTurn.median() - noneTurn.median(), "Δ vs none", "(info)", null,
						load),
				new Figure("spring.turn.wait", "5. Spring: first turn done — starter, wait=true", "ms", "%.1f",
						waitTurn, noneTurn, null, waitTurn.median() - noneTurn.median(), "Δ vs none", "(info)", null,
						load));
	}

	private static Stats stats(List<Times> times, java.util.function.ToDoubleFunction<Times> f) {
		return Stats.of(times.stream().map((t) -> f.applyAsDouble(t)).toList());
	}

	private SpringApplicationBuilder builder(Variant variant, MockCodexHome home, Path work) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(MinimalApp.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(false);
		if (variant == Variant.NONE) {
			builder.properties("spring.autoconfigure.exclude=" + CODEX_AUTO_CONFIGURATIONS);
		}
		else {
			builder.properties("codex.binary=" + this.ctx.binary, "codex.codex-home=" + home.path(),
					"codex.working-directory=" + work,
					"codex.lifecycle.wait-for-startup=" + (variant == Variant.WAIT));
		}
		return builder;
	}

	/** One start of the app, a first turn, and a full close. */
	private Times once(Variant variant, MockCodexHome home, Path work, BufferingApplicationStartup startup) {
		SpringApplicationBuilder builder = builder(variant, home, work);
		if (startup != null) {
			builder.applicationStartup(startup);
		}
		long t0 = System.nanoTime();
		ConfigurableApplicationContext context = builder.run();
		long refreshed = System.nanoTime();
		Codex byHand = null;
		try {
			Codex codex;
			if (variant == Variant.NONE) {
				byHand = Codex.start(this.ctx.config(home, work));
				codex = byHand;
			}
			else {
				codex = context.getBean(Codex.class);
				long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
				while (!codex.isRunning()) {
					if (System.nanoTime() > deadline) {
						throw new IllegalStateException("the starter's Codex did not start within 30 s");
					}
					LockSupport.parkNanos(50_000);
				}
			}
			long ready = System.nanoTime();
			CodexThread thread = codex.startThread(BenchContext.THREAD);
			thread.run(BenchContext.PROMPT);
			long turned = System.nanoTime();
			return new Times((refreshed - t0) / 1e6, (ready - t0) / 1e6, (turned - t0) / 1e6);
		}
		finally {
			if (byHand != null) {
				byHand.close();
			}
			context.close();
		}
	}

	/** Lists the starter's steps on the start-up path (bean creation times) from one buffered run. */
	private String startupPath(MockCodexHome home, Path work) {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
		Times t = once(Variant.WAIT, home, work, startup);
		StartupTimeline timeline = startup.getBufferedTimeline();
		StringBuilder sb = new StringBuilder();
		double refresh = 0;
		List<String> lines = new ArrayList<>();
		for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
			StartupStep step = event.getStartupStep();
			String bean = null;
			for (StartupStep.Tag tag : step.getTags()) {
				if ("beanName".equals(tag.getKey())) {
					bean = tag.getValue();
				}
			}
			double ms = event.getDuration().toNanos() / 1e6;
			if ("spring.context.refresh".equals(step.getName())) {
				refresh = ms;
			}
			if (bean != null && bean.toLowerCase(Locale.ROOT).contains("codex")
					&& "spring.beans.instantiate".equals(step.getName())) {
				lines.add(String.format(Locale.ROOT, "  %-70s %7.2f ms", bean, ms));
			}
		}
		sb.append(String.format(Locale.ROOT, "spring.context.refresh %.1f ms (run() returned after %.1f ms); codex "
				+ "bean instantiations (nested: a bean's time includes its dependencies):%n", refresh,
				t.refreshedMs()));
		lines.forEach((l) -> sb.append(l).append('\n'));
		return sb.toString();
	}

	/** Calls the starter's Codex right after an async refresh, before the handshake can be done. */
	private String earlyCall(MockCodexHome home, Path work) {
		ConfigurableApplicationContext context = builder(Variant.ASYNC, home, work).run();
		try {
			Codex codex = context.getBean(Codex.class);
			try {
				codex.startThread(BenchContext.THREAD).run(BenchContext.PROMPT);
				return "a turn started right after an async refresh waited for the handshake and completed";
			}
			catch (RuntimeException ex) {
				return "a turn started right after an async refresh failed at once: " + ex.getClass().getSimpleName()
						+ ": " + ex.getMessage();
			}
		}
		finally {
			context.close();
		}
	}

}
