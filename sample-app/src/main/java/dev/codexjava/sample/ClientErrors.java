package dev.codexjava.sample;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.model.CodexErrorInfo;
import dev.codexjava.protocol.model.TurnError;

/**
 * What a browser is told when something fails: a fixed, generic message. The details (the server's error text, an
 * exception, the app-server's stderr) can name paths, hosts, account data or parts of a request, so they go to the
 * log only, where the operator finds them by the turn id.
 */
final class ClientErrors {

	/** The message of a failed turn. */
	static final String TURN_FAILED = "The turn failed. The details are in the server log.";

	/** The message of an error the server is retrying. */
	static final String RETRYING = "The model service had a problem; retrying.";

	/** The message of a Codex failure outside a turn. */
	static final String CODEX_UNAVAILABLE = "Codex is not available right now. The details are in the server log.";

	private ClientErrors() {
	}

	/**
	 * The data of an {@code error} event.
	 * @param willRetry whether the server retries
	 * @return {@code {message, willRetry}} with a generic message
	 */
	static Map<String, Object> turnFailed(boolean willRetry) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("message", willRetry ? RETRYING : TURN_FAILED);
		data.put("willRetry", willRetry);
		return data;
	}

	/**
	 * The result as a client may see it: a failed turn's error keeps its kind ({@code codexErrorInfo.kind}) but its
	 * message becomes {@link #TURN_FAILED} and its details and raw text are left out.
	 * @param result a turn's result
	 * @return the result to send
	 */
	static TurnResult forClient(TurnResult result) {
		TurnError error = result.error();
		if (error == null) {
			return result;
		}
		CodexErrorInfo info = (error.codexErrorInfo() != null)
				? new CodexErrorInfo(error.codexErrorInfo().kind(), null) : null;
		return new TurnResult(result.id(), result.threadId(), result.status(), new TurnError(TURN_FAILED, info, null,
				null), result.startedAt(), result.completedAt(), result.durationMs(), result.finalResponse(),
				result.items(), result.usage());
	}

}
