package dev.codexjava.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
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

	/** {@code count} letters 'x' and a newline, generated as they are read (never held in memory as a whole). */
	private static final class GeneratedLine extends InputStream {

		private long left;

		GeneratedLine(long count) {
			this.left = count + 1;
		}

		@Override
		public int read() {
			if (this.left <= 0) {
				return -1;
			}
			return (--this.left == 0) ? '\n' : 'x';
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.left <= 0) {
				return -1;
			}
			int n = (int) Math.min(len, this.left);
			java.util.Arrays.fill(b, off, off + n, (byte) 'x');
			this.left -= n;
			if (this.left == 0) {
				b[off + n - 1] = '\n';
			}
			return n;
		}

	}

	private static InputStream concat(InputStream... parts) {
		return new SequenceInputStream(java.util.Collections.enumeration(List.of(parts)));
	}

	private static InputStream text(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static long usedHeapAfterGc() {
		var memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
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

	/**
	 * At the default limit (64 MiB), a line one byte too long is skipped, and the 64 MiB buffered before the reader
	 * knew it was too long are given back (before the fix the buffer kept its 64 MiB capacity for good).
	 */
	@Test
	void aSkippedLineAtTheDefaultLimitGivesItsMemoryBack() throws IOException {
		int limit = StdioProcessTransport.DEFAULT_MAX_LINE_BYTES;
		BoundedLineReader reader = new BoundedLineReader(
				concat(text("before\n"), new GeneratedLine(limit + 1L), text("after\n")), limit);
		assertThat(reader.readLine()).isEqualTo("before");
		long baseline = usedHeapAfterGc();

		assertThat(reader.readLine()).isSameAs(BoundedLineReader.OVERSIZED);

		assertThat(reader.lastOversizedLength()).isEqualTo(limit + 1L);
		assertThat(reader.lineCapacity()).isLessThanOrEqualTo(BoundedLineReader.RETAINED_LINE_BYTES);
		long retainedMb = (usedHeapAfterGc() - baseline) / (1024 * 1024);
		assertThat(retainedMb).as("heap retained by the reader after a skipped 64 MiB line, MB").isLessThan(16);
		assertThat(reader.readLine()).isEqualTo("after");
	}

	/** A large line within the limit is returned whole; its buffer is not kept for the next line. */
	@Test
	void aLargeAcceptedLineGivesItsMemoryBack() throws IOException {
		int size = 50 * 1024 * 1024;
		BoundedLineReader reader = new BoundedLineReader(
				concat(text("before\n"), new GeneratedLine(size), text("after\n")),
				StdioProcessTransport.DEFAULT_MAX_LINE_BYTES);
		assertThat(reader.readLine()).isEqualTo("before");
		long baseline = usedHeapAfterGc();

		assertThat(reader.readLine()).hasSize(size);

		assertThat(reader.lineCapacity()).isLessThanOrEqualTo(BoundedLineReader.RETAINED_LINE_BYTES);
		long retainedMb = (usedHeapAfterGc() - baseline) / (1024 * 1024);
		assertThat(retainedMb).as("heap retained by the reader after a 50 MiB line, MB").isLessThan(16);
		assertThat(reader.readLine()).isEqualTo("after");
	}

	/** Between 64 KiB and 1 MiB, the old reader kept the grown buffer; now every line larger than 64 KiB hands it back. */
	@Test
	void aMidSizedLineDoesNotLeaveAGrownBufferBehind() throws IOException {
		BoundedLineReader reader = new BoundedLineReader(concat(new GeneratedLine(600 * 1024), text("small\n")),
				StdioProcessTransport.DEFAULT_MAX_LINE_BYTES);
		assertThat(reader.readLine()).hasSize(600 * 1024);
		assertThat(reader.lineCapacity()).isEqualTo(BoundedLineReader.INITIAL_LINE_BYTES);
		assertThat(reader.readLine()).isEqualTo("small");
		assertThat(reader.lineCapacity()).isEqualTo(BoundedLineReader.INITIAL_LINE_BYTES);
	}

}
