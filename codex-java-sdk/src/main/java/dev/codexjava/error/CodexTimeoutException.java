package dev.codexjava.error;

import java.time.Duration;

/**
 * A request, a turn or the start-up did not finish within its configured timeout. The operation may still be
 * running on the server; the client stopped waiting for it.
 */
public class CodexTimeoutException extends CodexException {

	private static final long serialVersionUID = 1L;

	private final transient Duration timeout;

	public CodexTimeoutException(String message, Duration timeout) {
		super(message);
		this.timeout = timeout;
	}

	/** The timeout that elapsed. */
	public Duration timeout() {
		return this.timeout;
	}

}
