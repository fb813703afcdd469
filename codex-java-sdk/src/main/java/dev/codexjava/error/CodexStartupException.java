package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

/**
 * Codex could not be started: the binary is missing or not executable, the process exited during start-up, a remote
 * app-server could not be reached or refused the credentials, the {@code initialize} handshake failed or timed out,
 * or the server is older than the oldest version this SDK supports. The message says what to do; {@link #reason()} says which case it is.
 */
public class CodexStartupException extends CodexException {

	private static final long serialVersionUID = 1L;

	/** Why start-up failed. */
	public enum Reason {

		/** No Codex executable was found (explicit path, {@code CODEX_BIN}, {@code PATH}). */
		BINARY_NOT_FOUND,
		/** The configured file exists but cannot be executed. */
		NOT_EXECUTABLE,
		/** The process could not be spawned or exited before the handshake completed. */
		PROCESS_FAILED,
		/** The handshake did not complete within the start-up timeout. */
		HANDSHAKE_TIMEOUT,
		/** The server answered the handshake with an error or an unusable response. */
		HANDSHAKE_FAILED,
		/** The server's version is older than the oldest version the SDK supports. */
		VERSION_TOO_OLD,
		/** Logging in with the configured API key failed. */
		LOGIN_FAILED,
		/** A remote app-server rejected the credentials (wrong, missing or expired token). */
		AUTHENTICATION_FAILED,
		/** A remote app-server could not be reached (refused, unreachable, timed out, not a WebSocket). */
		CONNECTION_FAILED

	}

	private final Reason reason;

	public CodexStartupException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public CodexStartupException(Reason reason, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	/** The kind of start-up failure. */
	public Reason reason() {
		return this.reason;
	}

}
