package dev.codexjava.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link CodexStartupFailureAnalyzer}: every reason gets a description and a concrete action. */
class CodexStartupFailureAnalyzerTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			BINARY_NOT_FOUND  | npm install -g @openai/codex@0.169.0 | 'codex.binary'
			NOT_EXECUTABLE    | chmod +x                             | 'codex.binary'
			VERSION_TOO_OLD   | npm install -g @openai/codex@0.169.0 | 'codex.binary'
			HANDSHAKE_TIMEOUT | 'codex.startup-timeout'              | app-server
			HANDSHAKE_FAILED  | 0.169.0                              | 'codex.config'
			PROCESS_FAILED    | 'codex.config'                       | CODEX_HOME ('codex.codex-home')
			""")
	void explainsEveryReason(Reason reason, String action1, String action2) {
		CodexStartupException cause = new CodexStartupException(reason,
				"something went wrong; last stderr lines:\n  Error: unknown variant `bogus`");
		Throwable failure = new BeanCreationException("codexLifecycle", "Failed to start bean 'codexLifecycle'",
				cause);
		FailureAnalysis analysis = new CodexStartupFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getCause()).isSameAs(cause);
		assertThat(analysis.getDescription()).contains("The Codex app-server could not be started (" + reason + ")")
			.contains("unknown variant `bogus`");
		assertThat(analysis.getAction()).contains(action1).contains(action2);
	}

	@Test
	void anUnreadableTokenFileAtConnectTimeNamesTheFileAndTheProperty() {
		// the token file was readable when the configuration was validated, not when the client connected
		CodexStartupException cause = new CodexStartupException(Reason.AUTHENTICATION_FAILED,
				"Connecting to ws://127.0.0.1:4500: cannot read the capability-token file /run/secrets/codex-token "
						+ "(AccessDeniedException)");
		FailureAnalysis analysis = new CodexStartupFailureAnalyzer().analyze(cause);
		assertThat(analysis.getDescription()).contains("/run/secrets/codex-token");
		assertThat(analysis.getAction()).contains("readable").contains("'codex.servers[i].token-file'");
	}

	@Test
	void aRejectedTokenPointsAtTheServersAuthSettings() {
		CodexStartupException cause = new CodexStartupException(Reason.AUTHENTICATION_FAILED,
				"Connecting to ws://127.0.0.1:4500: authentication failed (HTTP 401)");
		assertThat(new CodexStartupFailureAnalyzer().analyze(cause).getAction()).contains("--ws-auth")
			.contains("codex.servers[i].jwt.*");
	}

}
