package dev.codexjava.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BoundedLineReader#readLineBytes()}: lines as bytes for {@link Transport.Handler#onLine(byte[], int, int,
 * boolean)}, under the same limit as {@link BoundedLineReader#readLine()}; and
 * {@link BoundedLineReader#hasBufferedLine} counts only lines that will be delivered, so a burst never stays open over
 * a skipped line.
 */
class BoundedLineReaderBytesTest {

	private static BoundedLineReader reader(byte[] input, int limit) {
		return new BoundedLineReader(new ByteArrayInputStream(input), limit);
	}

	/** Every line to the end, as strings; a skipped line as {@code <SKIPPED>} (also for ReadPacerTest). */
	static List<String> readAll(BoundedLineReader reader) throws IOException {
		List<String> lines = new ArrayList<>();
		while (true) {
			int size = reader.readLineBytes();
			if (size == BoundedLineReader.END) {
				return lines;
			}
			lines.add((size == BoundedLineReader.SKIPPED) ? "<SKIPPED>"
					: new String(reader.lineBytes(), reader.lineOffset(), size, StandardCharsets.UTF_8));
			reader.release();
		}
	}

	@Test
	void readsTheSameLinesAsReadLineUnderTheSameLimit() throws IOException {
		String input = "{\"a\":\"é✓😀\"}\r\n" + "x".repeat(40) + "\n\nshort\n" + "y".repeat(17) + "\nlast";
		assertThat(readAll(reader(input.getBytes(StandardCharsets.UTF_8), 16))).containsExactly("<SKIPPED>",
				"<SKIPPED>", "", "short", "<SKIPPED>", "last");
		BoundedLineReader lines = reader(input.getBytes(StandardCharsets.UTF_8), 1024);
		assertThat(readAll(lines)).containsExactly("{\"a\":\"é✓😀\"}", "x".repeat(40), "", "short", "y".repeat(17),
				"last");
	}

	@Test
	void aLineLargerThanTheReadBufferIsAssembledAndItsBufferGivenBack() throws IOException {
		String big = "z".repeat(200 * 1024);
		BoundedLineReader reader = reader((big + "\nafter\n").getBytes(StandardCharsets.UTF_8), 1024 * 1024);
		int size = reader.readLineBytes();
		assertThat(size).isEqualTo(big.length());
		assertThat(new String(reader.lineBytes(), reader.lineOffset(), size, StandardCharsets.UTF_8)).isEqualTo(big);
		reader.release();
		assertThat(reader.lineCapacity()).isEqualTo(BoundedLineReader.INITIAL_LINE_BYTES);
		assertThat(readAll(reader)).containsExactly("after");

		BoundedLineReader limited = reader((big + "\nafter\n").getBytes(StandardCharsets.UTF_8), 100 * 1024);
		assertThat(limited.readLineBytes()).isEqualTo(BoundedLineReader.SKIPPED);
		assertThat(limited.lastOversizedLength()).isEqualTo(big.length());
		assertThat(readAll(limited)).containsExactly("after");
	}

	@Test
	void aBufferedLineCountsOnlyIfItWillBeDelivered() throws IOException {
		BoundedLineReader reader = reader("a\n\n\r\nb\n".getBytes(StandardCharsets.UTF_8), 16);
		assertThat(reader.readLineBytes()).isEqualTo(1);
		assertThat(reader.hasBufferedLine()).as("b follows the empty lines").isTrue();

		BoundedLineReader skipped = reader(("a\n\n" + "x".repeat(20) + "\n").getBytes(StandardCharsets.UTF_8), 16);
		assertThat(skipped.readLineBytes()).isEqualTo(1);
		assertThat(skipped.hasBufferedLine()).as("only an empty line and one over the limit follow").isFalse();
	}

	@Test
	void aLineOverTheLimitOnlyByItsCarriageReturnIsNotCountedAsBuffered() throws IOException {
		// the limit counts the CR (the line is skipped): the line before it must end its burst, or the stream's
		// consumer would not be woken until the server writes again
		byte[] input = ("a\n" + "x".repeat(16) + "\r\n").getBytes(StandardCharsets.UTF_8);
		BoundedLineReader reader = reader(input, 16);
		assertThat(reader.readLineBytes()).isEqualTo(1);
		assertThat(reader.hasBufferedLine()).as("the next line is skipped").isFalse();
		assertThat(reader.readLineBytes()).isEqualTo(BoundedLineReader.SKIPPED);

		BoundedLineReader atLimit = reader(("a\n" + "x".repeat(15) + "\r\n").getBytes(StandardCharsets.UTF_8), 16);
		assertThat(atLimit.readLineBytes()).isEqualTo(1);
		assertThat(atLimit.hasBufferedLine()).as("the next line, CR included, is at the limit").isTrue();
		assertThat(atLimit.readLineBytes()).isEqualTo(15);
	}

}
