package dev.codexjava.spring.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import dev.codexjava.client.Codex;
import dev.codexjava.client.ServerState;
import dev.codexjava.client.ServerStatus;
import dev.codexjava.spring.autoconfigure.CodexStatus;
import dev.codexjava.spring.autoconfigure.CodexStatus.Snapshot;
import dev.codexjava.spring.autoconfigure.CodexStatus.State;

/**
 * {@link HealthIndicator} for a {@link Codex} client that fronts a pool of app-servers
 * ({@code codex.servers}, {@code codex.local.instances}). Reads {@link Codex#servers()} only: it never sends anything
 * to a server.
 * <p>
 * Each server gets an entry under the {@code servers} detail with its own {@code status}: {@code UP} (takes new
 * threads), {@code OUT_OF_SERVICE} (being restarted or reconnected) or {@code DOWN}, plus its {@code target}
 * ({@code local} or the URL, which never holds credentials), {@code activeTurns}, {@code threads} and, when it is not
 * up, the {@code problem}. The indicator itself is {@code UP} while at least one server can take new threads (so a
 * readiness group that includes it keeps the application in rotation), {@code OUT_OF_SERVICE} when none can but one
 * is coming back, and {@code DOWN} when all are down. Before the client has started (and after it stopped or failed
 * to start) it reports like {@link CodexHealthIndicator}.
 * <p>
 * The servers are details rather than health components: Spring Boot aggregates the components of a composite with
 * the status order of the whole health group (any {@code DOWN} component makes it {@code DOWN}), which would take an
 * application out of rotation for one lost member of a pool.
 */
public class CodexPoolHealthIndicator extends AbstractHealthIndicator {

	private final Supplier<List<ServerStatus>> servers;

	private final CodexStatus status;

	/**
	 * An indicator for {@code codex}.
	 * @param codex the client of a pool
	 * @param status its tracked lifecycle status, or {@code null} to judge by the servers only
	 */
	public CodexPoolHealthIndicator(Codex codex, CodexStatus status) {
		this(codex::servers, status);
	}

	/** An indicator over what {@code servers} reports (tests). */
	CodexPoolHealthIndicator(Supplier<List<ServerStatus>> servers, CodexStatus status) {
		super("Codex health check failed");
		this.servers = servers;
		this.status = status;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Snapshot snapshot = (this.status != null) ? this.status.snapshot() : null;
		State lifecycle = (snapshot != null) ? snapshot.state() : State.READY;
		List<ServerStatus> servers = this.servers.get();
		Map<String, Object> details = new LinkedHashMap<>();
		int available = 0;
		boolean comingBack = false;
		int activeTurns = 0;
		for (ServerStatus server : servers) {
			available += (server.state() == ServerState.UP) ? 1 : 0;
			comingBack |= server.state() == ServerState.RESTARTING;
			activeTurns += server.activeTurns();
			details.put(server.name(), server(server));
		}
		String reason = null;
		switch (lifecycle) {
			case NOT_STARTED -> {
				builder.down();
				reason = "Not started (codex.lifecycle.auto-startup=false, or the context is not started yet)";
			}
			case STARTING -> builder.outOfService();
			case STOPPED -> {
				builder.down();
				reason = "Stopped";
			}
			default -> {
				if (available > 0) {
					builder.up();
				}
				else {
					builder.status(comingBack ? Status.OUT_OF_SERVICE : Status.DOWN);
					reason = (snapshot != null && snapshot.reason() != null) ? snapshot.reason()
							: "No app-server of the pool can take new threads";
				}
			}
		}
		builder.withDetail("state", lifecycle.name());
		if (reason != null) {
			builder.withDetail("reason", reason);
		}
		builder.withDetail("available", available);
		builder.withDetail("total", servers.size());
		builder.withDetail("activeTurns", activeTurns);
		builder.withDetail("servers", details);
	}

	/** The details of one server: its status, state, target, active turns, threads and problem. */
	static Map<String, Object> server(ServerStatus server) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("status", status(server.state()).getCode());
		details.put("state", server.state().name());
		details.put("target", server.target());
		details.put("activeTurns", server.activeTurns());
		details.put("threads", server.threads());
		server.problem().ifPresent((problem) -> details.put("problem", problem));
		return details;
	}

	/** The health status of one server: UP, OUT_OF_SERVICE while restarting or reconnecting, else DOWN. */
	static Status status(ServerState state) {
		return switch (state) {
			case UP -> Status.UP;
			case RESTARTING -> Status.OUT_OF_SERVICE;
			case DOWN -> Status.DOWN;
		};
	}

}
