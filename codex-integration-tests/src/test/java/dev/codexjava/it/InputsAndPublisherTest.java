package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.Input;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnOptions;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every input kind reaches the model; the reactive publisher honours demand. */
@ExtendWith(CodexExtension.class)
class InputsAndPublisherTest {

	// a 1x1 transparent PNG
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

	@TempDir
	Path tmp;

	@Test
	void textImagesSkillsAndMentionsReachTheModel(Codex codex, MockModel model) throws Exception {
		Path image = Files.write(this.tmp.resolve("pixel.png"), PNG);
		Path skill = Files.writeString(this.tmp.resolve("SKILL.md"), "---\nname: shout\ndescription: shout\n---\nSHOUT");
		model.enqueue(MockResponse.text("seen"));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());

		String answer = thread.run(List.of(Input.text("look at these $shout"),
				Input.imageUrl("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG)),
				Input.localImage(image), Input.skill("shout", skill), Input.mention("demo", "app://demo")),
				TurnOptions.none())
			.finalResponse();

		assertThat(answer).isEqualTo("seen");
		String body = model.requests().get(0).body();
		assertThat(body).contains("look at these $shout");
		assertThat(body.split("input_image", -1).length - 1).isGreaterThanOrEqualTo(2);
	}

	@Test
	void badInputsFailBeforeAnythingIsSent(Codex codex, MockModel model) {
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		assertThatThrownBy(() -> Input.localImage(this.tmp.resolve("missing.png")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("missing.png");
		assertThatThrownBy(() -> thread.run((String) null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> thread.run("  ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TurnOptions.builder().outputSchema("{not json")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("outputSchema");
		assertThat(model.requestCount()).isZero();
		assertThat(thread.isBusy()).isFalse();
	}

	@Test
	void publisherDeliversOnlyWhatWasRequested(Codex codex, MockModel model) throws Exception {
		model.enqueue(MockResponse.deltas(50, "z"));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		List<TurnEvent> received = new ArrayList<>();
		CountDownLatch firstBatch = new CountDownLatch(3);
		CountDownLatch done = new CountDownLatch(1);
		Flow.Subscription[] subscription = new Flow.Subscription[1];

		thread.turn("publish").publisher().subscribe(new Flow.Subscriber<>() {
			@Override
			public void onSubscribe(Flow.Subscription s) {
				subscription[0] = s;
				s.request(3);
			}

			@Override
			public void onNext(TurnEvent item) {
				synchronized (received) {
					received.add(item);
				}
				firstBatch.countDown();
			}

			@Override
			public void onError(Throwable throwable) {
				done.countDown();
			}

			@Override
			public void onComplete() {
				done.countDown();
			}
		});

		assertThat(firstBatch.await(30, TimeUnit.SECONDS)).isTrue();
		// with demand 3, the turn finishing must not push more
		assertThat(done.await(500, TimeUnit.MILLISECONDS)).isFalse();
		synchronized (received) {
			assertThat(received).hasSize(3);
		}
		subscription[0].request(Long.MAX_VALUE);
		assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
		synchronized (received) {
			assertThat(received).last().isInstanceOf(TurnEvent.Completed.class);
			assertThat(received.stream().filter(TurnEvent.AgentMessageDelta.class::isInstance)).hasSize(50);
		}
	}

}
