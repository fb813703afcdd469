package dev.codexjava.transport;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

import javax.net.ssl.SSLContext;

import org.jspecify.annotations.Nullable;

/**
 * What a remote transport connects to: the URI (named in messages and logs), the socket file of a {@code unix://}
 * target, the credentials sent on each connection and the TLS context of a {@code wss://} one. The transports take
 * this, not {@link RemoteEndpoint}, which makes one ({@code RemoteEndpoint.target()}) and only chooses the transport.
 * {@link #toString()} shows the URI, never credentials.
 * @param uri the URI connected to ({@code ws://}, {@code wss://} or {@code unix://})
 * @param socketPath the socket file of a {@code unix://} target, else {@code null}
 * @param auth the credentials, asked for an {@code Authorization} header on each connection
 * @param sslContext the TLS context of a {@code wss://} target, or {@code null} for the JDK's defaults
 */
record ConnectionTarget(URI uri, @Nullable Path socketPath, RemoteAuth auth, @Nullable SSLContext sslContext) {

	ConnectionTarget {
		Objects.requireNonNull(uri, "uri");
		Objects.requireNonNull(auth, "auth");
	}

	/** Whether this is the app-server's control socket (WebSocket over a Unix domain socket). */
	boolean unix() {
		return this.socketPath != null;
	}

	/** Whether this is a {@code wss://} target (WebSocket over TLS). */
	boolean tls() {
		return "wss".equalsIgnoreCase(this.uri.getScheme());
	}

	@Override
	public String toString() {
		return "ConnectionTarget[" + this.uri + "]";
	}

}
