package dev.codexjava.it;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer that does not keep up loses deltas (announced), never items or the result, and memory stays bounded. */
class StreamingBackpressureTest {

	@RegisterExtension
	static CodexExtension codexExtension = CodexExtension.builder()
		.client((config) -> config.streamBufferCapacity(64))
		.build();

	@Test
	void slowConsumerGetsDropNoticeAndTheCompleteResult(Codex codex, MockModel model) throws Exception {
		int count = 5000;
		model.enqueue(MockResponse.deltas(count, "x"));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		TurnHandle turn = thread.turn("many deltas");

		// do not consume until the turn is over: everything beyond the buffer must be dropped, not queued
		TurnResult result = turn.result().get(60, java.util.concurrent.TimeUnit.SECONDS);
		AtomicLong deltas = new AtomicLong();
		AtomicLong dropped = new AtomicLong();
		AtomicReference<TurnEvent> last = new AtomicReference<>();
		turn.stream().forEach((event) -> {
			if (event instanceof TurnEvent.AgentMessageDelta) {
				deltas.incrementAndGet();
			}
			if (event instanceof TurnEvent.EventsDropped d) {
				dropped.addAndGet(d.droppedDeltas());
			}
			last.set(event);
		});

		assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
		assertThat(result.finalResponse()).hasSize(count);
		assertThat(deltas.get()).isLessThanOrEqualTo(64);
		assertThat(deltas.get() + dropped.get()).isEqualTo(count);
		assertThat(last.get()).isInstanceOf(TurnEvent.Completed.class);
		assertThat(((TurnEvent.Completed) last.get()).result().finalResponse()).hasSize(count);
	}

}
