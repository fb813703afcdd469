package dev.codexjava.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads newline-terminated UTF-8 lines from a stream without ever holding more than {@code maxLineBytes} of one line
 * in memory. A longer line is skipped to its end and reported as {@link #OVERSIZED}.
 */
final class BoundedLineReader {

	/** Returned instead of a line that exceeded the limit (compared by identity). */
	static final String OVERSIZED = new String("<oversized line>");

	private final InputStream in;

	private final int maxLineBytes;

	private final byte[] buffer = new byte[64 * 1024];

	private int position;

	private int limit;

	private ByteArrayOutputStream line = new ByteArrayOutputStream(8 * 1024);

	private long lastOversizedLength;

	BoundedLineReader(InputStream in, int maxLineBytes) {
		this.in = in;
		this.maxLineBytes = maxLineBytes;
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
	String readLine() throws IOException {
		this.line.reset();
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
					oversized = true;
					this.line.reset();
				}
				else {
					this.line.write(this.buffer, start, chunk);
				}
			}
			this.position = (newline >= 0) ? newline + 1 : this.limit;
			if (newline >= 0) {
				return finish(oversized, length);
			}
		}
	}

	private String finish(boolean oversized, long length) {
		if (oversized) {
			this.lastOversizedLength = length;
			this.line.reset();
			return OVERSIZED;
		}
		int size = this.line.size();
		byte[] bytes = this.line.toByteArray();
		if (size > 0 && bytes[size - 1] == '\r') {
			size--;
		}
		if (bytes.length > 1024 * 1024) {
			// do not keep a huge buffer alive after one large message
			this.line = new ByteArrayOutputStream(8 * 1024);
		}
		return new String(bytes, 0, size, StandardCharsets.UTF_8);
	}

}
