package dev.codexjava.transport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StderrTailTest {

	@Test
	void keepsOnlyTheLastLines() {
		StderrTail tail = new StderrTail(3);
		for (int i = 1; i <= 5; i++) {
			tail.add("line " + i);
		}
		assertThat(tail.snapshot()).containsExactly("line 3", "line 4", "line 5");
	}

	@Test
	void truncatesVeryLongLines() {
		StderrTail tail = new StderrTail(2);
		tail.add("x".repeat(10_000));
		assertThat(tail.snapshot().get(0)).hasSize(2001).endsWith("…");
	}

	@Test
	void snapshotIsACopy() {
		StderrTail tail = new StderrTail(2);
		tail.add("a");
		var snapshot = tail.snapshot();
		tail.add("b");
		assertThat(snapshot).containsExactly("a");
	}

}
