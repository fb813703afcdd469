package dev.codexjava.spring.autoconfigure;

import dev.codexjava.client.CodexListener;

/**
 * A {@link CodexListener} bean that records per app-server (for example a metric tag {@code codex.server}). The
 * auto-configured client asks it for one listener per server: for a pool each server's listener receives only that
 * server's events ({@link dev.codexjava.client.CodexConfig.Builder#serverListeners}); a client of one server uses
 * {@code forServer("default")}. The bean itself is not registered as a listener.
 */
public interface CodexServerAwareListener extends CodexListener {

	/**
	 * The listener for the events of the server named {@code serverName}.
	 * @param serverName a low-cardinality name: {@code default}, {@code local-N} or a {@code codex.servers[i].name}
	 */
	CodexListener forServer(String serverName);

}
