package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

/**
 * The app-server sent a message the client could not read (a response or a turn event whose shape or values do not
 * fit the protocol). The request or turn it belonged to fails at once with this exception instead of waiting for its
 * timeout.
 */
public class CodexProtocolException extends CodexException {

	private static final long serialVersionUID = 1L;

	public CodexProtocolException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
