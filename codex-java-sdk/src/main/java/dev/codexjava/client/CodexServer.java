package dev.codexjava.client;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.codexjava.transport.RemoteEndpoint;

/**
 * One app-server of a pool ({@link CodexConfig.Builder#servers(java.util.List)}): a local child process started
 * with the configuration's binary, {@code CODEX_HOME}, environment, launch command and {@code --config} overrides,
 * or a running remote app-server. Immutable. The name is a low-cardinality identifier ({@code [A-Za-z0-9._-]}, 1 to
 * 40 characters) used in {@link ServerStatus}, logs and metric tags; it must be unique within a configuration.
 */
public final class CodexServer {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,40}");

	private final String name;

	private final RemoteEndpoint endpoint;

	private CodexServer(String name, RemoteEndpoint endpoint) {
		this.name = requireName(name);
		this.endpoint = endpoint;
	}

	/** A local child process of its own, named {@code name}. */
	public static CodexServer local(String name) {
		return new CodexServer(name, null);
	}

	/** A running app-server at {@code endpoint}, named {@code name}. */
	public static CodexServer remote(String name, RemoteEndpoint endpoint) {
		return new CodexServer(name, Objects.requireNonNull(endpoint, "endpoint"));
	}

	/** The server's name. */
	public String name() {
		return this.name;
	}

	/** The remote endpoint, or empty for a local child process. */
	public Optional<RemoteEndpoint> endpoint() {
		return Optional.ofNullable(this.endpoint);
	}

	/** {@code "local"}, or the endpoint's URI (which never holds credentials). */
	String target() {
		return (this.endpoint != null) ? this.endpoint.uri().toString() : "local";
	}

	static String requireName(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Invalid server name '" + name
					+ "': use 1 to 40 of the characters A-Z a-z 0-9 . _ - (it is a metric tag)");
		}
		return name;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof CodexServer server) && this.name.equals(server.name)
				&& Objects.equals(this.endpoint, server.endpoint);
	}

	@Override
	public int hashCode() {
		return this.name.hashCode();
	}

	@Override
	public String toString() {
		return "CodexServer[" + this.name + ", " + target() + "]";
	}

}
