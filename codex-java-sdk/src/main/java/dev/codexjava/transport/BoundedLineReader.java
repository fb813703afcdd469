package dev.codexjava.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Reads newline-terminated UTF-8 lines from a stream without ever holding more than {@code maxLineBytes} of one line
 * in memory. A longer line is skipped to its end and reported as {@link #OVERSIZED}. The memory a large line needed
 * is given back once the line is read or skipped: the line buffer shrinks back to {@link #INITIAL_LINE_BYTES}.
 */
final class BoundedLineReader {

	/** Returned instead of a line that exceeded the limit (compared by identity). */
	static final String OVERSIZED = new String("<oversized line>");

	private final InputStream in;

	private final int maxLineBytes;

	/** The line buffer's size between lines; a buffer that grew beyond {@link #RETAINED_LINE_BYTES} is dropped. */
	static final int INITIAL_LINE_BYTES = 8 * 1024;

	/** The largest line buffer kept for the next line. */
	static final int RETAINED_LINE_BYTES = 64 * 1024;

	private final byte[] buffer = new byte[64 * 1024];

	private int position;

	private int limit;

	private byte[] line = new byte[INITIAL_LINE_BYTES];

	private int lineSize;

	private long lastOversizedLength;

	BoundedLineReader(InputStream in, int maxLineBytes) {
		this.in = in;
		this.maxLineBytes = maxLineBytes;
	}

	/** The line buffer's capacity in bytes (what it holds on to between lines). */
	int lineCapacity() {
		return this.line.length;
	}

	/** The length in bytes of the last line reported as {@link #OVERSIZED}. */
	long lastOversizedLength() {
		return this.lastOversizedLength;
	}

	/**
	 * Whether a whole line is already buffered, so that {@link #readLine()} returns it without waiting for input.
	 */
	boolean hasBufferedLine() {
		for (int i = this.position; i < this.limit; i++) {
			if (this.buffer[i] == '\n') {
				return true;
			}
		}
		return false;
	}

	/** Returns the next line, {@link #OVERSIZED}, or {@code null} at end of stream. */
	@Nullable String readLine() throws IOException {
		this.lineSize = 0;
		boolean oversized = false;
		long length = 0;
		while (true) {
			if (this.position == this.limit) {
				this.limit = this.in.read(this.buffer, 0, this.buffer.length);
				this.position = 0;
				if (this.limit <= 0) {
					this.limit = 0;
					if (length == 0) {
						return null;
					}
					return finish(oversized, length);
				}
			}
			int start = this.position;
			int newline = -1;
			for (int i = start; i < this.limit; i++) {
				if (this.buffer[i] == '\n') {
					newline = i;
					break;
				}
			}
			int end = (newline >= 0) ? newline : this.limit;
			int chunk = end - start;
			length += chunk;
			if (!oversized) {
				if (length > this.maxLineBytes) {
					// skip the rest without holding on to what was buffered so far
					oversized = true;
					releaseLine();
				}
				else {
					append(start, chunk);
				}
			}
			this.position = (newline >= 0) ? newline + 1 : this.limit;
			if (newline >= 0) {
				return finish(oversized, length);
			}
		}
	}

	private void append(int start, int chunk) {
		int needed = this.lineSize + chunk;
		if (needed > this.line.length) {
			// double, but never beyond the limit (needed never exceeds it)
			long doubled = Math.min((long) this.line.length * 2, this.maxLineBytes);
			this.line = Arrays.copyOf(this.line, (int) Math.max(needed, doubled));
		}
		System.arraycopy(this.buffer, start, this.line, this.lineSize, chunk);
		this.lineSize = needed;
	}

	private void releaseLine() {
		this.lineSize = 0;
		if (this.line.length > RETAINED_LINE_BYTES) {
			// do not keep a huge buffer alive after one large message
			this.line = new byte[INITIAL_LINE_BYTES];
		}
	}

	private String finish(boolean oversized, long length) {
		if (oversized) {
			this.lastOversizedLength = length;
			releaseLine();
			return OVERSIZED;
		}
		int size = this.lineSize;
		if (size > 0 && this.line[size - 1] == '\r') {
			size--;
		}
		String text = new String(this.line, 0, size, StandardCharsets.UTF_8);
		releaseLine();
		return text;
	}

}
