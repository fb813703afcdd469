package dev.codexjava.spring.autoconfigure.health;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.codexjava.client.ServerState;
import dev.codexjava.client.ServerStatus;
import dev.codexjava.spring.autoconfigure.CodexStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CodexPoolHealthIndicator}: one entry per server with its own status, and the overall status UP while at
 * least one server can take new threads.
 */
@SuppressWarnings("unchecked")
class CodexPoolHealthIndicatorTests {

	private final AtomicReference<List<ServerStatus>> servers = new AtomicReference<>();

	private final CodexStatus status = new CodexStatus();

	private final CodexPoolHealthIndicator indicator = new CodexPoolHealthIndicator(this.servers::get, this.status);

	private static ServerStatus server(String name, ServerState state, String problem) {
		return new ServerStatus(name, name.startsWith("local") ? "local" : "ws://127.0.0.1:4500", state, 2, 3,
				Optional.ofNullable(problem));
	}

	@Test
	void upWhileOneServerCanTakeNewThreadsWithEachServersOwnStatus() {
		this.status.onProcessStarted(-1, "0.169.0");
		this.servers.set(List.of(server("local-1", ServerState.UP, null),
				server("east", ServerState.DOWN, "Connection refused"),
				server("west", ServerState.RESTARTING, "reconnecting")));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("available", 1)
			.containsEntry("total", 3)
			.containsEntry("activeTurns", 6);
		Map<String, Object> details = (Map<String, Object>) health.getDetails().get("servers");
		assertThat(details.keySet()).containsExactly("local-1", "east", "west");
		assertThat((Map<String, Object>) details.get("local-1")).containsEntry("status", "UP")
			.containsEntry("target", "local")
			.containsEntry("activeTurns", 2)
			.containsEntry("threads", 3)
			.doesNotContainKey("problem");
		assertThat((Map<String, Object>) details.get("east")).containsEntry("status", "DOWN")
			.containsEntry("target", "ws://127.0.0.1:4500")
			.containsEntry("problem", "Connection refused");
		assertThat((Map<String, Object>) details.get("west")).containsEntry("status", "OUT_OF_SERVICE")
			.containsEntry("state", "RESTARTING");
	}

	@Test
	void outOfServiceWhenNoneIsUpButOneIsComingBack() {
		this.status.onProcessStarted(-1, "0.169.0");
		this.servers.set(List.of(server("local-1", ServerState.DOWN, "exited"),
				server("east", ServerState.RESTARTING, "reconnecting")));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("available", 0).containsKey("reason");
	}

	@Test
	void downWhenEveryServerIsDown() {
		this.status.onProcessStarted(-1, "0.169.0");
		this.servers.set(List.of(server("local-1", ServerState.DOWN, "exited"), server("east", ServerState.DOWN, null)));
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void downBeforeTheClientHasStartedWhateverTheServersSay() {
		this.servers.set(List.of(server("local-1", ServerState.UP, null)));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("state", "NOT_STARTED");
	}

	@Test
	void aServerComponentReportsThatServersOwnStatusAndDetails() {
		this.status.onProcessStarted(-1, "0.169.0");
		this.servers.set(List.of(server("local-1", ServerState.UP, null),
				server("east", ServerState.DOWN, "Connection refused"),
				server("west", ServerState.RESTARTING, "reconnecting")));
		assertThat(new CodexServerHealthIndicator("local-1", this.servers::get, this.status).health().getStatus())
			.isEqualTo(Status.UP);
		Health east = new CodexServerHealthIndicator("east", this.servers::get, this.status).health();
		assertThat(east.getStatus()).isEqualTo(Status.DOWN);
		assertThat(east.getDetails()).containsEntry("problem", "Connection refused")
			.containsEntry("target", "ws://127.0.0.1:4500");
		assertThat(new CodexServerHealthIndicator("west", this.servers::get, this.status).health().getStatus())
			.isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(new CodexServerHealthIndicator("gone", this.servers::get, this.status).health().getStatus())
			.isEqualTo(Status.UNKNOWN);
	}

	@Test
	void aServerComponentIsDownBeforeTheClientStarts() {
		this.servers.set(List.of(server("local-1", ServerState.UP, null)));
		Health health = new CodexServerHealthIndicator("local-1", this.servers::get, this.status).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("state", "NOT_STARTED");
	}

}
