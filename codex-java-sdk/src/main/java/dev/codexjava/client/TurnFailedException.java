package dev.codexjava.client;

import org.jspecify.annotations.Nullable;

import dev.codexjava.error.CodexException;
import dev.codexjava.protocol.model.TurnError;

/**
 * A turn ended with status {@code failed}. Carries the whole {@link TurnResult} (items produced before the failure
 * included) and the typed {@link TurnError} ({@code message}, {@code codexErrorInfo}, details).
 */
public class TurnFailedException extends CodexException {

	private static final long serialVersionUID = 1L;

	private final transient TurnResult result;

	public TurnFailedException(TurnResult result) {
		super(describe(result));
		this.result = result;
	}

	private static String describe(TurnResult result) {
		TurnError error = result.error();
		StringBuilder sb = new StringBuilder("Turn ").append(result.id()).append(" failed");
		if (error != null) {
			sb.append(": ").append(error.message());
			if (error.codexErrorInfo() != null) {
				sb.append(" [").append(error.codexErrorInfo().kind()).append(']');
			}
		}
		return sb.toString();
	}

	/** The failed turn's result. */
	public TurnResult result() {
		return this.result;
	}

	/** The server's error (may be {@code null} if it sent none). */
	public @Nullable TurnError error() {
		return this.result.error();
	}

}
