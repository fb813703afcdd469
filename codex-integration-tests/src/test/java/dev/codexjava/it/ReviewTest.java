package dev.codexjava.it;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadBusyException;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.generated.ReviewTarget;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Code review ({@code review/start}) as a turn on the real binary. */
@ExtendWith(CodexExtension.class)
class ReviewTest {

	private static final String REVIEW_JSON = "{\"findings\":[],\"overall_correctness\":\"patch is correct\","
			+ "\"overall_explanation\":\"Looks good to me.\",\"overall_confidence_score\":0.9}";

	@Test
	void reviewRunsAsATurnWithItsEventsAndResult(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text(REVIEW_JSON));
		CodexThread thread = codex.startThread();
		TurnHandle review = thread.review(new ReviewTarget.Custom("Check the spelling"));
		assertThat(review.threadId()).isEqualTo(thread.id());
		List<TurnEvent> events = review.stream().toList();
		TurnResult result = review.run();

		assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
		assertThat(result.id()).isEqualTo(review.id());
		assertThat(result.review()).isEqualTo("Looks good to me.");
		assertThat(events).filteredOn(TurnEvent.ItemCompleted.class::isInstance)
			.extracting((e) -> ((TurnEvent.ItemCompleted) e).item())
			.filteredOn((item) -> item instanceof ThreadItem.EnteredReviewMode
					|| item instanceof ThreadItem.ExitedReviewMode)
			.extracting(ThreadItem::type)
			.containsExactly("enteredReviewMode", "exitedReviewMode");
		assertThat(events).last().isInstanceOf(TurnEvent.Completed.class);
		// the model got the review prompt and the instructions
		assertThat(model.requests().get(0).body()).contains("Review guidelines").contains("Check the spelling");
		// an ordinary turn has no review
		model.enqueue(MockResponse.text("plain"));
		assertThat(thread.run("and now?").review()).isNull();
	}

	@Test
	void runningReviewKeepsTheThreadBusyAndCanBeInterrupted(Codex codex, MockModel model) {
		model.enqueue(MockResponse.streamed("reviewing ", List.of("reviewing ")).withStall());
		CodexThread thread = codex.startThread();
		TurnHandle review = thread.reviewAsync(new ReviewTarget.Custom("Review slowly")).join();
		assertThat(thread.isBusy()).isTrue();
		assertThatThrownBy(() -> thread.run("meanwhile")).isInstanceOf(ThreadBusyException.class);
		assertThatThrownBy(() -> thread.review(new ReviewTarget.Custom("again")))
			.isInstanceOf(ThreadBusyException.class);
		await().atMost(Duration.ofSeconds(20)).until(() -> model.requestCount() >= 1);

		review.interrupt();
		TurnResult result = review.run();
		assertThat(result.status()).isEqualTo(TurnStatus.INTERRUPTED);
		// the server still closes the review mode, saying that there is no review
		assertThat(result.review()).isEqualTo("Reviewer failed to output a response.");
		assertThat(thread.isBusy()).isFalse();

		model.enqueue(MockResponse.text("after the review"));
		assertThat(thread.run("next").finalResponse()).isEqualTo("after the review");
	}

}
