package dev.codexjava.it.fault;

import java.nio.file.Path;
import java.time.Duration;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.TurnHandle;

/**
 * Run in a child JVM with {@code -Xmx160m} by {@link FaultInjectionTest}: one turn whose single delta is 60 MiB
 * (inside the default {@code maxMessageBytes}) on {@link FaultServer}. Prints one {@code OUTCOME} line: how the turn
 * ended, after how long, and whether the client then says it is down and why.
 */
final class HugeDeltaOnASmallHeap {

	private HugeDeltaOnASmallHeap() {
	}

	public static void main(String[] args) {
		FaultServerLauncher fault = FaultServerLauncher.in(Path.of(args[0]));
		String outcome;
		long start;
		try (Codex codex = Codex.start(fault.config().turnTimeout(Duration.ofSeconds(60)).build())) {
			CodexThread thread = codex.startThread();
			start = System.nanoTime();
			TurnHandle turn = thread.turn("huge " + (60 * 1024 * 1024));
			try {
				turn.result().get();
				outcome = "completed";
			}
			catch (Exception ex) {
				Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
				outcome = cause.getClass().getSimpleName();
			}
			long ms = (System.nanoTime() - start) / 1_000_000;
			System.out.println("OUTCOME " + outcome + " ms=" + ms + " running=" + codex.isRunning() + " reason="
					+ codex.closedReason().map((r) -> r.getMessage().replace('\n', ' ')).orElse("none"));
		}
		System.out.flush();
		System.exit(0);
	}

}
