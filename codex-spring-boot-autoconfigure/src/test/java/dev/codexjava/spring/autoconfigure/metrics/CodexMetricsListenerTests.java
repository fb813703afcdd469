package dev.codexjava.spring.autoconfigure.metrics;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexListener;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.ServerBusyException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;
import dev.codexjava.spring.autoconfigure.retry.RetryOnOverloadListener.Outcome;
import dev.codexjava.spring.autoconfigure.testsupport.InMemoryAppServer;
import dev.codexjava.spring.autoconfigure.testsupport.TurnResults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives {@link CodexMetricsListener}, {@link CodexRetryMetrics} and {@link CodexProcessMetrics} directly and reads
 * the meters back.
 */
class CodexMetricsListenerTests {

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final CodexMetricsListener listener = new CodexMetricsListener(this.registry, "gpt-test");

	@Test
	void requestsAreTimedByMethodAndOutcome() {
		this.listener.onRequestCompleted("thread/start", Duration.ofMillis(30), null);
		this.listener.onRequestCompleted("thread/start", Duration.ofMillis(10), null);
		this.listener.onRequestCompleted("turn/start", Duration.ofMillis(5),
				new ServerBusyException("turn/start", -32001, "Server overloaded; retry later.", null));
		this.listener.onRequestCompleted("turn/start", Duration.ofMillis(1),
				new TransportClosedException("gone", null, null));
		Timer threadStart = this.registry.get(CodexMeterNames.REQUESTS)
			.tags("method", "thread/start", "outcome", "success")
			.timer();
		assertThat(threadStart.count()).isEqualTo(2);
		assertThat(threadStart.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(40);
		assertThat(this.registry.get(CodexMeterNames.REQUESTS)
			.tags("method", "turn/start", "outcome", "ServerBusyException")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.registry.get(CodexMeterNames.REQUESTS)
			.tags("method", "turn/start", "outcome", "TransportClosedException")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.registry.get(CodexMeterNames.REQUESTS).timer().getId().getTags())
			.extracting((tag) -> tag.getKey())
			.containsExactlyInAnyOrder("method", "outcome", "codex.server");
		assertThat(this.registry.get(CodexMeterNames.REQUESTS).timer().getId().getTag("codex.server"))
			.isEqualTo("default");
	}

	@Test
	void tokenUsageIsAHistogramOfInputAndOutputWithTheGenAiTags() {
		this.listener.onTurnCompleted("thr", TurnResults.completed("thr", "t1", TurnResults.usage(11, 2, 7, 3, 18)));
		this.listener.onTurnCompleted("thr", TurnResults.completed("thr", "t2", TurnResults.usage(100, 50, 20, 0, 120)));
		this.listener.onTurnCompleted("thr", TurnResults.interrupted("thr", "t3")); // no usage: nothing
		DistributionSummary input = tokens("input");
		assertThat(input.count()).isEqualTo(2);
		assertThat(input.totalAmount()).isEqualTo(111);
		assertThat(input.max()).isEqualTo(100);
		assertThat(tokens("output").totalAmount()).isEqualTo(27);
		assertThat(this.registry.get(CodexMeterNames.TOKEN_USAGE).summaries()).hasSize(2).allSatisfy((summary) -> {
			assertThat(summary.getId().getBaseUnit()).isEqualTo("{token}");
			assertThat(summary.getId().getTags()).containsAll(Tags.of("gen_ai.operation.name", "invoke_agent",
					"gen_ai.provider.name", "openai", "gen_ai.system", "openai", "gen_ai.request.model", "gpt-test",
					"gen_ai.response.model", "gpt-test"));
			assertThat(summary.getId().getTags()).extracting(Tag::getKey)
				.containsExactlyInAnyOrder("gen_ai.token.type", "gen_ai.operation.name", "gen_ai.provider.name",
						"gen_ai.system", "gen_ai.request.model", "gen_ai.response.model", "codex.server");
		});
		// the OpenTelemetry token types only; the Codex-specific parts under their own name
		assertThat(this.registry.find(CodexMeterNames.TOKEN_USAGE).tag("gen_ai.token.type", "cached").summary())
			.isNull();
		assertThat(codexTokens("cached").totalAmount()).isEqualTo(52);
		assertThat(codexTokens("reasoning").totalAmount()).isEqualTo(3);
		assertThat(this.registry.get(CodexMeterNames.CODEX_TOKEN_USAGE).summaries()).hasSize(2)
			.allSatisfy((summary) -> assertThat(summary.getId().getTags()).extracting(Tag::getKey)
				.containsExactlyInAnyOrder("codex.token.type", "gen_ai.operation.name", "gen_ai.provider.name",
						"gen_ai.system", "gen_ai.request.model", "gen_ai.response.model", "codex.server"));
	}

	@Test
	void tokenUsageIsTaggedWithTheModelTheTurnRanWith() {
		this.listener.onTurnStarted("thr-1", "t1", "gpt-5.5");
		this.listener.onTurnStarted("thr-2", "t2", null);
		this.listener.onTurnCompleted("thr-1", TurnResults.completed("thr-1", "t1", TurnResults.usage(11, 2, 7, 3, 18)));
		this.listener.onTurnCompleted("thr-2", TurnResults.completed("thr-2", "t2", TurnResults.usage(5, 0, 1, 0, 6)));
		// the next turn of thr-1 is not known to the listener: the configured model again
		this.listener.onTurnCompleted("thr-1", TurnResults.completed("thr-1", "t3", TurnResults.usage(1, 0, 1, 0, 2)));

		assertThat(this.registry.get(CodexMeterNames.TOKEN_USAGE)
			.tags("gen_ai.token.type", "input", "gen_ai.request.model", "gpt-5.5")
			.summary()
			.totalAmount()).isEqualTo(11);
		assertThat(this.registry.get(CodexMeterNames.TOKEN_USAGE)
			.tags("gen_ai.token.type", "input", "gen_ai.request.model", "gpt-test")
			.summary()
			.totalAmount()).isEqualTo(6);
	}

	@Test
	void theResponseModelIsTheOneTheServerReroutedTheTurnTo() {
		this.listener.onTurnStarted("thr-1", "t1", "gpt-5.5");
		// may arrive before or after the listener hears of the turn's start
		this.listener.onNotification("model/rerouted", Json.parse("{\"threadId\":\"thr-1\",\"turnId\":\"t1\","
				+ "\"fromModel\":\"gpt-5.5\",\"toModel\":\"gpt-5.5-safe\",\"reason\":\"highRiskCyberActivity\"}"));
		this.listener.onTurnCompleted("thr-1", TurnResults.completed("thr-1", "t1", TurnResults.usage(11, 2, 7, 3, 18)));
		this.listener.onTurnStarted("thr-1", "t2", "gpt-5.5");
		this.listener.onTurnCompleted("thr-1", TurnResults.completed("thr-1", "t2", TurnResults.usage(1, 0, 1, 0, 2)));

		assertThat(this.registry.get(CodexMeterNames.TOKEN_USAGE)
			.tags("gen_ai.token.type", "input", "gen_ai.request.model", "gpt-5.5", "gen_ai.response.model",
					"gpt-5.5-safe")
			.summary()
			.totalAmount()).isEqualTo(11);
		assertThat(this.registry.get(CodexMeterNames.TOKEN_USAGE)
			.tags("gen_ai.token.type", "input", "gen_ai.response.model", "gpt-5.5")
			.summary()
			.totalAmount()).as("the next turn is not rerouted").isEqualTo(1);
		assertThat(this.registry.get(CodexMeterNames.OPERATION_DURATION)
			.tags("gen_ai.response.model", "gpt-5.5-safe")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void everyTurnIsTimedAsAGenAiOperationWithTheSameTagKeys() {
		this.listener.onTurnStarted("thr-1", "t1", "gpt-5.5");
		this.listener.onTurnStarted("thr-2", "t2", null);
		this.listener.onTurnStarted("thr-3", "t3", null);
		this.listener.onTurnStarted("thr-4", "t4", null);
		this.listener.onTurnCompleted("thr-1", TurnResults.completed("thr-1", "t1", null));
		this.listener.onTurnCompleted("thr-2", TurnResults.failed("thr-2", "t2", "serverOverloaded"));
		this.listener.onTurnCompleted("thr-3", TurnResults.failed("thr-3", "t3", null));
		this.listener.onTurnAborted("thr-4", "t4", new CodexTimeoutException("too slow", Duration.ofSeconds(1)));

		assertThat(this.registry.get(CodexMeterNames.OPERATION_DURATION)
			.tags("error.type", "none", "gen_ai.request.model", "gpt-5.5")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.registry.get(CodexMeterNames.OPERATION_DURATION).tags("error.type", "serverOverloaded").timer()
			.count()).isEqualTo(1);
		assertThat(this.registry.get(CodexMeterNames.OPERATION_DURATION).tags("error.type", "failed").timer().count())
			.isEqualTo(1);
		assertThat(this.registry.get(CodexMeterNames.OPERATION_DURATION)
			.tags("error.type", "CodexTimeoutException")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.registry.get(CodexMeterNames.OPERATION_DURATION).timers()).hasSize(4)
			.allSatisfy((timer) -> assertThat(timer.getId().getTags()).extracting(Tag::getKey)
				.containsExactlyInAnyOrder("error.type", "gen_ai.operation.name", "gen_ai.provider.name",
						"gen_ai.system", "gen_ai.request.model", "gen_ai.response.model", "codex.server"));
	}

	@Test
	void anAbortedTurnOrAnExitedProcessLeavesNoModelBehind() {
		this.listener.onTurnStarted("thr-1", "t1", "gpt-5.5");
		this.listener.onTurnAborted("thr-1", "t1", new IllegalStateException("timed out"));
		this.listener.onTurnStarted("thr-2", "t2", "gpt-5.5");
		this.listener.onProcessExited(137, false);

		this.listener.onTurnCompleted("thr-1", TurnResults.completed("thr-1", "t9", TurnResults.usage(1, 0, 1, 0, 2)));
		this.listener.onTurnCompleted("thr-2", TurnResults.completed("thr-2", "t8", TurnResults.usage(1, 0, 1, 0, 2)));

		assertThat(this.registry.find(CodexMeterNames.TOKEN_USAGE).tag("gen_ai.request.model", "gpt-5.5").summaries())
			.isEmpty();
	}

	private DistributionSummary tokens(String type) {
		return this.registry.get(CodexMeterNames.TOKEN_USAGE).tag("gen_ai.token.type", type).summary();
	}

	private DistributionSummary codexTokens(String type) {
		return this.registry.get(CodexMeterNames.CODEX_TOKEN_USAGE).tag("codex.token.type", type).summary();
	}

	@Test
	void approvalsAreCountedByMethodAndDecision() {
		this.listener.onApprovalDecided("item/commandExecution/requestApproval", "thr", "accept");
		this.listener.onApprovalDecided("item/commandExecution/requestApproval", "thr", "accept");
		this.listener.onApprovalDecided("item/fileChange/requestApproval", "thr", "decline");
		this.listener.onApprovalDecided("item/fileChange/requestApproval", "thr", null);
		assertThat(this.registry.get(CodexMeterNames.APPROVALS)
			.tags("method", "item/commandExecution/requestApproval", "decision", "accept")
			.counter()
			.count()).isEqualTo(2);
		assertThat(this.registry.get(CodexMeterNames.APPROVALS)
			.tags("method", "item/fileChange/requestApproval", "decision", "decline")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.registry.get(CodexMeterNames.APPROVALS).tags("decision", "unknown").counter().count())
			.isEqualTo(1);
	}

	@Test
	void approvalsAnsweredAtTheDeadlineAreCountedAsTimeoutNotAsTheSafeAnswer() {
		this.listener.onApprovalDecided("item/commandExecution/requestApproval", "thr", "accept", false);
		this.listener.onApprovalDecided("item/commandExecution/requestApproval", "thr", "decline", false);
		this.listener.onApprovalDecided("item/commandExecution/requestApproval", "thr", "decline", true);
		this.listener.onApprovalDecided("item/commandExecution/requestApproval", "thr", "decline", true);
		assertThat(decisions("accept")).isEqualTo(1);
		assertThat(decisions("decline")).isEqualTo(1);
		assertThat(decisions(CodexMeterNames.DECISION_TIMEOUT)).isEqualTo(2);
	}

	private double decisions(String decision) {
		return this.registry.get(CodexMeterNames.APPROVALS)
			.tags("method", "item/commandExecution/requestApproval", "decision", decision)
			.counter()
			.count();
	}

	@Test
	void retriesAreCountedBySource() {
		ServerBusyException busy = new ServerBusyException("turn/start", -32001, "busy", null);
		this.listener.onRetry("turn/start", 1, Duration.ofMillis(250), busy);
		this.listener.onRetry("turn/start", 2, Duration.ofMillis(500), busy);
		CodexRetryMetrics adviceMetrics = new CodexRetryMetrics(this.registry);
		adviceMetrics.onRetry("Assistant.ask", 1, busy);
		adviceMetrics.onCallCompleted("Assistant.ask", Outcome.RECOVERED, 2, null);
		adviceMetrics.onCallCompleted("Assistant.ask", Outcome.EXHAUSTED, 3, busy);
		adviceMetrics.onCallCompleted("Assistant.ask", Outcome.NON_RETRYABLE, 1, new IllegalStateException());
		assertThat(this.registry.get(CodexMeterNames.RETRIES).tags("method", "turn/start", "source", "sdk").counter()
			.count()).isEqualTo(2);
		assertThat(this.registry.get(CodexMeterNames.RETRIES).tags("method", "Assistant.ask", "source", "advice")
			.counter()
			.count()).isEqualTo(1);
		for (String outcome : new String[] { "recovered", "exhausted", "non-retryable" }) {
			assertThat(this.registry.get(CodexMeterNames.RETRY_CALLS)
				.tags("method", "Assistant.ask", "outcome", outcome)
				.counter()
				.count()).isEqualTo(1);
		}
	}

	@Test
	void eachServerOfAPoolCountsUnderItsOwnName() {
		CodexListener east = this.listener.forServer("east");
		assertThat(this.listener.forServer("default")).isSameAs(this.listener);
		east.onProcessStarted(-1, "0.169.0");
		east.onProcessStarted(-1, "0.169.0");
		east.onApprovalDecided("item/commandExecution/requestApproval", "thr", "decline");
		east.onTurnStarted("thr", "t1", null);
		east.onTurnCompleted("thr", TurnResults.completed("thr", "t1", TurnResults.usage(11, 2, 7, 3, 18)));
		assertThat(this.registry.get(CodexMeterNames.PROCESS_RESTARTS).tag("codex.server", "east").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get(CodexMeterNames.PROCESS_RESTARTS).tag("codex.server", "default").counter().count())
			.isZero();
		assertThat(this.registry.get(CodexMeterNames.APPROVALS).counter().getId().getTag("codex.server"))
			.isEqualTo("east");
		assertThat(this.registry.get(CodexMeterNames.TOKEN_USAGE).tag("codex.server", "east").summaries()).hasSize(2);
		assertThat(this.registry.get(CodexMeterNames.OPERATION_DURATION).timer().getId().getTag("codex.server"))
			.isEqualTo("east");
	}

	@Test
	void restartsCountStartsAfterTheFirst() {
		assertThat(this.registry.get(CodexMeterNames.PROCESS_RESTARTS).counter().count()).isZero();
		this.listener.onProcessStarted(100, "0.169.0");
		assertThat(this.registry.get(CodexMeterNames.PROCESS_RESTARTS).counter().count()).isZero();
		this.listener.onProcessExited(1, false);
		this.listener.onProcessStarted(101, "0.169.0");
		this.listener.onProcessExited(0, true);
		this.listener.onProcessStarted(102, "0.169.0");
		assertThat(this.registry.get(CodexMeterNames.PROCESS_RESTARTS).counter().count()).isEqualTo(2);
	}

	@Test
	void processUpFollowsCodexIsRunning() {
		InMemoryAppServer server = new InMemoryAppServer();
		Codex codex = Codex.start(CodexConfig.builder().build(), server);
		try {
			new CodexProcessMetrics(codex).bindTo(this.registry);
			assertThat(this.registry.get(CodexMeterNames.PROCESS_UP).gauge().value()).isEqualTo(1.0);
		}
		finally {
			codex.close();
		}
		assertThat(this.registry.get(CodexMeterNames.PROCESS_UP).gauge().value()).isEqualTo(0.0);
		MeterRegistry other = new SimpleMeterRegistry();
		new CodexProcessMetrics(Codex.create(CodexConfig.builder().build())).bindTo(other);
		assertThat(other.get(CodexMeterNames.PROCESS_UP).gauge().value()).isEqualTo(0.0);
	}

}
