package dev.codexjava.client;

import java.util.Objects;
import java.util.Optional;

/**
 * One app-server of a client as {@link Codex#servers()} sees it.
 * @param name the server's name ({@code "default"} for a client of one server)
 * @param target {@code "local"} for a child process, else the endpoint URI (never with credentials)
 * @param state whether it is up
 * @param activeTurns turns running on it through this client
 * @param threads threads this client has pinned to it (always 0 for a client of one server, which pins nothing)
 * @param problem why it is not up (a short reason, never a secret), or empty
 */
public record ServerStatus(String name, String target, ServerState state, int activeTurns, int threads,
		Optional<String> problem) {

	/** Checks the components. */
	public ServerStatus {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(problem, "problem");
	}

}
