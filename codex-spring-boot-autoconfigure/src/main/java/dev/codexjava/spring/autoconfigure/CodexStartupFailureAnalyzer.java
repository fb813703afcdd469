package dev.codexjava.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.codexjava.client.Codex;
import dev.codexjava.error.CodexStartupException;

/**
 * Explains a {@link CodexStartupException} at application start-up: what went wrong and which {@code codex.*}
 * property or installation step fixes it.
 */
class CodexStartupFailureAnalyzer extends AbstractFailureAnalyzer<CodexStartupException> {

	static final String INSTALL = "npm install -g @openai/codex@" + Codex.MINIMUM_SERVER_VERSION;

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CodexStartupException cause) {
		String description = "The Codex app-server could not be started (" + cause.reason() + "):"
				+ System.lineSeparator() + System.lineSeparator() + "    " + cause.getMessage();
		return new FailureAnalysis(description, action(cause), cause);
	}

	private static String action(CodexStartupException cause) {
		return switch (cause.reason()) {
			case BINARY_NOT_FOUND -> "Install the Codex CLI with '" + INSTALL + "' (or into a folder: "
					+ "'npm install --prefix DIR @openai/codex@" + Codex.MINIMUM_SERVER_VERSION + "'), then set the property 'codex.binary' to the path of the 'codex' "
					+ "executable (or put 'codex' on the PATH, or set the CODEX_BIN environment variable).";
			case NOT_EXECUTABLE -> "Make the file executable (chmod +x), or set the property 'codex.binary' to the "
					+ "native 'codex' executable. To install one: '" + INSTALL + "'.";
			case VERSION_TOO_OLD -> "Upgrade the Codex CLI to " + Codex.MINIMUM_SERVER_VERSION + " or newer with '"
					+ INSTALL + "', or set the property 'codex.binary' to a newer executable.";
			case HANDSHAKE_TIMEOUT -> "Raise the property 'codex.startup-timeout' (default 30s) if the machine is "
					+ "slow, and check that 'codex.binary' is a Codex CLI that supports 'app-server' (run "
					+ "'codex app-server' by hand).";
			case HANDSHAKE_FAILED -> "Check that 'codex.binary' is a Codex CLI " + Codex.MINIMUM_SERVER_VERSION
					+ " or newer, and the 'codex.config' overrides.";
			case PROCESS_FAILED -> "Check the properties 'codex.config', 'codex.model', 'codex.approval-policy' and "
					+ "'codex.sandbox', the config.toml in CODEX_HOME ('codex.codex-home'), 'codex.working-directory' "
					+ "and 'codex.env'. Running 'codex app-server' by hand with the same settings shows the full error.";
			case AUTHENTICATION_FAILED -> (cause.getMessage() != null && cause.getMessage().contains("cannot read the"))
					? "Make the file named above readable by the application's user, or point "
							+ "'codex.servers[i].token-file' / 'codex.servers[i].jwt.secret-file' at the right file "
							+ "(it is read on every connection)."
					: "Check the token or shared secret configured for the remote app-server ('codex.servers[i]."
							+ "token-file' or 'codex.servers[i].jwt.*') against the server's --ws-auth settings (and "
							+ "the clocks, for signed tokens).";
			case CONNECTION_FAILED -> "Check that the remote app-server is running and reachable at the configured "
					+ "endpoint (its /readyz answers 200), and raise 'codex.startup-timeout' for a slow network.";
			case LOGIN_FAILED -> "Check the property 'codex.api-key' (or remove it to use the credentials stored in "
					+ "CODEX_HOME), and that the configured model provider accepts API-key logins.";
		};
	}

}
