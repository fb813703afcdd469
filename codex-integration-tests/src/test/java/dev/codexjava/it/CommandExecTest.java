package dev.codexjava.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CommandExecution;
import dev.codexjava.client.CommandOptions;
import dev.codexjava.client.CommandOutput;
import dev.codexjava.client.CommandResult;
import dev.codexjava.protocol.generated.CommandExecResponse;
import dev.codexjava.testkit.CodexExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Standalone commands ({@code command/exec}) with streamed output on the real binary. */
@ExtendWith(CodexExtension.class)
class CommandExecTest {

	@TempDir
	Path tmp;

	@Test
	void outputIsStreamedPerStreamAndTheExitCodeReported(Codex codex) throws Exception {
		List<CommandOutput> chunks = new CopyOnWriteArrayList<>();
		CommandExecution execution = codex.exec(
				List.of("sh", "-c", "echo one; echo oops >&2; echo two; echo \"dir=$(pwd) var=$GREETING\"; exit 3"),
				CommandOptions.builder().cwd(this.tmp).env("GREETING", "hello").build(), chunks::add);
		CommandExecResponse exit = execution.await();
		assertThat(exit.exitCode()).isEqualTo(3L);
		// every chunk was handed over before await() returned; streamed output is not repeated in the response
		String stdout = join(chunks, false);
		assertThat(stdout).isEqualTo("one\ntwo\ndir=" + this.tmp.toRealPath().toString() + " var=hello\n");
		assertThat(join(chunks, true)).isEqualTo("oops\n");
		assertThat(exit.stdout()).isEmpty();
		assertThat(execution.isDone()).isTrue();
	}

	@Test
	void collectedResult(Codex codex) {
		CommandResult result = codex.exec(List.of("sh", "-c", "printf 'h\\303\\251llo'; printf err >&2"),
				CommandOptions.none());
		assertThat(result.isSuccess()).isTrue();
		assertThat(result.stdout()).isEqualTo("héllo");
		assertThat(result.stderr()).isEqualTo("err");
	}

	@Test
	void aCommandCanBeKilledAndTimesOut(Codex codex) {
		List<CommandOutput> chunks = new CopyOnWriteArrayList<>();
		CommandExecution sleeper = codex.exec(List.of("sh", "-c", "echo started; sleep 60"), CommandOptions.none(),
				chunks::add);
		await().atMost(Duration.ofSeconds(20)).until(() -> join(chunks, false).equals("started\n"));
		long start = System.nanoTime();
		sleeper.terminate();
		CommandExecResponse killed = sleeper.await();
		assertThat(killed.exitCode()).isNotZero();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));

		start = System.nanoTime();
		CommandResult timedOut = codex.exec(List.of("sleep", "60"),
				CommandOptions.builder().timeout(Duration.ofSeconds(1)).build());
		assertThat(timedOut.isSuccess()).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
	}

	@Test
	void stdinCanBeWrittenAndClosed(Codex codex) {
		List<CommandOutput> chunks = new CopyOnWriteArrayList<>();
		CommandExecution cat = codex.exec(List.of("cat"), CommandOptions.builder().stdin(true).build(), chunks::add);
		cat.write("to cat\n".getBytes(StandardCharsets.UTF_8));
		cat.closeStdin();
		assertThat(cat.await().exitCode()).isZero();
		assertThat(join(chunks, false)).isEqualTo("to cat\n");
	}

	private static String join(List<CommandOutput> chunks, boolean stderr) {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		chunks.stream().filter((c) -> c.stderr() == stderr).forEach((c) -> bytes.writeBytes(c.bytes()));
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
