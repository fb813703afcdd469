package dev.codexjava.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedLineReaderTest {

	private static BoundedLineReader reader(String text, int maxLineBytes) {
		return new BoundedLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLineBytes);
	}

	private static List<String> readAll(BoundedLineReader reader) throws IOException {
		List<String> lines = new ArrayList<>();
		String line;
		while ((line = reader.readLine()) != null) {
			lines.add((line == BoundedLineReader.OVERSIZED) ? "<OVERSIZED>" : line);
		}
		return lines;
	}

	/** Returns one byte per read call, so every multi-byte character is split across reads. */
	private static final class OneByteAtATime extends InputStream {

		private final byte[] bytes;

		private int position;

		OneByteAtATime(byte[] bytes) {
			this.bytes = bytes;
		}

		@Override
		public int read() {
			return (this.position < this.bytes.length) ? (this.bytes[this.position++] & 0xff) : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (len == 0) {
				return 0;
			}
			if (this.position >= this.bytes.length) {
				return -1;
			}
			b[off] = this.bytes[this.position++];
			return 1;
		}

	}

	@Test
	void splitsLines() throws IOException {
		assertThat(readAll(reader("{\"a\":1}\n{\"b\":2}\n", 1024))).containsExactly("{\"a\":1}", "{\"b\":2}");
	}

	@Test
	void stripsCarriageReturnBeforeNewline() throws IOException {
		assertThat(readAll(reader("one\r\ntwo\r\n", 1024))).containsExactly("one", "two");
	}

	@Test
	void keepsEmptyLinesAsEmptyStrings() throws IOException {
		assertThat(readAll(reader("a\n\nb\n", 1024))).containsExactly("a", "", "b");
	}

	@Test
	void returnsTheLastLineWithoutTrailingNewlineAtEof() throws IOException {
		BoundedLineReader reader = reader("first\nlast", 1024);
		assertThat(reader.readLine()).isEqualTo("first");
		assertThat(reader.readLine()).isEqualTo("last");
		assertThat(reader.readLine()).isNull();
		assertThat(reader.readLine()).as("stays at end of stream").isNull();
	}

	@Test
	void emptyStreamIsImmediatelyAtEnd() throws IOException {
		assertThat(reader("", 1024).readLine()).isNull();
	}

	@Test
	void oversizedLineIsReportedAndTheNextLineIsStillReadCorrectly() throws IOException {
		String big = "x".repeat(100);
		BoundedLineReader reader = reader("ok\n" + big + "\nafter\n", 16);
		assertThat(reader.readLine()).isEqualTo("ok");
		assertThat(reader.readLine()).isSameAs(BoundedLineReader.OVERSIZED);
		assertThat(reader.lastOversizedLength()).isEqualTo(100);
		assertThat(reader.readLine()).isEqualTo("after");
		assertThat(reader.readLine()).isNull();
	}

	@Test
	void lineExactlyAtTheLimitIsAccepted() throws IOException {
		assertThat(readAll(reader("x".repeat(16) + "\n" + "y".repeat(17) + "\nz\n", 16)))
			.containsExactly("x".repeat(16), "<OVERSIZED>", "z");
	}

	@Test
	void oversizedLineLongerThanTheInternalBufferIsSkippedToItsEnd() throws IOException {
		String huge = "h".repeat(200_000);
		assertThat(readAll(reader(huge + "\nnext\n", 1024))).containsExactly("<OVERSIZED>", "next");
	}

	@Test
	void oversizedLastLineWithoutNewlineIsReported() throws IOException {
		assertThat(readAll(reader("ok\n" + "x".repeat(50), 16))).containsExactly("ok", "<OVERSIZED>");
	}

	@Test
	void multiByteCharactersSplitAcrossReadsAreDecodedIntact() throws IOException {
		String text = "héllo wörld ✓ 😀 日本語";
		byte[] bytes = (text + "\r\n" + "second ✓\n" + "tail 😀").getBytes(StandardCharsets.UTF_8);
		BoundedLineReader reader = new BoundedLineReader(new OneByteAtATime(bytes), 1024);
		assertThat(reader.readLine()).isEqualTo(text);
		assertThat(reader.readLine()).isEqualTo("second ✓");
		assertThat(reader.readLine()).isEqualTo("tail 😀");
		assertThat(reader.readLine()).isNull();
	}

	@Test
	void oversizedLimitCountsBytesNotCharacters() throws IOException {
		// 6 characters, 18 bytes in UTF-8
		String line = "日本語日本語";
		assertThat(readAll(reader(line + "\nok\n", 17))).containsExactly("<OVERSIZED>", "ok");
		assertThat(readAll(reader(line + "\nok\n", 18))).containsExactly(line, "ok");
	}

	@Test
	void oversizedDetectionWorksWithOneByteReads() throws IOException {
		byte[] bytes = ("x".repeat(40) + "\nshort\n").getBytes(StandardCharsets.UTF_8);
		BoundedLineReader reader = new BoundedLineReader(new OneByteAtATime(bytes), 16);
		assertThat(reader.readLine()).isSameAs(BoundedLineReader.OVERSIZED);
		assertThat(reader.lastOversizedLength()).isEqualTo(40);
		assertThat(reader.readLine()).isEqualTo("short");
		assertThat(reader.readLine()).isNull();
	}

	@Test
	void aLegitimateLineWithTheSameTextAsTheMarkerIsNotTheMarker() throws IOException {
		String line = reader("<oversized line>\n", 1024).readLine();
		assertThat(line).isEqualTo("<oversized line>").isNotSameAs(BoundedLineReader.OVERSIZED);
	}

	@Test
	void tellsWhetherTheNextLineIsAlreadyBuffered() throws IOException {
		BoundedLineReader reader = reader("a\nb\npartial", 1024);
		assertThat(reader.hasBufferedLine()).as("nothing read yet").isFalse();

		assertThat(reader.readLine()).isEqualTo("a");
		assertThat(reader.hasBufferedLine()).isTrue();
		assertThat(reader.readLine()).isEqualTo("b");
		assertThat(reader.hasBufferedLine()).as("only part of a line is buffered").isFalse();
		assertThat(reader.readLine()).isEqualTo("partial");
		assertThat(reader.hasBufferedLine()).isFalse();
	}

}
