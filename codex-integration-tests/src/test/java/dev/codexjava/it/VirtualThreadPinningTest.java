package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.TurnResult;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Virtual threads (issue 14) against the real binary: turns, a restart and the thread's resume on the new process run
 * on virtual threads under a JFR recording of {@code jdk.VirtualThreadPinned}; no pinned event may have a
 * {@code dev.codexjava} frame. Needs Java 21+ (virtual threads); skipped on 17, run by the JDK 25 cell of
 * {@code .ci/run}'s matrix. Java 24+ no longer pins on {@code synchronized} (JEP 491), so there this catches only the
 * remaining causes (native frames); {@code NoMonitorHeldWhileWaitingTest} in codex-java-sdk catches a monitor held
 * across a wait on every Java version.
 */
@ExtendWith(CodexExtension.class)
@EnabledForJreRange(min = JRE.JAVA_21, disabledReason = "virtual threads need Java 21+; the JDK 25 CI cell runs this")
class VirtualThreadPinningTest {

	@Test
	void turnsRestartAndResumeOnVirtualThreadsPinNoCarrier(Codex codex, MockModel model, @TempDir Path dir)
			throws Exception {
		model.enqueue(MockResponse.text("first"), MockResponse.text("second"), MockResponse.text("third"),
				MockResponse.text("fourth"));
		Path file = dir.resolve("pinning.jfr");
		ExecutorService virtual = virtualThreads();
		try (Recording recording = new Recording()) {
			recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
			recording.start();

			CodexThread thread = virtual.submit((java.util.concurrent.Callable<CodexThread>) codex::startThread).get(60, TimeUnit.SECONDS);
			Future<TurnResult> first = virtual.submit(() -> thread.run("one"));
			assertThat(first.get(60, TimeUnit.SECONDS).finalResponse()).isEqualTo("first");
			virtual.submit((Runnable) codex::restart).get(60, TimeUnit.SECONDS);
			// the thread resumes itself on the new process (thread/resume), then runs its turn
			Future<TurnResult> second = virtual.submit(() -> thread.run("two"));
			CodexThread other = codex.startThread();
			Future<TurnResult> parallel = virtual.submit(() -> other.run("three"));
			assertThat(List.of(second.get(60, TimeUnit.SECONDS).finalResponse(),
					parallel.get(60, TimeUnit.SECONDS).finalResponse()))
				.containsExactlyInAnyOrder("second", "third");

			recording.stop();
			recording.dump(file);
		}
		finally {
			virtual.shutdownNow();
			assertThat(virtual.awaitTermination(30, TimeUnit.SECONDS)).as("virtual threads ended").isTrue();
		}
		List<RecordedEvent> pinned = RecordingFile.readAllEvents(file)
			.stream()
			.filter((event) -> event.getEventType().getName().equals("jdk.VirtualThreadPinned"))
			.toList();
		assertThat(pinned.stream().filter(VirtualThreadPinningTest::inClientCode).map(RecordedEvent::toString))
			.as("carriers pinned in client code")
			.isEmpty();
		assertThat(Files.size(file)).as("the recording was written").isPositive();
	}

	private static boolean inClientCode(RecordedEvent event) {
		if (event.getStackTrace() == null) {
			return false;
		}
		for (RecordedFrame frame : event.getStackTrace().getFrames()) {
			String type = frame.getMethod().getType().getName();
			if (type.startsWith("dev.codexjava.") && !type.startsWith("dev.codexjava.it.")) {
				return true;
			}
		}
		return false;
	}

	/** {@code Executors.newVirtualThreadPerTaskExecutor()}, through reflection: the sources compile for Java 17. */
	private static ExecutorService virtualThreads() throws ReflectiveOperationException {
		return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
	}

}
