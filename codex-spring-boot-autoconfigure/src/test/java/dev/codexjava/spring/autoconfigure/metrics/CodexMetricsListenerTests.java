package dev.codexjava.spring.autoconfigure.metrics;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.error.ServerBusyException;
import dev.codexjava.error.TransportClosedException;
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
			.containsExactlyInAnyOrder("method", "outcome");
	}

	@Test
	void tokenUsageIsCountedByType() {
		this.listener.onTurnCompleted("thr", TurnResults.completed("thr", "t1", TurnResults.usage(11, 2, 7, 3, 18)));
		this.listener.onTurnCompleted("thr", TurnResults.completed("thr", "t2", TurnResults.usage(100, 50, 20, 0, 120)));
		this.listener.onTurnCompleted("thr", TurnResults.interrupted("thr", "t3")); // no usage: nothing
		assertThat(tokens("input")).isEqualTo(111);
		assertThat(tokens("output")).isEqualTo(27);
		assertThat(tokens("cached")).isEqualTo(52);
		assertThat(tokens("reasoning")).isEqualTo(3);
		assertThat(this.registry.get(CodexMeterNames.TOKEN_USAGE).counters()).hasSize(4)
			.allSatisfy((counter) -> {
				assertThat(counter.getId().getTag("gen_ai.request.model")).isEqualTo("gpt-test");
				assertThat(counter.getId().getTag("gen_ai.operation.name")).isEqualTo("invoke_agent");
				assertThat(counter.getId().getTags()).extracting((tag) -> tag.getKey())
					.containsExactlyInAnyOrder("gen_ai.token.type", "gen_ai.request.model", "gen_ai.operation.name");
			});
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
			.counter()
			.count()).isEqualTo(11);
		assertThat(this.registry.get(CodexMeterNames.TOKEN_USAGE)
			.tags("gen_ai.token.type", "input", "gen_ai.request.model", "gpt-test")
			.counter()
			.count()).isEqualTo(6);
	}

	@Test
	void anAbortedTurnOrAnExitedProcessLeavesNoModelBehind() {
		this.listener.onTurnStarted("thr-1", "t1", "gpt-5.5");
		this.listener.onTurnAborted("thr-1", "t1", new IllegalStateException("timed out"));
		this.listener.onTurnStarted("thr-2", "t2", "gpt-5.5");
		this.listener.onProcessExited(137, false);

		this.listener.onTurnCompleted("thr-1", TurnResults.completed("thr-1", "t9", TurnResults.usage(1, 0, 1, 0, 2)));
		this.listener.onTurnCompleted("thr-2", TurnResults.completed("thr-2", "t8", TurnResults.usage(1, 0, 1, 0, 2)));

		assertThat(this.registry.find(CodexMeterNames.TOKEN_USAGE).tag("gen_ai.request.model", "gpt-5.5").counters())
			.isEmpty();
	}

	private double tokens(String type) {
		return this.registry.get(CodexMeterNames.TOKEN_USAGE).tag("gen_ai.token.type", type).counter().count();
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
