package dev.codexjava.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.Retries;
import dev.codexjava.client.RetryPolicy;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnFailedException;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnResult;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.InvalidRequestException;
import dev.codexjava.error.MethodNotFoundException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Failure mapping, crashes and start-up errors on the real binary. */
@ExtendWith(CodexExtension.class)
class FailureTest {

	@TempDir
	Path tmp;

	@Test
	void overloadedModelFailsTheTurnWithATypedError(Codex codex, MockModel model) {
		model.enqueue(MockResponse.overloaded());
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());

		TurnFailedException failure = catchThrowableOfType(TurnFailedException.class, () -> thread.run("hi"));

		assertThat(failure.result().status()).isEqualTo(TurnStatus.FAILED);
		assertThat(failure.error().codexErrorInfo().kind()).isEqualTo("serverOverloaded");
		assertThat(failure.error().message()).isNotBlank();
		assertThat(failure).hasMessageContaining("serverOverloaded");
		assertThat(Retries.isOverload(failure)).isTrue();
		// the thread works again afterwards
		model.enqueue(MockResponse.text("recovered"));
		assertThat(thread.run("again").finalResponse()).isEqualTo("recovered");
	}

	@Test
	void retryOnOverloadRetriesAWholeTurnUntilItSucceeds(Codex codex, MockModel model) {
		model.enqueue(MockResponse.overloaded(), MockResponse.overloaded(), MockResponse.text("third time lucky"));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(10)).build();
		AtomicInteger attempts = new AtomicInteger();

		TurnResult result = Retries.retryOnOverload(policy, () -> {
			attempts.incrementAndGet();
			return thread.run("hi");
		});

		assertThat(result.finalResponse()).isEqualTo("third time lucky");
		assertThat(attempts).hasValue(3);
	}

	@Test
	void httpErrorsMapToTheirErrorInfo(Codex codex, MockModel model) {
		model.enqueue(MockResponse.httpError(404, "{\"error\":{\"code\":\"model_not_found\",\"message\":\"model not found\"}}"));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		TurnHandle turn = thread.turn("hi");

		var events = turn.stream().toList();

		assertThat(events).filteredOn(TurnEvent.Error.class::isInstance).isNotEmpty();
		TurnResult result = ((TurnEvent.Completed) events.get(events.size() - 1)).result();
		assertThat(result.status()).isEqualTo(TurnStatus.FAILED);
		assertThat(result.error().codexErrorInfo().kind()).isEqualTo("modelNotFound");
		assertThatThrownBy(turn::run).isInstanceOf(TurnFailedException.class);
	}

	@Test
	void protocolMisuseMapsToTypedExceptions(Codex codex) {
		assertThatThrownBy(() -> codex.resumeThread("00000000-0000-0000-0000-000000000000"))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("00000000-0000-0000-0000-000000000000");
		assertThatThrownBy(() -> codex.request("bogus/method", java.util.Map.of()))
			.isInstanceOf(MethodNotFoundException.class);
		// the client is still usable
		assertThat(codex.startThread(ThreadOptions.builder().ephemeral(true).build()).id()).isNotBlank();
	}

	@Test
	void killMinusNineMidTurnFailsTheCallerWithinASecond(Codex codex, MockModel model) throws Exception {
		model.enqueue(MockResponse.streamed("never", java.util.List.of("a", "b")).withStall());
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		TurnHandle turn = thread.turn("hang");
		var iterator = turn.stream().iterator();
		while (iterator.hasNext()) {
			if (iterator.next() instanceof TurnEvent.AgentMessageDelta) {
				break;
			}
		}

		long killedAt = System.nanoTime();
		ProcessHandle.of(codex.pid().getAsLong()).orElseThrow().destroyForcibly();
		TransportClosedException failure = catchThrowableOfType(TransportClosedException.class, turn::run);
		long elapsedMs = (System.nanoTime() - killedAt) / 1_000_000;

		assertThat(elapsedMs).isLessThan(1000);
		assertThat(failure.exitCode()).isPresent();
		assertThatThrownBy(() -> {
			while (iterator.hasNext()) {
				iterator.next();
			}
		}).isInstanceOf(TransportClosedException.class);
		// supervision (on by default) brings a new process up; new work goes there
		assertThat(codex.startThread().id()).isNotBlank();
		assertThat(codex.isRunning()).isTrue();
	}

	@Test
	void missingBinaryGivesInstallInstructions() {
		CodexStartupException failure = catchThrowableOfType(CodexStartupException.class,
				() -> Codex.start(dev.codexjava.client.CodexConfig.builder()
					.codexBinary(this.tmp.resolve("no-such-codex"))
					.build()));
		assertThat(failure.reason()).isEqualTo(CodexStartupException.Reason.BINARY_NOT_FOUND);
		assertThat(failure).hasMessageContaining("npm install -g @openai/codex").hasMessageContaining("CODEX_BIN");
	}

	@Test
	void aConfigTheServerRejectsAtStartupReportsItsStderr(MockModel model) {
		CodexStartupException failure = catchThrowableOfType(CodexStartupException.class,
				() -> Codex.start(Fixtures.config(model).config("approval_policy", "untrusted").build()));
		assertThat(failure.reason()).isEqualTo(CodexStartupException.Reason.PROCESS_FAILED);
		assertThat(failure).hasMessageContaining("untrusted");
	}

}
