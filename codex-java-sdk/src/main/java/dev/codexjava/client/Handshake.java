package dev.codexjava.client;

import java.time.Duration;
import java.util.concurrent.ExecutionException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.RpcConnection;
import dev.codexjava.protocol.model.ServerInfo;

/**
 * The handshake: {@code initialize} (client info, capabilities, opted-out notifications), the check of the server's
 * answer and version, then {@code initialized}. Every failure becomes a {@link CodexStartupException} whose reason
 * tells what to fix.
 */
final class Handshake {

	private Handshake() {
	}

	/**
	 * Performs the handshake on a started connection.
	 * @param attachment what the listeners answered to the {@code initialize} request's start (see
	 * {@link CodexListener#onRequestStarted})
	 * @return what the server said about itself
	 */
	static ServerInfo perform(CodexConfig config, RpcConnection connection, Object[] attachment) {
		Params capabilities = Params.create().put("experimentalApi", config.experimentalApi());
		if (!config.optOutNotificationMethods().isEmpty()) {
			capabilities.set("optOutNotificationMethods", Params.texts(config.optOutNotificationMethods()));
		}
		ObjectNode params = Params.create()
			.putObject("clientInfo",
					Params.create()
						.put("name", config.clientName())
						.put("title", config.clientTitle())
						.put("version", config.clientVersion()))
			.putObject("capabilities", capabilities)
			.node();
		Duration timeout = config.startupTimeout();
		JsonNode result;
		try {
			result = connection
				.request("initialize", params, timeout, attachment)
				.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CodexStartupException(Reason.PROCESS_FAILED, "Interrupted during the Codex handshake", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof CodexTimeoutException && config.endpoint() != null) {
				throw new CodexStartupException(Reason.HANDSHAKE_TIMEOUT, "The Codex app-server at "
						+ config.endpoint().uri() + " did not answer 'initialize' within " + timeout.toMillis()
						+ " ms (startupTimeout)", cause);
			}
			if (cause instanceof TransportClosedException && config.endpoint() != null) {
				throw new CodexStartupException(Reason.CONNECTION_FAILED, "The Codex app-server at "
						+ config.endpoint().uri() + " closed the connection during the handshake: "
						+ cause.getMessage(), cause);
			}
			if (cause instanceof CodexTimeoutException) {
				throw new CodexStartupException(Reason.HANDSHAKE_TIMEOUT, "The Codex app-server did not answer "
						+ "'initialize' within " + timeout.toMillis() + " ms (startupTimeout). Is the binary a "
						+ "Codex CLI that supports 'app-server'? Try running it by hand: <codex> app-server", cause);
			}
			if (cause instanceof TransportClosedException closedEx) {
				throw new CodexStartupException(Reason.PROCESS_FAILED,
						"The Codex app-server exited during start-up: " + closedEx.getMessage()
								+ "\nCheck the --config overrides and CODEX_HOME/config.toml.",
						cause);
			}
			throw new CodexStartupException(Reason.HANDSHAKE_FAILED,
					"The Codex handshake failed: " + cause.getMessage(), cause);
		}
		if (result == null || !result.isObject() || Json.text(result, "userAgent") == null) {
			throw new CodexStartupException(Reason.HANDSHAKE_FAILED,
					"The Codex app-server's initialize response lacks 'userAgent': " + result);
		}
		ServerInfo info = ServerInfo.from(result);
		ServerVersionPolicy.check(info.version(), info.userAgent());
		connection.notify("initialized", null);
		return info;
	}

}
