package dev.codexjava.it.fault;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What slf4j-simple (the test binding) writes to {@code System.err} while an action runs. The captured text is written
 * to the real {@code System.err} afterwards too, so it still shows in the test's output.
 */
final class StderrCapture {

	private StderrCapture() {
	}

	/** Runs {@code action} with {@code System.err} captured (all threads' output in that time) and returns it. */
	static String during(Runnable action) {
		PrintStream original = System.err;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		try {
			action.run();
		}
		finally {
			System.setErr(original);
		}
		String captured = bytes.toString(StandardCharsets.UTF_8);
		original.print(captured);
		return captured;
	}

}
