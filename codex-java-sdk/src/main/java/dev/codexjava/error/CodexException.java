package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

/**
 * Base class of every exception the Codex SDK throws. All SDK exceptions are unchecked.
 */
public class CodexException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CodexException(String message) {
		super(message);
	}

	public CodexException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
