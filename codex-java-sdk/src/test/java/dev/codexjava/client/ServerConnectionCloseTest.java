package dev.codexjava.client;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.codexjava.error.CodexException;

import static org.assertj.core.api.Assertions.assertThat;

/** One server's lifecycle (ServerConnection): calls that wait for an async start while the client is closed. */
@Timeout(30)
class ServerConnectionCloseTest {

	/**
	 * A call made while startAsync() runs waits for the start; when close() aborts that start, the waiting caller
	 * gets a raw java.util.concurrent.CancellationException (not a CodexException: an application that catches the
	 * SDK's exceptions does not catch it).
	 */
	@Test
	void aCallWaitingForAnAsyncStartThatCloseAbortsFailsWithACodexException() throws Exception {
		FakeTransport fake = new FakeTransport();
		CountDownLatch asked = new CountDownLatch(1);
		fake.once("initialize", (params) -> {
			asked.countDown();
			return FakeTransport.Reply.none(); // never answers
		});
		Codex codex = Codex.create(FakeServer.config().startupTimeout(Duration.ofSeconds(20)).build(), fake);
		try {
			codex.startAsync();
			assertThat(asked.await(5, TimeUnit.SECONDS)).isTrue();
			java.util.concurrent.atomic.AtomicReference<Object> outcome = new java.util.concurrent.atomic.AtomicReference<>();
			Thread caller = new Thread(() -> {
				try {
					outcome.set(codex.startThread());
				}
				catch (Throwable ex) {
					outcome.set(ex);
				}
			}, "caller");
			caller.start();
			Awaitility.await("the caller waits for the start").atMost(Duration.ofSeconds(5))
				.until(() -> caller.getState() == Thread.State.TIMED_WAITING);
			codex.close();
			caller.join(5_000);
			assertThat(outcome.get()).isInstanceOf(CodexException.class);
		}
		finally {
			codex.close();
		}
	}

}
