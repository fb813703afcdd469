package dev.codexjava.client;

import java.nio.charset.StandardCharsets;

/**
 * A chunk of a standalone command's output ({@link Codex#exec}), as the server streamed it.
 *
 * @param stderr whether it came from stderr (else stdout)
 * @param bytes the bytes (a chunk may end inside a multi-byte character)
 * @param capReached whether the server's output cap for this stream was reached with this chunk (later output of
 * the stream is not sent)
 */
public record CommandOutput(boolean stderr, byte[] bytes, boolean capReached) {

	/** The bytes as UTF-8 text. */
	public String text() {
		return new String(this.bytes, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "CommandOutput[" + (this.stderr ? "stderr" : "stdout") + ", " + this.bytes.length + " bytes"
				+ (this.capReached ? ", cap reached" : "") + "]";
	}

}
