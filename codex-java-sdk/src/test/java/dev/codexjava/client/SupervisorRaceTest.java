package dev.codexjava.client;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.codexjava.transport.Transport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: a {@link Codex#close()} that runs after the supervisor decided to restart, but before the restart takes
 * the lifecycle lock, must win: no process is started after close.
 */
@Timeout(30)
class SupervisorRaceTest {

	@Test
	void aCloseBetweenTheSupervisorsCheckAndTheRestartStartsNoProcess() throws Exception {
		List<FakeTransport> started = new CopyOnWriteArrayList<>();
		java.util.function.Supplier<Transport> servers = () -> {
			FakeTransport fake = new FakeTransport();
			started.add(fake);
			return fake;
		};
		CodexConfig config = FakeServer.config()
			.supervision(new SupervisionPolicy(true, 5, Duration.ofMinutes(1), Duration.ofMillis(1), 1.0,
					Duration.ofMillis(1)))
			.build();
		Codex codex = Codex.create(config, servers);
		try {
			codex.start();
			ReentrantLock lifecycle = lifecycleLock(codex);
			Thread supervisor;
			// the test holds the lifecycle lock: the latch the restart waits at, after its own "stopped?" check
			lifecycle.lock();
			long me = Thread.currentThread().getId();
			try {
				started.get(0).simulateExit(137, List.of("boom"));
				supervisor = Awaitility.await("the restart to wait for the lifecycle lock")
					.atMost(Duration.ofSeconds(5))
					.until(() -> threadWaitingForLockOf(me), Optional::isPresent)
					.get();
				codex.close(); // re-enters the lock, like a close() that got it first
			}
			finally {
				lifecycle.unlock();
			}
			supervisor.join(5_000);

			assertThat(supervisor.isAlive()).as("the restart attempt ended").isFalse();
			assertThat(started).as("processes started: none after close").hasSize(1);
			assertThat(codex.isRunning()).isFalse();
			assertThat(codex.isRestarting()).isFalse();
		}
		finally {
			codex.close();
		}
	}

	private static ReentrantLock lifecycleLock(Codex codex) {
		return codex.engine().connection().lifecycleLock();
	}

	/** The thread waiting for a {@link ReentrantLock} that thread {@code owner} holds, if any. */
	private static Optional<Thread> threadWaitingForLockOf(long owner) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			ThreadInfo info = threads.getThreadInfo(thread.getId());
			if (info != null && info.getThreadState() == Thread.State.WAITING && info.getLockInfo() != null
					&& info.getLockInfo().getClassName().startsWith(ReentrantLock.class.getName())
					&& info.getLockOwnerId() == owner) {
				return Optional.of(thread);
			}
		}
		return Optional.empty();
	}

}
