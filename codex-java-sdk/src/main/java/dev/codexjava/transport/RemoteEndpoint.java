package dev.codexjava.transport;

import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

import javax.net.ssl.SSLContext;

import org.jspecify.annotations.Nullable;

/**
 * A running app-server the SDK connects to but does not own: {@code ws://HOST:PORT} or {@code wss://HOST:PORT}
 * (the binary's {@code --listen ws://IP:PORT}, optionally behind a TLS proxy) or {@code unix://PATH} (its
 * {@code --listen unix://PATH} control socket, which speaks WebSocket over the Unix socket). Experimental, like the
 * binary's own WebSocket transport. The SDK never starts or stops such a server: closing the client closes the
 * connection, and a dropped connection is re-established by supervision. Each call to
 * {@link #newTransport(int, Duration)} makes one connection (the unit a pool of endpoints can be built from).
 * Immutable; {@link #toString()} shows no credentials.
 */
public final class RemoteEndpoint {

	/** The kind of connection. */
	public enum Kind {

		/** {@code ws://}: WebSocket over plain TCP. */
		WS,
		/** {@code wss://}: WebSocket over TLS. */
		WSS,
		/** {@code unix://PATH}: the app-server's control socket (WebSocket over a Unix domain socket). */
		UNIX

	}

	private final URI uri;

	private final Kind kind;

	private final @Nullable Path socketPath;

	private final RemoteAuth auth;

	private final @Nullable SSLContext sslContext;

	private final boolean allowCredentialsInClear;

	private final ConnectionTarget target;

	private RemoteEndpoint(Builder b) {
		this.uri = b.uri;
		this.kind = b.kind;
		this.socketPath = b.socketPath;
		this.auth = b.auth;
		this.sslContext = b.sslContext;
		this.allowCredentialsInClear = b.allowCredentialsInClear;
		this.target = new ConnectionTarget(this.uri, this.socketPath, this.auth, this.sslContext);
	}

	/** An endpoint without credentials: {@code ws://127.0.0.1:4500}, {@code unix:///run/codex.sock}. */
	public static RemoteEndpoint of(String uri) {
		return builder(uri).build();
	}

	/**
	 * A builder for {@code uri}: {@code ws://HOST[:PORT][/PATH]}, {@code wss://HOST[:PORT][/PATH]} or
	 * {@code unix://PATH}.
	 * @throws IllegalArgumentException if the URI is malformed, has another scheme, or carries user info or a query
	 */
	public static Builder builder(String uri) {
		return new Builder(uri);
	}

	/** The URI connected to. */
	public URI uri() {
		return this.uri;
	}

	/** The kind of connection. */
	public Kind kind() {
		return this.kind;
	}

	/** The socket file of a {@code unix://} endpoint, else {@code null}. */
	public @Nullable Path socketPath() {
		return this.socketPath;
	}

	/** The credentials sent on every connection. */
	public RemoteAuth auth() {
		return this.auth;
	}

	/** The TLS context for {@code wss://}, or {@code null} for the JDK's defaults. */
	public @Nullable SSLContext sslContext() {
		return this.sslContext;
	}

	/** What the transports connect to: this endpoint's URI, socket file, credentials and TLS context. */
	ConnectionTarget target() {
		return this.target;
	}

	/**
	 * Opens one new connection (not yet connected: {@link Transport#start} connects, within {@code connectTimeout}).
	 * {@code ws://} and {@code unix://} use the SDK's own WebSocket client on a blocking socket; {@code wss://} uses
	 * the JDK's {@link java.net.http.WebSocket} (TLS, {@link #sslContext()}), and so does {@code ws://} when the JVM's
	 * default {@link ProxySelector} names an HTTP proxy for it (the JDK's client tunnels through it).
	 * @param maxMessageBytes the largest inbound message; longer ones are skipped and logged, as on stdio
	 */
	public Transport newTransport(int maxMessageBytes, Duration connectTimeout) {
		Objects.requireNonNull(connectTimeout, "connectTimeout");
		if (this.kind == Kind.WSS || (this.kind == Kind.WS && isProxied())) {
			// TLS, and HTTP proxies (CONNECT tunnels), stay with the JDK's client
			return new WebSocketTransport(this.target, maxMessageBytes, connectTimeout);
		}
		return new SocketWebSocketTransport(this.target, maxMessageBytes, connectTimeout);
	}

	/**
	 * Whether the JVM's default {@link ProxySelector} sends this endpoint through an HTTP proxy, decided as the JDK's
	 * WebSocket client decides it: the first proxy selected for the endpoint's {@code http://} ({@code https://}) URI,
	 * if it is an HTTP proxy (the JDK's client connects directly for a SOCKS or DIRECT first choice).
	 */
	boolean isProxied() {
		ProxySelector selector = ProxySelector.getDefault();
		if (selector == null || this.kind == Kind.UNIX) {
			return false;
		}
		try {
			String text = this.uri.toString();
			URI http = new URI(((this.kind == Kind.WSS) ? "https" : "http") + text.substring(text.indexOf(':')));
			List<Proxy> proxies = selector.select(http);
			return proxies != null && !proxies.isEmpty() && proxies.get(0).type() == Proxy.Type.HTTP;
		}
		catch (URISyntaxException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Asks the server's {@code GET /readyz} whether it accepts work (WebSocket endpoints; no credentials are sent).
	 * For a Unix socket: whether a connection to it can be opened. Never throws.
	 */
	public boolean isReady(Duration timeout) {
		OptionalInt status = readyzStatus(timeout);
		return status.isPresent() && status.getAsInt() == 200;
	}

	/**
	 * The HTTP status of the server's {@code GET /readyz} (200: ready, 503: up but not ready; a proxy in front that
	 * does not route {@code /readyz} may answer anything else), or empty when nothing answered within
	 * {@code timeout}. For a Unix socket: 200 when a connection to it can be opened, else empty. Never throws.
	 */
	public OptionalInt readyzStatus(Duration timeout) {
		if (this.kind == Kind.UNIX) {
			return SocketWebSocketTransport.canConnect(this.socketPath) ? OptionalInt.of(200) : OptionalInt.empty();
		}
		HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout);
		if (this.sslContext != null) {
			builder.sslContext(this.sslContext);
		}
		HttpClient client = builder.build();
		try {
			URI readyz = new URI((this.kind == Kind.WSS) ? "https" : "http", null, this.uri.getHost(),
					this.uri.getPort(), "/readyz", null, null);
			HttpResponse<Void> response = client.send(HttpRequest.newBuilder(readyz).timeout(timeout).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return OptionalInt.of(response.statusCode());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return OptionalInt.empty();
		}
		catch (Exception ex) {
			return OptionalInt.empty();
		}
	}

	/** Whether this endpoint is on this machine (a Unix socket, {@code localhost} or a loopback address). */
	public boolean isLoopback() {
		return this.kind == Kind.UNIX || isLoopbackHost(this.uri.getHost());
	}

	static boolean isLoopbackHost(@Nullable String host) {
		if (host == null) {
			return false;
		}
		String h = host.toLowerCase(Locale.ROOT);
		if (h.equals("localhost") || h.endsWith(".localhost")) {
			return true;
		}
		if (h.startsWith("[") && h.endsWith("]")) {
			h = h.substring(1, h.length() - 1);
		}
		boolean literal = h.matches("[0-9.]+") || h.contains(":");
		if (!literal) {
			return false; // a name could resolve anywhere: not trusted as loopback
		}
		try {
			return InetAddress.getByName(h).isLoopbackAddress(); // a literal: no lookup
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/**
	 * An endpoint text as error messages may show it: without what a user may have put in the URI by mistake (user
	 * info, query and fragment, each replaced by {@code ***}).
	 */
	static String redacted(String text) {
		String out = text;
		int tail = indexOfAny(out, '?', '#');
		if (tail >= 0) {
			out = out.substring(0, tail + 1) + "***";
		}
		int scheme = out.indexOf("://");
		int start = (scheme >= 0) ? scheme + 3 : 0;
		int end = out.indexOf('/', start);
		int at = out.lastIndexOf('@', (end >= 0) ? end : out.length());
		if (at >= start) {
			out = out.substring(0, start) + "***" + out.substring(at);
		}
		return out;
	}

	private static int indexOfAny(String text, char a, char b) {
		int i = text.indexOf(a);
		int j = text.indexOf(b);
		return (i < 0) ? j : (j < 0) ? i : Math.min(i, j);
	}

	@Override
	public String toString() {
		return "RemoteEndpoint[" + this.uri + ", " + this.auth + ((this.sslContext != null) ? ", custom SSLContext" : "")
				+ (this.allowCredentialsInClear ? ", credentials in clear allowed" : "") + "]";
	}

	/** Builds {@link RemoteEndpoint}. */
	public static final class Builder {

		private final URI uri;

		private final Kind kind;

		private final @Nullable Path socketPath;

		private RemoteAuth auth = RemoteAuth.none();

		private @Nullable SSLContext sslContext;

		private boolean allowCredentialsInClear;

		private Builder(String text) {
			Objects.requireNonNull(text, "uri");
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.startsWith("unix://")) {
				String path = text.substring("unix://".length());
				if (path.isEmpty()) {
					throw new IllegalArgumentException(
							"unix:// needs the socket path, e.g. unix:///run/codex/app-server.sock");
				}
				this.kind = Kind.UNIX;
				this.socketPath = Path.of(path);
				this.uri = URI.create("unix://" + this.socketPath.toString().replace(" ", "%20"));
				return;
			}
			URI parsed;
			try {
				parsed = new URI(text);
			}
			catch (URISyntaxException ex) {
				// the exception's message quotes the input, which may hold credentials
				throw new IllegalArgumentException("not a valid endpoint URI '" + redacted(text) + "': "
						+ ex.getReason() + " at index " + ex.getIndex());
			}
			String scheme = (parsed.getScheme() != null) ? parsed.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!scheme.equals("ws") && !scheme.equals("wss")) {
				throw new IllegalArgumentException("unsupported endpoint '" + redacted(text)
						+ "': use ws://HOST:PORT, wss://HOST:PORT or unix://PATH");
			}
			if (parsed.getRawUserInfo() != null || parsed.getRawQuery() != null || parsed.getRawFragment() != null) {
				// credentials in a URI end up in logs: they go through RemoteAuth instead
				throw new IllegalArgumentException("the endpoint URI must not carry user info, a query or a fragment; "
						+ "pass credentials with RemoteAuth");
			}
			if (parsed.getHost() == null) {
				throw new IllegalArgumentException("endpoint '" + redacted(text) + "' has no host");
			}
			this.kind = scheme.equals("ws") ? Kind.WS : Kind.WSS;
			this.socketPath = null;
			this.uri = parsed;
		}

		/** The credentials to send (default none). */
		public Builder auth(RemoteAuth auth) {
			this.auth = Objects.requireNonNull(auth, "auth");
			return this;
		}

		/** The TLS context for {@code wss://} (default: the JDK's, with its trust store and hostname checks). */
		public Builder sslContext(@Nullable SSLContext sslContext) {
			this.sslContext = sslContext;
			return this;
		}

		/**
		 * Allows sending a token over plain {@code ws://} to a host that is not loopback, where anyone on the path can
		 * read and replay it. Off by default: use {@code wss://} (e.g. a TLS proxy) or an SSH tunnel to loopback.
		 */
		public Builder allowCredentialsInClear(boolean allow) {
			this.allowCredentialsInClear = allow;
			return this;
		}

		/**
		 * The endpoint.
		 * @throws IllegalArgumentException for a token over plain {@code ws://} to a non-loopback host (unless
		 * allowed), credentials on a Unix socket, or a TLS context on a non-TLS endpoint
		 */
		public RemoteEndpoint build() {
			if (this.kind == Kind.UNIX && this.auth.sendsCredentials()) {
				throw new IllegalArgumentException("unix:// endpoints take no credentials: the app-server's control "
						+ "socket has no authentication; its file permissions decide who may connect");
			}
			if (this.kind != Kind.WSS && this.sslContext != null) {
				throw new IllegalArgumentException("an SSLContext applies to wss:// endpoints only");
			}
			if (this.kind == Kind.WS && this.auth.sendsCredentials() && !isLoopbackHost(this.uri.getHost())
					&& !this.allowCredentialsInClear) {
				throw new IllegalArgumentException("Refusing to send a token in clear over " + this.uri
						+ ": the host is not loopback. Use wss:// (a TLS-terminating proxy) or an SSH tunnel to "
						+ "127.0.0.1, or opt in with allowCredentialsInClear(true)");
			}
			return new RemoteEndpoint(this);
		}

	}

}
