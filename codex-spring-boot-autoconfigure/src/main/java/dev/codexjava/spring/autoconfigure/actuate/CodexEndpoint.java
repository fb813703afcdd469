package dev.codexjava.spring.autoconfigure.actuate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import dev.codexjava.client.Codex;
import dev.codexjava.client.ServerStatus;

/**
 * The {@code codex} Actuator endpoint ({@code /actuator/codex}): for each {@code Codex} bean, whether it runs, the
 * app-server version, the turns running through it and each server it fronts (name, target, state, active turns,
 * pinned threads, the short problem when not up), plus the SDK version. Read-only; it reads the clients' local state
 * and sends nothing to any server. Never holds a prompt, a token, a key or a URL with credentials (server targets
 * are {@code local} or the endpoint URI, which the SDK keeps free of credentials). With a {@link CodexActivity}
 * (recorded from the auto-configured client), also its {@code activity}: the turns running now with their age, the
 * restarts (count, last reason as an exception type) and the retries per method. The write operation that interrupts a
 * turn is in {@link CodexInterruptingEndpoint}, created instead of this one only when
 * {@code management.endpoint.codex.interrupt.enabled=true}.
 */
@Endpoint(id = "codex")
public class CodexEndpoint {

	private final Map<String, Codex> clients;

	private final CodexActivity activity;

	/**
	 * An endpoint over {@code clients}.
	 * @param clients the {@code Codex} beans by name
	 */
	public CodexEndpoint(Map<String, Codex> clients) {
		this(clients, null);
	}

	/**
	 * An endpoint over {@code clients} that also shows {@code activity}.
	 * @param clients the {@code Codex} beans by name
	 * @param activity what the auto-configured client recorded, or {@code null}
	 */
	public CodexEndpoint(Map<String, Codex> clients, CodexActivity activity) {
		this.clients = new TreeMap<>(clients);
		this.activity = activity;
	}

	/** The {@code Codex} beans by name. */
	Map<String, Codex> clients() {
		return this.clients;
	}

	/** The recorded activity, or {@code null}. */
	CodexActivity activity() {
		return this.activity;
	}

	/** The state of every client, by bean name. */
	@ReadOperation
	public Map<String, Object> codex() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("sdkVersion", Codex.sdkVersion());
		Map<String, Object> clients = new LinkedHashMap<>();
		this.clients.forEach((name, codex) -> clients.put(name, client(codex)));
		body.put("clients", clients);
		if (this.activity != null) {
			Map<String, Object> activity = new LinkedHashMap<>();
			activity.put("activeTurns", this.activity.activeTurns());
			activity.put("restarts", this.activity.restarts());
			activity.put("retries", this.activity.retries());
			body.put("activity", activity);
		}
		return body;
	}

	private static Map<String, Object> client(Codex codex) {
		Map<String, Object> client = new LinkedHashMap<>();
		client.put("running", codex.isRunning());
		client.put("restarting", codex.isRestarting());
		String version = codex.serverVersion();
		if (version != null) {
			client.put("serverVersion", version);
		}
		client.put("activeTurns", codex.activeTurns());
		List<Map<String, Object>> servers = new ArrayList<>();
		for (ServerStatus server : codex.servers()) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("name", server.name());
			details.put("target", server.target());
			details.put("state", server.state().name());
			details.put("activeTurns", server.activeTurns());
			details.put("threads", server.threads());
			server.problem().ifPresent((problem) -> details.put("problem", problem));
			servers.add(details);
		}
		client.put("servers", servers);
		return client;
	}

}
