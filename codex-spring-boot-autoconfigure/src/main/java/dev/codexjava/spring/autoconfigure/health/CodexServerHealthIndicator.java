package dev.codexjava.spring.autoconfigure.health;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import dev.codexjava.client.ServerStatus;
import dev.codexjava.spring.autoconfigure.CodexStatus;
import dev.codexjava.spring.autoconfigure.CodexStatus.State;

/**
 * The health of one app-server of a pool, a component of the {@code codex} composite when
 * {@code management.health.codex.server-components=true}: {@code UP} (takes new threads), {@code OUT_OF_SERVICE}
 * (being restarted or reconnected) or {@code DOWN}, with the same details as its entry in
 * {@link CodexPoolHealthIndicator}. Reads {@code Codex#servers()} only.
 */
final class CodexServerHealthIndicator extends AbstractHealthIndicator {

	private final String name;

	private final Supplier<List<ServerStatus>> servers;

	private final CodexStatus status;

	CodexServerHealthIndicator(String name, Supplier<List<ServerStatus>> servers, CodexStatus status) {
		super("Codex health check failed");
		this.name = name;
		this.servers = servers;
		this.status = status;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		State lifecycle = (this.status != null) ? this.status.snapshot().state() : State.READY;
		if (lifecycle == State.NOT_STARTED || lifecycle == State.STOPPED) {
			builder.down().withDetail("state", lifecycle.name());
			return;
		}
		if (lifecycle == State.STARTING) {
			builder.outOfService().withDetail("state", lifecycle.name());
			return;
		}
		ServerStatus server = this.servers.get()
			.stream()
			.filter((candidate) -> candidate.name().equals(this.name))
			.findFirst()
			.orElse(null);
		if (server == null) {
			builder.unknown().withDetail("reason", "Not a server of this client");
			return;
		}
		builder.status(CodexPoolHealthIndicator.status(server.state()))
			.withDetails(CodexPoolHealthIndicator.server(server));
	}

}
