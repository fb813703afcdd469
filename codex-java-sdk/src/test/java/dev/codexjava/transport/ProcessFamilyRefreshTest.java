package dev.codexjava.transport;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often {@link ProcessFamily} looks for the app-server's descendants: every second while the family changes, less
 * and less often (up to 8 s) while it stays the same, every second again once a look finds a new process; what it
 * found is remembered (and stopped with the family) either way. Time is given to it, not slept.
 */
@EnabledOnOs(OS.LINUX)
class ProcessFamilyRefreshTest {

	private static final long SECOND = 1_000_000_000L;

	private Process leader;

	private ProcessHandle child;

	@AfterEach
	void stop() throws Exception {
		if (this.child != null) {
			this.child.destroyForcibly();
		}
		if (this.leader != null) {
			this.leader.descendants().forEach(ProcessHandle::destroyForcibly);
			this.leader.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void looksLessOftenWhileTheFamilyStaysTheSameAndEverySecondOnceItChanges() throws Exception {
		// a leader that starts a child when told to (a line on its stdin), as an app-server starts a command
		this.leader = new ProcessBuilder("sh", "-c", "read x; sleep 60 & wait").start();
		ProcessFamily family = new ProcessFamily(this.leader.toHandle());
		long now = System.nanoTime();
		assertThat(family.refreshInterval()).isEqualTo(ProcessFamily.MIN_REFRESH_NANOS);

		// nothing new at each look: 2, 4, 8, 8 seconds
		now += SECOND;
		family.refreshIfDue(now);
		assertThat(family.refreshInterval()).isEqualTo(2 * SECOND);
		family.refreshIfDue(now + SECOND); // not due yet: no look, the interval stays
		assertThat(family.refreshInterval()).isEqualTo(2 * SECOND);
		now += 2 * SECOND;
		family.refreshIfDue(now);
		assertThat(family.refreshInterval()).isEqualTo(4 * SECOND);
		now += 4 * SECOND;
		family.refreshIfDue(now);
		assertThat(family.refreshInterval()).isEqualTo(8 * SECOND);
		now += 8 * SECOND;
		family.refreshIfDue(now);
		assertThat(family.refreshInterval()).isEqualTo(ProcessFamily.MAX_REFRESH_NANOS);

		// the leader starts a child: the next look finds it, remembers it, and looks every second again
		try (OutputStream in = this.leader.getOutputStream()) {
			in.write("go\n".getBytes(StandardCharsets.UTF_8));
		}
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> this.leader.descendants().findAny().isPresent());
		this.child = this.leader.descendants().findFirst().orElseThrow();
		now += 8 * SECOND;
		family.refreshIfDue(now);
		assertThat(family.refreshInterval()).isEqualTo(ProcessFamily.MIN_REFRESH_NANOS);
		// remembered: found after the leader died (the child is no descendant of anything of ours any more)
		this.leader.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		assertThat(this.child.isAlive()).isTrue();
		assertThat(family.members()).contains(this.child);
	}

}
