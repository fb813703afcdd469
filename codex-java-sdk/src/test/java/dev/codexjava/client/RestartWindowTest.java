package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.transport.Transport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window between a crash and its restart: a caller who sees a turn fail because the app-server died and calls
 * again at once must reach the restarted process, not fail on the dead one (CI failed once on
 * {@code FailureTest.killMinusNineMidTurnFailsTheCallerWithinASecond}: the retry came before the supervisor had
 * claimed the restart). The window is forced open here by a listener that holds the reader thread.
 */
@Timeout(30)
class RestartWindowTest {

	private static final SupervisionPolicy FAST_RESTARTS = new SupervisionPolicy(true, 5, Duration.ofMinutes(1),
			Duration.ofMillis(10), 2.0, Duration.ofMillis(50));

	private static final class Servers implements Supplier<Transport> {

		final List<FakeTransport> started = new CopyOnWriteArrayList<>();

		@Override
		public Transport get() {
			FakeTransport fake = FakeServer.withThreadAndTurn();
			this.started.add(fake);
			return fake;
		}

		FakeTransport current() {
			return this.started.get(this.started.size() - 1);
		}

	}

	/** Holds the reader thread in {@code onProcessExited} of a crash until released. */
	private static final class HoldingListener implements CodexListener {

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		volatile Runnable whileHeld = () -> {
		};

		@Override
		public void onProcessExited(Integer exitCode, boolean expected) {
			if (expected) {
				return;
			}
			this.entered.countDown();
			this.whileHeld.run();
			try {
				this.release.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	@Test
	void aCallMadeRightAfterTheCrashFailedATurnGoesToTheRestartedProcess() throws Exception {
		Servers servers = new Servers();
		HoldingListener listener = new HoldingListener();
		CodexConfig config = FakeServer.config().supervision(FAST_RESTARTS).listener(listener).build();
		try (Codex codex = Codex.create(config, servers)) {
			codex.start();
			TurnHandle turn = codex.startThread().turn("hang");
			servers.current().simulateExit(137, List.of("boom"));

			// the turn has failed; the reader thread is still in the exit's listeners (the restart not scheduled yet)
			assertThat(failureOf(turn.result())).isInstanceOf(TransportClosedException.class);
			assertThat(listener.entered.await(5, TimeUnit.SECONDS)).isTrue();
			assertThat(codex.isRestarting()).as("the restart is claimed before any caller is failed").isTrue();

			CompletableFuture<CodexThread> again = new CompletableFuture<>();
			Thread caller = new Thread(() -> {
				try {
					again.complete(codex.startThread());
				}
				catch (Throwable ex) {
					again.completeExceptionally(ex);
				}
			}, "caller");
			caller.start();
			// the call waits for the restart (before the fix it failed at once on the dead process)
			Awaitility.await("the caller waits or ends")
				.atMost(Duration.ofSeconds(5))
				.until(() -> caller.getState() == Thread.State.TIMED_WAITING || again.isDone());
			listener.release.countDown();

			CodexThread thread = again.get(10, TimeUnit.SECONDS);
			assertThat(thread.id()).isEqualTo("t1");
			assertThat(servers.started).hasSize(2);
			caller.join(5_000);
		}
		finally {
			listener.release.countDown();
		}
	}

	@Test
	void aCallFromTheReaderThreadWhileItFailsTheCallersFailsAtOnceInsteadOfWaitingForItself() throws Exception {
		Servers servers = new Servers();
		HoldingListener listener = new HoldingListener();
		listener.release.countDown(); // not held: the listener calls the client itself
		AtomicReference<Throwable> seen = new AtomicReference<>();
		AtomicReference<Codex> client = new AtomicReference<>();
		listener.whileHeld = () -> {
			try {
				client.get().startThread();
				seen.set(new AssertionError("startThread succeeded on the dead process"));
			}
			catch (Throwable ex) {
				seen.set(ex);
			}
		};
		// a long start-up timeout: waiting for the restart from the reader thread would show as a hang here
		CodexConfig config = FakeServer.config()
			.supervision(FAST_RESTARTS)
			.startupTimeout(Duration.ofSeconds(60))
			.listener(listener)
			.build();
		try (Codex codex = Codex.create(config, servers)) {
			client.set(codex);
			codex.start();
			servers.current().simulateExit(137, List.of("boom"));

			Awaitility.await("the listener's call ends").atMost(Duration.ofSeconds(10)).until(() -> seen.get() != null);
			assertThat(seen.get()).isInstanceOf(TransportClosedException.class);
			// and the restart still happens
			Awaitility.await("restart")
				.atMost(Duration.ofSeconds(5))
				.until(() -> servers.started.size() == 2 && codex.isRunning() && !codex.isRestarting());
			assertThat(codex.startThread().id()).isEqualTo("t1");
		}
	}

	private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
		try {
			Object value = future.get(5, TimeUnit.SECONDS);
			throw new AssertionError("expected a failure, got " + value);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
	}

}
