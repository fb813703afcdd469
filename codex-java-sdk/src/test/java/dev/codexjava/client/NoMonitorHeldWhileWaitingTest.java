package dev.codexjava.client;

import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Virtual threads (issue 14): no client code holds a monitor ({@code synchronized}) while it waits for the
 * app-server or for a listener. On Java 21 to 23 such a wait pins the virtual thread's carrier; Java 24+ no longer
 * pins there (JEP 491), so this check reads the monitors a blocked caller holds instead of watching for pinning, and
 * fails on every Java version. The real-binary counterpart with a JFR recording is {@code VirtualThreadPinningTest}.
 */
@Timeout(30)
class NoMonitorHeldWhileWaitingTest {

	@Test
	void startHoldsNoMonitorWhileWaitingForTheHandshake() throws Exception {
		Gate gate = new Gate();
		FakeTransport fake = new FakeTransport();
		FakeTransport.Responder initialize = initializeOf(fake);
		fake.on("initialize", gate.then(initialize));
		Codex codex = Codex.create(FakeServer.config().build(), () -> fake);
		Thread caller = new Thread(codex::start, "test-start");
		try {
			caller.start();
			gate.awaitEntered();
			assertThat(codexMonitorsHeldBy(caller)).as("monitors held while waiting for the handshake").isEmpty();
		}
		finally {
			gate.release();
			caller.join(10_000);
			codex.close();
		}
		assertThat(codex.isRunning()).as("closed").isFalse();
	}

	@Test
	void resumingAThreadOnARestartedServerHoldsNoMonitor() throws Exception {
		Gate gate = new Gate();
		List<FakeTransport> started = new CopyOnWriteArrayList<>();
		Codex codex = Codex.create(FakeServer.config().build(), () -> {
			FakeTransport fake = FakeServer.withThreadAndTurn();
			if (!started.isEmpty()) {
				fake.on("thread/resume", gate.then((p) -> FakeTransport.Reply.result(Wire.threadResult("t1"))));
			}
			started.add(fake);
			return fake;
		});
		AtomicReference<Throwable> outcome = new AtomicReference<>();
		Thread caller = null;
		try {
			codex.start();
			CodexThread thread = codex.startThread();
			codex.restart(); // the thread resumes itself on the new process at its next turn
			caller = new Thread(() -> {
				try {
					thread.run("hi");
				}
				catch (Throwable ex) {
					outcome.set(ex);
				}
			}, "test-turn");
			caller.start();
			gate.awaitEntered();
			assertThat(codexMonitorsHeldBy(caller)).as("monitors held while waiting for thread/resume").isEmpty();
			gate.release();
			// then the turn runs: the caller waits for its end
			Thread turnCaller = caller;
			org.awaitility.Awaitility.await("the caller to wait for the turn")
				.atMost(Duration.ofSeconds(10))
				.until(() -> started.get(1).requestCount("turn/start") == 1
						&& (turnCaller.getState() == Thread.State.WAITING
								|| turnCaller.getState() == Thread.State.TIMED_WAITING));
			assertThat(codexMonitorsHeldBy(caller)).as("monitors held while waiting for the turn").isEmpty();
			started.get(1).push(Wire.turnCompleted("t1", "u1"));
			caller.join(10_000);
			assertThat(caller.isAlive()).as("the turn ended").isFalse();
			assertThat(outcome.get()).as("the turn's failure").isNull();
		}
		finally {
			gate.release();
			codex.close();
			if (caller != null) {
				caller.join(10_000);
			}
		}
	}

	@Test
	void aListenerToldOfARestartRunsWithoutAClientMonitor() throws Exception {
		Gate gate = new Gate();
		AtomicReference<Thread> listenerThread = new AtomicReference<>();
		CodexListener listener = new CodexListener() {
			@Override
			public void onRestartScheduled(int attempt, Duration delay, Throwable reason) {
				listenerThread.set(Thread.currentThread());
				gate.then((p) -> FakeTransport.Reply.none()).respond(null);
			}
		};
		List<FakeTransport> started = new CopyOnWriteArrayList<>();
		CodexConfig config = FakeServer.config()
			.supervision(new SupervisionPolicy(true, 5, Duration.ofMinutes(1), Duration.ofMillis(1), 1.0,
					Duration.ofMillis(1)))
			.listener(listener)
			.build();
		Codex codex = Codex.create(config, () -> {
			FakeTransport fake = new FakeTransport();
			started.add(fake);
			return fake;
		});
		try {
			codex.start();
			started.get(0).simulateExit(137, List.of("boom"));
			gate.awaitEntered();
			assertThat(codexMonitorsHeldBy(listenerThread.get())).as("monitors held while a listener runs").isEmpty();
		}
		finally {
			gate.release();
			codex.close();
		}
	}

	private static FakeTransport.Responder initializeOf(FakeTransport fake) throws ReflectiveOperationException {
		java.lang.reflect.Field field = FakeTransport.class.getDeclaredField("responders");
		field.setAccessible(true);
		@SuppressWarnings("unchecked")
		java.util.Map<String, FakeTransport.Responder> responders = (java.util.Map<String, FakeTransport.Responder>) field
			.get(fake);
		return responders.get("initialize");
	}

	/**
	 * The monitors {@code thread} holds that client code took (a frame of {@code dev.codexjava}, the test's fakes
	 * aside), as "class.method".
	 */
	static List<String> codexMonitorsHeldBy(Thread thread) {
		ThreadInfo[] infos = ManagementFactory.getThreadMXBean()
			.getThreadInfo(new long[] { thread.getId() }, true, false);
		List<String> held = new ArrayList<>();
		if (infos.length == 0 || infos[0] == null) {
			return held;
		}
		for (MonitorInfo monitor : infos[0].getLockedMonitors()) {
			StackTraceElement frame = monitor.getLockedStackFrame();
			if (frame != null && frame.getClassName().startsWith("dev.codexjava.")
					&& !frame.getClassName().startsWith(FakeTransport.class.getName())
					&& !frame.getClassName().startsWith(NoMonitorHeldWhileWaitingTest.class.getName())) {
				held.add(frame.getClassName() + "." + frame.getMethodName() + " locks " + monitor.getClassName());
			}
		}
		return held;
	}

	/** Holds whoever passes it until {@link #release()}: the point where the test looks at the waiting caller. */
	static final class Gate {

		private final CountDownLatch entered = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		FakeTransport.Responder then(FakeTransport.Responder next) {
			return (params) -> {
				this.entered.countDown();
				try {
					this.released.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return next.respond(params);
			};
		}

		void awaitEntered() throws InterruptedException {
			assertThat(this.entered.await(10, TimeUnit.SECONDS)).as("the caller reached the wait").isTrue();
		}

		void release() {
			this.released.countDown();
		}

	}

}
