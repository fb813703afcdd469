package dev.codexjava.bench;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A hung client is told from a slow one by its CPU counter standing still for longer than the limit. */
class ProgressWatchTest {

	private final AtomicLong cpu = new AtomicLong(100);

	private final AtomicLong now = new AtomicLong(0);

	private final ProgressWatch watch = new ProgressWatch(this.cpu::get, this.now::get, 60_000_000_000L);

	@Test
	void aClientWhoseCpuStandsStillLongerThanTheLimitIsStalled() {
		this.now.set(59_000_000_000L);
		assertThat(this.watch.stalled()).isFalse();
		this.now.set(61_000_000_000L);
		assertThat(this.watch.stalled()).isTrue();
		assertThat(this.watch.stillSeconds()).isEqualTo(61.0);
	}

	@Test
	void anyCpuSpentStartsTheWaitAgain() {
		this.now.set(50_000_000_000L);
		this.cpu.incrementAndGet();
		assertThat(this.watch.stalled()).isFalse();
		this.now.set(109_000_000_000L);
		assertThat(this.watch.stalled()).isFalse();
		this.now.set(111_000_000_000L);
		assertThat(this.watch.stalled()).isTrue();
	}

}
