package dev.codexjava.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Reads newline-terminated UTF-8 lines from a stream without ever holding more than {@code maxLineBytes} of one line
 * in memory. A longer line is skipped to its end and reported as {@link #OVERSIZED}. The memory a large line needed
 * is given back once the line is read or skipped: the line buffer shrinks back to {@link #INITIAL_LINE_BYTES}. Lines
 * come as strings ({@link #readLine()}) or as bytes ({@link #readLineBytes()}: no decoding, and a line that arrived
 * whole in one read is handed out from the read buffer without a copy).
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

	/** {@link #readLineBytes()}: the end of the stream. */
	static final int END = -1;

	/** {@link #readLineBytes()}: a line over the limit was skipped (see {@link #lastOversizedLength()}). */
	static final int SKIPPED = -2;

	// where the last line read by readLineBytes is: the read buffer itself when the line was in it whole, else line
	private byte[] result = NO_LINE;

	private static final byte[] NO_LINE = new byte[0];

	private int resultOffset;

	/** Paces the reads of a fast trickle ({@code null}: every read is issued at once). */
	private final @Nullable ReadPacer pacer;

	BoundedLineReader(InputStream in, int maxLineBytes) {
		this(in, maxLineBytes, null);
	}

	/** @param pacer paces the reads of a fast trickle of lines, or {@code null} */
	BoundedLineReader(InputStream in, int maxLineBytes, @Nullable ReadPacer pacer) {
		this.in = in;
		this.maxLineBytes = maxLineBytes;
		this.pacer = pacer;
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
	 * Whether a whole line that {@link #readLine()} would return is already buffered, so that it is read without
	 * waiting for input: empty lines and lines over the limit, which are skipped, do not count.
	 */
	boolean hasBufferedLine() {
		int lineStart = this.position;
		for (int i = this.position; i < this.limit; i++) {
			if (this.buffer[i] == '\n') {
				// the limit counts a CR, as readLineBytes does: a line over it only by its CR is skipped too
				int size = i - lineStart;
				int content = (size > 0 && this.buffer[i - 1] == '\r') ? size - 1 : size;
				if (content > 0 && size <= this.maxLineBytes) {
					return true;
				}
				lineStart = i + 1;
			}
		}
		return false;
	}

	/** Returns the next line, {@link #OVERSIZED}, or {@code null} at end of stream. */
	@Nullable String readLine() throws IOException {
		int size = readLineBytes();
		if (size == END) {
			return null;
		}
		if (size == SKIPPED) {
			return OVERSIZED;
		}
		String text = new String(this.result, this.resultOffset, size, StandardCharsets.UTF_8);
		release();
		return text;
	}

	/**
	 * Reads the next line without decoding it: returns its length in bytes (it is then in {@link #lineBytes()} from
	 * {@link #lineOffset()}, until the next read or {@link #release()}), {@link #SKIPPED} for a line over the limit, or
	 * {@link #END} at the end of the stream. Call {@link #release()} when done with the line.
	 */
	int readLineBytes() throws IOException {
		release();
		boolean oversized = false;
		long length = 0;
		while (true) {
			if (this.position == this.limit) {
				if (this.pacer != null) {
					this.pacer.beforeRead();
				}
				this.limit = this.in.read(this.buffer, 0, this.buffer.length);
				if (this.pacer != null) {
					// a paused read gained something only if it found several lines and room for more (a full buffer:
					// the reader is behind, and the pause stalled the writer)
					this.pacer.afterRead(this.pacer.paused() && this.limit < this.buffer.length
							&& newlines(this.limit) > 1);
				}
				this.position = 0;
				if (this.limit <= 0) {
					this.limit = 0;
					if (length == 0) {
						return END;
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
			if (newline >= 0 && length == chunk && length <= this.maxLineBytes) {
				// the whole line is in the read buffer (the usual case): handed out from there, not copied
				this.position = newline + 1;
				this.result = this.buffer;
				this.resultOffset = start;
				return trimmed(this.buffer, start, chunk);
			}
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

	/** The array holding the last line {@link #readLineBytes()} returned. */
	byte[] lineBytes() {
		return this.result;
	}

	/** Where that line starts in {@link #lineBytes()}. */
	int lineOffset() {
		return this.resultOffset;
	}

	/** Done with the last line: a line buffer that grew for it is given back. */
	void release() {
		this.result = NO_LINE;
		releaseLine();
	}

	/** The newlines among the first {@code limit} bytes of the read buffer, counted up to two. */
	private int newlines(int limit) {
		int count = 0;
		for (int i = 0; i < limit && count < 2; i++) {
			if (this.buffer[i] == '\n') {
				count++;
			}
		}
		return count;
	}

	private static int trimmed(byte[] bytes, int offset, int size) {
		return (size > 0 && bytes[offset + size - 1] == '\r') ? size - 1 : size;
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

	private int finish(boolean oversized, long length) {
		if (oversized) {
			this.lastOversizedLength = length;
			releaseLine();
			return SKIPPED;
		}
		this.result = this.line;
		this.resultOffset = 0;
		return trimmed(this.line, 0, this.lineSize);
	}

}
