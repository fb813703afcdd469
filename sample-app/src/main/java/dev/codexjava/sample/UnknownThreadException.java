package dev.codexjava.sample;

/** The Codex app-server knows no thread with the requested id. */
public class UnknownThreadException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * An exception for {@code id}.
	 * @param id the requested thread id
	 * @param cause the server's answer
	 */
	public UnknownThreadException(String id, Throwable cause) {
		super("No thread " + id + ": " + cause.getMessage(), cause);
	}

}
