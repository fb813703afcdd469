package dev.codexjava.spring.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import dev.codexjava.client.Codex;
import dev.codexjava.spring.autoconfigure.CodexStatus;
import dev.codexjava.spring.autoconfigure.CodexStatus.Snapshot;
import dev.codexjava.spring.autoconfigure.CodexStatus.State;

/**
 * {@link HealthIndicator} for the Codex app-server. It reads the last known {@link CodexStatus} and the client's
 * local state only, so it never blocks on (or sends anything to) the child process.
 * <p>
 * {@code UP} when the app-server is ready; {@code OUT_OF_SERVICE} while it is starting (in the background, with
 * {@code codex.lifecycle.wait-for-startup=false}): it is expected to come up, but is not usable yet, so readiness
 * must not report the application as ready; {@code OUT_OF_SERVICE} also when the model provider needs OpenAI
 * credentials that are absent (no account signed in, no API key: turns could not reach the model); {@code DOWN} with a reason otherwise (not started, start-up failed,
 * exited, stopped). Details: state, version, pid, uptime, active turns, whether an API key is configured and what
 * is known about the account; never the key or other secrets.
 */
public class CodexHealthIndicator extends AbstractHealthIndicator {

	/** The reason given when the model provider needs credentials that are absent. */
	public static final String NO_CREDENTIALS = "The model provider needs OpenAI credentials, but no account is signed "
			+ "in and no API key is configured: turns cannot reach the model. Set codex.api-key, log in, or "
			+ "configure a model provider that needs no OpenAI login";

	private final Codex codex;

	private final CodexStatus status;

	/**
	 * An indicator for {@code codex}.
	 * @param codex the client
	 * @param status its tracked status, or {@code null} to judge by the client's connection only
	 */
	public CodexHealthIndicator(Codex codex, CodexStatus status) {
		super("Codex health check failed");
		this.codex = codex;
		this.status = status;
	}

	/**
	 * Whether the server said its model provider needs an OpenAI login ({@code requiresOpenaiAuth}) while no account
	 * is signed in and no API key is configured.
	 * @param account what {@code account/read} said, or {@code null} when not known (yet)
	 * @param apiKeyConfigured whether the client has an API key to log in with
	 */
	public static boolean needsCredentials(CodexStatus.Account account, boolean apiKeyConfigured) {
		return account != null && account.requiresOpenaiAuth() && !account.signedIn() && !apiKeyConfigured;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Snapshot snapshot = (this.status != null) ? this.status.snapshot() : null;
		boolean connected = this.codex.isRunning();
		State state = (snapshot != null) ? snapshot.state() : (connected ? State.READY : State.DOWN);
		String reason = (snapshot != null) ? snapshot.reason() : (connected ? null : "Not running");
		if (state == State.READY && !connected) {
			// the process went away without the listener noticing (for example a Codex bean built elsewhere)
			state = State.DOWN;
			reason = "The connection to the Codex app-server is closed";
		}
		CodexStatus.Account account = (snapshot != null) ? snapshot.account() : null;
		boolean apiKeyConfigured = this.codex.config().hasApiKey();
		if (state == State.READY && reason == null && needsCredentials(account, apiKeyConfigured)) {
			// the process runs, but every turn would wait for a model it cannot authenticate to
			builder.outOfService();
			reason = NO_CREDENTIALS;
		}
		else {
			switch (state) {
				case READY -> builder.up();
				case STARTING -> builder.outOfService();
				default -> builder.down();
			}
		}
		builder.withDetail("state", state.name());
		if (reason != null) {
			builder.withDetail("reason", reason);
		}
		else if (state == State.NOT_STARTED) {
			builder.withDetail("reason", "Not started (codex.lifecycle.auto-startup=false, or the context is not "
					+ "started yet)");
		}
		else if (state == State.STOPPED) {
			builder.withDetail("reason", "Stopped");
		}
		if (snapshot != null && snapshot.exitCode() != null) {
			builder.withDetail("exitCode", snapshot.exitCode());
		}
		String version = (snapshot != null) ? snapshot.serverVersion() : null;
		if (version != null) {
			builder.withDetail("version", version);
		}
		Long pid = (snapshot != null) ? snapshot.pid() : null;
		if (pid == null) {
			OptionalLong current = this.codex.pid();
			pid = current.isPresent() ? current.getAsLong() : null;
		}
		if (pid != null) {
			builder.withDetail("pid", pid);
		}
		if (state == State.READY && snapshot != null && snapshot.startedAt() != null) {
			builder.withDetail("startedAt", snapshot.startedAt().toString());
			builder.withDetail("uptime", snapshot.uptime().toString());
		}
		builder.withDetail("activeTurns", this.codex.activeTurns());
		builder.withDetail("apiKeyConfigured", apiKeyConfigured);
		if (account != null) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("signedIn", account.signedIn());
			if (account.type() != null) {
				details.put("type", account.type());
			}
			details.put("requiresOpenaiAuth", account.requiresOpenaiAuth());
			builder.withDetail("account", details);
		}
	}

}
