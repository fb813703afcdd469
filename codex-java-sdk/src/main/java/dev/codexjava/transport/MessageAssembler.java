package dev.codexjava.transport;

import org.jspecify.annotations.Nullable;

/**
 * Joins the fragments of one WebSocket text message, holding at most {@code maxBytes} (UTF-8) of it: a longer
 * message is dropped and reported as {@link #OVERSIZED}, the same limit and outcome as an oversized stdio line.
 */
final class MessageAssembler {

	/** Returned instead of a message over the limit (compared by identity). */
	static final String OVERSIZED = BoundedLineReader.OVERSIZED;

	private final int maxBytes;

	private StringBuilder text = new StringBuilder();

	private long bytes;

	private boolean oversized;

	private long lastOversizedLength;

	MessageAssembler(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	/**
	 * Adds one fragment; returns the whole message when {@code last}, else {@code null}.
	 */
	@Nullable String add(CharSequence fragment, boolean last) {
		if (last && this.bytes == 0 && !this.oversized) {
			// a message in one frame (the usual case): one copy, and no length scan when it cannot exceed the limit
			if (fragment.length() <= this.maxBytes / 3) {
				return fragment.toString();
			}
			long length = utf8Length(fragment);
			if (length <= this.maxBytes) {
				return fragment.toString();
			}
			this.lastOversizedLength = length;
			return OVERSIZED;
		}
		this.bytes += utf8Length(fragment);
		if (!this.oversized) {
			if (this.bytes > this.maxBytes) {
				this.oversized = true;
				this.text.setLength(0);
			}
			else {
				this.text.append(fragment);
			}
		}
		if (!last) {
			return null;
		}
		String message;
		if (this.oversized) {
			this.lastOversizedLength = this.bytes;
			message = OVERSIZED;
		}
		else {
			message = this.text.toString();
		}
		if (this.text.capacity() > 1024 * 1024) {
			// do not keep a huge buffer alive after one large message
			this.text = new StringBuilder();
		}
		else {
			this.text.setLength(0);
		}
		this.bytes = 0;
		this.oversized = false;
		return message;
	}

	/** The UTF-8 length of the last message reported as {@link #OVERSIZED}. */
	long lastOversizedLength() {
		return this.lastOversizedLength;
	}

	static long utf8Length(CharSequence s) {
		long n = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x80) {
				n++;
			}
			else if (c < 0x800) {
				n += 2;
			}
			else if (Character.isSurrogate(c)) {
				n += 2; // a pair is 4 bytes
			}
			else {
				n += 3;
			}
		}
		return n;
	}

}
