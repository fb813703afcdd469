package dev.codexjava.spring.autoconfigure;

import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.CodexListener;
import dev.codexjava.client.TurnResult;
import dev.codexjava.spring.autoconfigure.metrics.CodexMetricsListener;
import dev.codexjava.spring.autoconfigure.observation.CodexObservationListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's listeners read only {@code model/rerouted} raw, and say so ({@link CodexListener#needsNotification}),
 * so that with metrics or tracing on, a turn's streamed deltas still go to it straight from the line, without a tree.
 */
class CodexListenerNotificationNeedsTests {

	private static final String DELTA = "item/agentMessage/delta";

	@Test
	void metricsAndObservationListenersNeedOnlyReroutes() {
		CodexListener metrics = new CodexMetricsListener(new SimpleMeterRegistry(), "gpt-test");
		CodexListener observation = new CodexObservationListener(ObservationRegistry.create(), null, "gpt-test");
		for (CodexListener listener : List.of(metrics, observation)) {
			assertThat(listener.needsNotification(DELTA)).as(listener.getClass().getSimpleName()).isFalse();
			assertThat(listener.needsNotification("item/commandExecution/outputDelta")).isFalse();
			assertThat(listener.needsNotification("model/rerouted")).isTrue();
		}
		assertThat(CompositeCodexListener.of(List.of(metrics, observation)).needsNotification(DELTA)).isFalse();
		assertThat(CompositeCodexListener.of(List.of(metrics, observation)).needsNotification("model/rerouted"))
			.isTrue();
	}

	@Test
	void aSubclassOrAnotherListenerInTheCompositeNeedsEveryNotification() {
		CodexListener metrics = new CodexMetricsListener(new SimpleMeterRegistry(), "gpt-test");
		CodexListener subclass = new CodexMetricsListener(new SimpleMeterRegistry(), "gpt-test") {
			@Override
			public void onNotification(String method, JsonNode params) {
				super.onNotification(method, params);
			}
		};
		assertThat(subclass.needsNotification(DELTA)).isTrue();
		CodexListener raw = new CodexListener() {
			@Override
			public void onNotification(String method, JsonNode params) {
			}
		};
		assertThat(CompositeCodexListener.of(List.of(metrics, raw)).needsNotification(DELTA)).isTrue();
	}

	@Test
	void aListenerInTheCompositeThatDoesNotReadNotificationsNeedsNone() {
		// a pool member's listeners: the starter's and an application's that only counts turns
		CodexListener metrics = new CodexMetricsListener(new SimpleMeterRegistry(), "gpt-test");
		CodexListener turnsOnly = new CodexListener() {
			@Override
			public void onTurnCompleted(String threadId, TurnResult result) {
			}
		};
		CodexListener composite = CompositeCodexListener.of(List.of(metrics, turnsOnly));
		assertThat(composite.needsNotification(DELTA)).isFalse();
		assertThat(composite.needsNotification("model/rerouted")).isTrue();
	}

	@Test
	void aSubclassThatDoesNotOverrideOnNotificationNeedsOnlyReroutes() {
		CodexListener metrics = new CodexMetricsListener(new SimpleMeterRegistry(), "gpt-test") {
			@Override
			public void onTurnCompleted(String threadId, TurnResult result) {
				super.onTurnCompleted(threadId, result);
			}
		};
		CodexListener observation = new CodexObservationListener(ObservationRegistry.create(), null, "gpt-test") {
			@Override
			public void onTurnCompleted(String threadId, TurnResult result) {
				super.onTurnCompleted(threadId, result);
			}
		};
		for (CodexListener listener : List.of(metrics, observation)) {
			assertThat(listener.needsNotification(DELTA)).isFalse();
			assertThat(listener.needsNotification("model/rerouted")).isTrue();
		}
	}

}
