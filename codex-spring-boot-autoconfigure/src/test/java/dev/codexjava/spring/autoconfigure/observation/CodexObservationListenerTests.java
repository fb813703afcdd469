package dev.codexjava.spring.autoconfigure.observation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import dev.codexjava.protocol.Json;
import dev.codexjava.client.CodexListener;
import dev.codexjava.spring.autoconfigure.testsupport.TurnResults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives {@link CodexObservationListener} directly, with an {@link ObservationRegistry} that turns observations into
 * meters ({@link DefaultMeterObservationHandler}) and a handler that records the contexts (as a tracer would see
 * them).
 */
class CodexObservationListenerTests {

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final ObservationRegistry observations = ObservationRegistry.create();

	CodexObservationListenerTests() {
		this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
		this.observations.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				CodexObservationListenerTests.this.stopped.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		});
	}

	private final CodexObservationListener listener = new CodexObservationListener(this.observations, null,
			"gpt-test");

	@Test
	void eachServerOfAPoolGetsAListenerTaggingItsTurnsWithTheServerName() {
		CodexListener east = this.listener.forServer("east");
		assertThat(this.listener.forServer("default")).isSameAs(this.listener);
		east.onTurnStarted("thread-1", "turn-1", null);
		east.onTurnCompleted("thread-1", TurnResults.completed("thread-1", "turn-1", null));
		assertThat(this.meters.get("codex.turns").tag("codex.server", "east").timer().count()).isEqualTo(1);
		assertThat(this.meters.find("codex.turns").tag("codex.server", "default").timer()).isNull();
	}

	@Test
	void aCompletedTurnIsTimedWithLowCardinalityTagsOnly() {
		this.listener.onTurnStarted("thread-1", "turn-1");
		LongTaskTimer active = this.meters.get("codex.turns.active").longTaskTimer();
		assertThat(active.activeTasks()).isEqualTo(1);
		assertThat(active.getId().getTags()).containsExactlyInAnyOrder(Tag.of("gen_ai.request.model", "gpt-test"),
				Tag.of("gen_ai.operation.name", "invoke_agent"), Tag.of("gen_ai.provider.name", "openai"),
				Tag.of("gen_ai.system", "openai"), Tag.of("codex.server", "default"));
		this.listener.onTurnCompleted("thread-1",
				TurnResults.completed("thread-1", "turn-1", TurnResults.usage(11, 2, 7, 3, 18)));
		assertThat(active.activeTasks()).isZero();
		assertThat(this.listener.openTurns()).isZero();
		Timer timer = this.meters.get("codex.turns").timer();
		assertThat(timer.count()).isEqualTo(1);
		assertThat(timer.getId().getTags()).containsExactlyInAnyOrder(Tag.of("gen_ai.request.model", "gpt-test"),
				Tag.of("gen_ai.response.model", "gpt-test"), Tag.of("gen_ai.operation.name", "invoke_agent"),
				Tag.of("gen_ai.provider.name", "openai"), Tag.of("gen_ai.system", "openai"),
				Tag.of("outcome", "completed"), Tag.of("error.kind", "none"), Tag.of("error", "none"),
				Tag.of("codex.server", "default"));
		// the conversation (thread) and turn ids only on the context (spans), never as tags
		assertThat(this.meters.getMeters()).allSatisfy((meter) -> assertThat(meter.getId().getTags())
			.extracting(Tag::getKey)
			.doesNotContain("gen_ai.conversation.id", "codex.turn.id"));
		assertThat(this.stopped).singleElement().satisfies((context) -> {
			assertThat(context.getName()).isEqualTo("codex.turns");
			assertThat(context.getContextualName()).isEqualTo("invoke_agent codex");
			assertThat(context.getHighCardinalityKeyValues()).contains(
					KeyValue.of("gen_ai.conversation.id", "thread-1"), KeyValue.of("codex.turn.id", "turn-1"),
					KeyValue.of("gen_ai.usage.input_tokens", "11"), KeyValue.of("gen_ai.usage.output_tokens", "7"),
					KeyValue.of("gen_ai.usage.total_tokens", "18"),
					KeyValue.of("gen_ai.usage.cache_read.input_tokens", "2"),
					KeyValue.of("codex.usage.reasoning_output_tokens", "3"));
		});
	}

	@Test
	void failedAndInterruptedTurnsCarryTheirOutcomeAndErrorKind() {
		this.listener.onTurnStarted("thread-1", "turn-1");
		this.listener.onTurnStarted("thread-2", "turn-2");
		this.listener.onTurnStarted("thread-3", "turn-3");
		this.listener.onTurnCompleted("thread-1", TurnResults.failed("thread-1", "turn-1", "serverOverloaded"));
		this.listener.onTurnCompleted("thread-2", TurnResults.interrupted("thread-2", "turn-2"));
		this.listener.onTurnCompleted("thread-3", TurnResults.failed("thread-3", "turn-3", null));
		assertThat(this.meters.get("codex.turns")
			.tags("outcome", "failed", "error.kind", "serverOverloaded", "error", "TurnFailedException")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("codex.turns")
			.tags("outcome", "interrupted", "error.kind", "none", "error", "none")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("codex.turns")
			.tags("outcome", "failed", "error.kind", "none", "error", "TurnFailedException")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.stopped).filteredOn((context) -> context.getError() != null).hasSize(2);
	}

	@Test
	void turnsThatNeverCompleteAreAbortedWhenTheProcessExitsOrTheThreadMovesOn() {
		this.listener.onTurnStarted("thread-1", "turn-1");
		this.listener.onTurnStarted("thread-2", "turn-2");
		// a thread runs one turn at a time: turn-1 ended without turn/completed (e.g. the client's turn timeout)
		this.listener.onTurnStarted("thread-1", "turn-3");
		assertThat(this.meters.get("codex.turns").tag("outcome", "aborted").timer().count()).isEqualTo(1);
		assertThat(this.listener.openTurns()).isEqualTo(2);
		this.listener.onProcessExited(137, false);
		assertThat(this.listener.openTurns()).isZero();
		assertThat(this.meters.get("codex.turns").tag("outcome", "aborted").timer().count()).isEqualTo(3);
		assertThat(this.meters.get("codex.turns.active").longTaskTimer().activeTasks()).isZero();
		// a late completion of an aborted turn is ignored
		this.listener.onTurnCompleted("thread-1", TurnResults.interrupted("thread-1", "turn-3"));
		assertThat(this.meters.find("codex.turns").tag("outcome", "interrupted").timer()).isNull();
	}

	@Test
	void theModelTagIsTheTurnsOwnModelWhenTheSdkKnowsIt() {
		this.listener.onTurnStarted("thread-1", "turn-1", "gpt-5.5");
		this.listener.onTurnStarted("thread-2", "turn-2", null);
		this.listener.onTurnCompleted("thread-1", TurnResults.completed("thread-1", "turn-1", null));
		this.listener.onTurnCompleted("thread-2", TurnResults.completed("thread-2", "turn-2", null));

		assertThat(this.meters.get("codex.turns").tag("gen_ai.request.model", "gpt-5.5").timer().count())
			.isEqualTo(1);
		assertThat(this.meters.get("codex.turns").tag("gen_ai.request.model", "gpt-test").timer().count())
			.as("unknown: the configured model").isEqualTo(1);
	}

	@Test
	void theResponseModelIsTheOneTheServerReroutedTheTurnTo() {
		this.listener.onTurnStarted("thread-1", "turn-1", "gpt-5.5");
		this.listener.onTurnStarted("thread-2", "turn-2", "gpt-5.5");
		this.listener.onNotification("model/rerouted", Json.parse("{\"threadId\":\"thread-1\","
				+ "\"turnId\":\"turn-1\",\"fromModel\":\"gpt-5.5\",\"toModel\":\"gpt-5.5-safe\","
				+ "\"reason\":\"highRiskCyberActivity\"}"));
		this.listener.onTurnCompleted("thread-1", TurnResults.completed("thread-1", "turn-1", null));
		this.listener.onTurnCompleted("thread-2", TurnResults.completed("thread-2", "turn-2", null));

		assertThat(this.meters.get("codex.turns")
			.tags("gen_ai.request.model", "gpt-5.5", "gen_ai.response.model", "gpt-5.5-safe")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("codex.turns")
			.tags("gen_ai.request.model", "gpt-5.5", "gen_ai.response.model", "gpt-5.5")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void completionIsMatchedByThreadWhenTheTurnIdDiffers() {
		this.listener.onTurnStarted("thread-1", "turn-1");
		this.listener.onTurnCompleted("thread-1", TurnResults.completed("thread-1", "turn-9", null));
		assertThat(this.meters.get("codex.turns").tag("outcome", "completed").timer().count()).isEqualTo(1);
		assertThat(this.listener.openTurns()).isZero();
	}

	@Test
	void aCustomConventionReplacesTheDefault() {
		CodexTurnObservationConvention custom = new CodexTurnObservationConvention() {

			private final DefaultCodexTurnObservationConvention delegate = new DefaultCodexTurnObservationConvention();

			@Override
			public String getName() {
				return "agent.turns";
			}

			@Override
			public KeyValues getLowCardinalityKeyValues(CodexTurnObservationContext context) {
				return this.delegate.getLowCardinalityKeyValues(context).and("team", "search");
			}

		};
		CodexObservationListener customListener = new CodexObservationListener(this.observations, custom, "default");
		customListener.onTurnStarted("thread-1", "turn-1");
		customListener.onTurnCompleted("thread-1", TurnResults.completed("thread-1", "turn-1", null));
		assertThat(this.meters.get("agent.turns")
			.tags("team", "search", "gen_ai.request.model", "default", "outcome", "completed")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.find("codex.turns").timer()).isNull();
	}

	@Test
	void aNoopRegistryRecordsNothingAndKeepsNoState() {
		CodexObservationListener noop = new CodexObservationListener(ObservationRegistry.NOOP, null, "default");
		noop.onTurnStarted("thread-1", "turn-1");
		noop.onTurnCompleted("thread-1", TurnResults.completed("thread-1", "turn-1", null));
		assertThat(noop.openTurns()).isZero();
		assertThat(this.meters.getMeters()).isEmpty();
	}

}
