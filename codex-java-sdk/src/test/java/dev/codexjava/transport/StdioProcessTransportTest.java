package dev.codexjava.transport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import dev.codexjava.error.TransportClosedException;

import static org.assertj.core.api.Assertions.assertThat;

/** How the stdio transport hands lines to the protocol layer. */
@EnabledOnOs({ OS.LINUX, OS.MAC })
class StdioProcessTransportTest {

	/**
	 * Lines that arrive together are delivered with "more" set, so the protocol layer can wake a stream's consumer
	 * once per burst; but the last line before the transport waits for input never is: nothing is held back while
	 * the child is silent.
	 */
	@Test
	void everyLineIsDeliveredBeforeTheTransportWaitsAndOnlyTheLastOfABurstEndsIt() throws Exception {
		List<String> delivered = new CopyOnWriteArrayList<>();
		CountDownLatch three = new CountDownLatch(3);
		// the child writes three lines at once, then stays silent (reading its stdin) until the transport closes
		StdioProcessTransport transport = new StdioProcessTransport(new ProcessLaunch(
				List.of("sh", "-c", "printf 'a\\nb\\nc\\n'; cat >/dev/null"), Map.of(), null, true));
		try {
			transport.start(new Transport.Handler() {
				@Override
				public void onLine(String line) {
					throw new AssertionError("the stdio transport tells whether more lines are at hand");
				}

				@Override
				public void onLine(String line, boolean more) {
					delivered.add(line + (more ? "+" : ""));
					three.countDown();
				}

				@Override
				public void onClosed(TransportClosedException reason) {
				}
			});

			assertThat(three.await(10, TimeUnit.SECONDS)).as("all three lines while the child is still running")
				.isTrue();
			assertThat(transport.isOpen()).isTrue();
			assertThat(delivered).hasSize(3).last().isEqualTo("c");
			assertThat(String.join(",", delivered).replace("+", "")).isEqualTo("a,b,c");
		}
		finally {
			transport.close(Duration.ofSeconds(5));
		}
	}

}
