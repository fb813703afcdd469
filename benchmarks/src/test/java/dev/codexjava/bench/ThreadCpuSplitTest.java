package dev.codexjava.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm phases' split of a client's CPU by thread: a process without JIT compiler threads (the Python SDK's, an
 * external client) reports none, and a busy thread's CPU shows under its own name.
 */
class ThreadCpuSplitTest {

	@Test
	void aProcessWithoutCompilerThreadsReportsNoneAndABusyThreadShowsUnderItsName() throws Exception {
		// a shell that spins (one thread, named after its command, no compilers), says so, and stays alive
		Process busy = new ProcessBuilder("sh", "-c",
				"i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done; echo spun; sleep 30").start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(busy.getInputStream()))) {
			ThreadCpuSplit split = ThreadCpuSplit.begin(busy.pid());
			assertThat(out.readLine()).isEqualTo("spun");
			split.end();
			assertThat(split.compilerTicks()).isZero();
			assertThat(split.describe(1, "ms", 1)).as("the spinning shell's CPU").matches("sh=\\d+\\.\\d+ms.*");
		}
		finally {
			busy.destroyForcibly();
			busy.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void thisJvmsOwnBusyThreadIsCountedUnderItsName() {
		ThreadCpuSplit split = ThreadCpuSplit.begin(ProcessHandle.current().pid());
		Thread.currentThread().setName("split-probe-thread");
		long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
		long spins = 0;
		while (System.nanoTime() < until) {
			spins++;
		}
		split.end();
		assertThat(spins).isPositive();
		assertThat(split.describe(1, "ms", 1)).contains("split-probe-thr").contains("window");
		assertThat(split.compilerTicks()).isNotNegative();
	}

}
