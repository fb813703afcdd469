package dev.codexjava.spring.autoconfigure.metrics;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnOptions;
import dev.codexjava.client.TurnFailedException;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.observation.CodexObservationAutoConfiguration;
import dev.codexjava.spring.autoconfigure.testsupport.InMemoryAppServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boot's Prometheus registry scrapes every Codex series: turns with and without a known model, with and without token
 * usage, completed, failed, interrupted and rerouted, register every meter of a name with the same tag keys, so
 * Prometheus drops none (it refuses a meter registered again with other keys). Runs a real {@link Codex} over the
 * in-memory app-server.
 */
class CodexPrometheusScrapeTests {

	private final InMemoryAppServer server = new InMemoryAppServer();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class, CodexMetricsAutoConfiguration.class,
				CodexObservationAutoConfiguration.class, ObservationAutoConfiguration.class,
				MetricsAutoConfiguration.class, PrometheusMetricsExportAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class))
		.withBean(InMemoryAppServer.class, () -> this.server)
		.withUserConfiguration(InMemoryCodexConfiguration.class);

	@Test
	void everyCodexSeriesIsScrapedAndNoneIsDropped() {
		this.server.next("thread/start", InMemoryAppServer.threadStarted("thr-1"),
				InMemoryAppServer.threadStarted("thr-2"));
		this.server.next("turn/start", turnStarted("turn-1"), turnStarted("turn-2"), turnStarted("turn-3"));
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			PrometheusMeterRegistry prometheus = context.getBean(PrometheusMeterRegistry.class);
			List<String> dropped = new CopyOnWriteArrayList<>();
			prometheus.config().onMeterRegistrationFailed((id, reason) -> dropped.add(id.getName() + ": " + reason));
			Codex codex = context.getBean(Codex.class);
			CodexThread first = codex.startThread();
			CodexThread second = codex.startThread();

			// a known model, usage, rerouted to another model
			run(first, TurnOptions.builder().model("gpt-5.5").build(), "thr-1", "turn-1",
					notification("model/rerouted", "{\"threadId\":\"thr-1\",\"turnId\":\"turn-1\","
							+ "\"fromModel\":\"gpt-5.5\",\"toModel\":\"gpt-5.5-safe\","
							+ "\"reason\":\"highRiskCyberActivity\"}"),
					usage("thr-1", "turn-1"), completed("thr-1", "turn-1", "completed", "null"));
			// no model known, no usage, failed
			run(second, TurnOptions.none(), "thr-2", "turn-2", completed("thr-2", "turn-2", "failed",
					"{\"message\":\"at capacity\",\"codexErrorInfo\":\"serverOverloaded\"}"));
			// usage, interrupted
			run(first, TurnOptions.none(), "thr-1", "turn-3", usage("thr-1", "turn-3"),
					completed("thr-1", "turn-3", "interrupted", "null"));

			String scrape = prometheus.scrape();
			assertThat(dropped).isEmpty();
			assertThat(scrape).contains(
					// OpenTelemetry GenAI, as histograms
					"gen_ai_client_token_usage_bucket{", "gen_ai_client_token_usage_count{",
					"gen_ai_client_token_usage_sum{", "gen_ai_client_operation_duration_seconds_bucket{",
					"gen_ai_client_operation_duration_seconds_count{",
					// the Codex-specific parts
					"codex_client_token_usage_count{",
					// observations, requests, process
					"codex_turns_seconds_count{", "codex_turns_active_seconds_count{", "codex_rpc_seconds_count{",
					"codex_client_requests_seconds_count{", "codex_process_up ", "codex_process_restarts_total ");
			assertThat(scrape).doesNotContain("_token_{", "__token_");
			assertThat(scrape).contains("gen_ai_client_token_usage_sum{codex_server=\"default\",gen_ai_operation_name=\"invoke_agent\","
					+ "gen_ai_provider_name=\"openai\",gen_ai_request_model=\"gpt-5.5\","
					+ "gen_ai_response_model=\"gpt-5.5-safe\",gen_ai_system=\"openai\",gen_ai_token_type=\"input\"} 10.0");
			assertThat(scrape).contains("gen_ai_client_token_usage_count{codex_server=\"default\",gen_ai_operation_name=\"invoke_agent\","
					+ "gen_ai_provider_name=\"openai\",gen_ai_request_model=\"gpt-5.5\","
					+ "gen_ai_response_model=\"gpt-5.5\",gen_ai_system=\"openai\",gen_ai_token_type=\"output\"} 1");
			assertThat(scrape).contains("gen_ai_client_operation_duration_seconds_count{codex_server=\"default\",error_type=\"serverOverloaded\","
					+ "gen_ai_operation_name=\"invoke_agent\",gen_ai_provider_name=\"openai\","
					+ "gen_ai_request_model=\"default\",gen_ai_response_model=\"default\",gen_ai_system=\"openai\"} 1");
			assertThat(scrape).contains("codex_client_token_usage_sum{codex_server=\"default\",codex_token_type=\"cached\"");
			assertThat(scrape).contains("codex_rpc_seconds_count{error=\"none\",rpc_method=\"turn/start\","
					+ "rpc_system=\"jsonrpc\"} 3");
			// three turns: each outcome is a series of codex_turns, all with the same labels
			assertThat(scrape).contains("outcome=\"completed\"", "outcome=\"failed\"", "outcome=\"interrupted\"");
			// spans only: never a label
			assertThat(scrape).doesNotContain("gen_ai_conversation_id", "thr-1", "turn-1", "codex_turn_id");
		});
	}

	private void run(CodexThread thread, TurnOptions options, String threadId, String turnId, String... events)
			throws Exception {
		TurnHandle handle = thread.turn("hi", options);
		assertThat(handle.id()).isEqualTo(turnId);
		assertThat(handle.threadId()).isEqualTo(threadId);
		this.server.push(events);
		try {
			handle.result().get(5, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			// the failed turn
			assertThat(ex).hasCauseInstanceOf(TurnFailedException.class);
		}
	}

	private static String turnStarted(String turnId) {
		return InMemoryAppServer
			.result("{\"turn\":{\"id\":\"" + turnId + "\",\"status\":\"inProgress\",\"items\":[],\"error\":null}}");
	}

	private static String notification(String method, String params) {
		return InMemoryAppServer.notification(method, params);
	}

	private static String usage(String threadId, String turnId) {
		return notification("thread/tokenUsage/updated", "{\"threadId\":\"" + threadId + "\",\"turnId\":\"" + turnId
				+ "\",\"tokenUsage\":{\"total\":{\"inputTokens\":110,\"cachedInputTokens\":20,\"outputTokens\":50,"
				+ "\"reasoningOutputTokens\":10,\"totalTokens\":160},\"last\":{\"inputTokens\":10,"
				+ "\"cachedInputTokens\":2,\"outputTokens\":5,\"reasoningOutputTokens\":1,\"totalTokens\":15},"
				+ "\"modelContextWindow\":272000}}");
	}

	private static String completed(String threadId, String turnId, String status, String errorJson) {
		return notification("turn/completed", "{\"threadId\":\"" + threadId + "\",\"turn\":{\"id\":\"" + turnId
				+ "\",\"status\":\"" + status + "\",\"error\":" + errorJson
				+ ",\"startedAt\":1,\"completedAt\":2,\"durationMs\":1000}}");
	}

	/** A {@link Codex} over the in-memory app-server, with the auto-configured {@link CodexConfig} (listeners). */
	@Configuration(proxyBeanMethods = false)
	static class InMemoryCodexConfiguration {

		@Bean(destroyMethod = "close")
		Codex codex(CodexConfig config, InMemoryAppServer server) {
			return Codex.start(config, server);
		}

	}

}
