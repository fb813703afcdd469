package dev.codexjava.transport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;

import dev.codexjava.error.TransportClosedException;

/**
 * A bidirectional channel that carries one JSON-RPC message per line between the client and an app-server. The
 * transport knows nothing about JSON: the protocol layer hands it complete lines and receives complete lines.
 * Implementations: {@link StdioProcessTransport} (a child process over stdin/stdout), {@link SocketWebSocketTransport}
 * (the SDK's own WebSocket client on a blocking socket, for {@code ws://} and {@code unix://}) and
 * {@link WebSocketTransport} (the JDK's WebSocket client, for {@code wss://} and {@code ws://} through an HTTP proxy);
 * {@link RemoteEndpoint#newTransport} picks the WebSocket one.
 */
public interface Transport extends AutoCloseable {

	/**
	 * Opens the channel and starts delivering inbound lines to {@code handler}, one at a time, in order, from a single
	 * reader thread.
	 * @param handler receives inbound lines and exactly one close notification
	 */
	void start(Handler handler);

	/**
	 * Writes one message line (without the trailing newline). Thread-safe.
	 * @throws TransportClosedException if the channel is closed
	 */
	void send(String line);

	/** Whether the channel is open and the peer is alive. */
	boolean isOpen();

	/** The peer's process id, when the peer is a local process. */
	OptionalLong pid();

	/**
	 * Closes the channel gracefully: signal end of input, wait up to {@code grace} for the peer to finish, then force
	 * it. Idempotent; never throws.
	 */
	void close(Duration grace);

	@Override
	default void close() {
		close(Duration.ofSeconds(2));
	}

	/** Receives what a transport reads. Called from the transport's reader thread; must not block for long. */
	interface Handler {

		/** One inbound line (never {@code null}, without the line terminator). */
		void onLine(String line);

		/**
		 * One inbound line, telling whether the transport already holds the next one: with {@code more} set, another
		 * {@code onLine} follows without waiting for input (or the channel closes), so a handler may hold back work
		 * such as waking consumers until a line arrives with {@code more} unset. A transport that cannot tell calls
		 * {@link #onLine(String)}, which means "no more at hand".
		 */
		default void onLine(String line, boolean more) {
			onLine(line);
		}

		/**
		 * One inbound line as the UTF-8 bytes the transport read, straight from its read buffer, without building a
		 * {@code String}: {@code utf8[offset .. offset + length)}, without the line terminator, never empty. The bytes
		 * are valid only during the call (the transport reuses its buffer for the next line): a handler that needs
		 * them later copies them. {@code more} as in {@link #onLine(String, boolean)}. The bytes may be invalid UTF-8;
		 * decoding them as {@code new String(utf8, offset, length, UTF_8)} gives what {@link #onLine(String, boolean)}
		 * would have been given.
		 * <p>
		 * Transports that read bytes ({@link StdioProcessTransport}, and {@link SocketWebSocketTransport} for a message
		 * in one frame) call this method; others call {@link #onLine(String, boolean)}. The default decodes the line and
		 * calls {@link #onLine(String, boolean)}, so a handler that implements only the {@code String} methods gets
		 * every line either way.
		 * @param utf8 the buffer holding the line
		 * @param offset where the line starts in {@code utf8}
		 * @param length the line's length in bytes
		 * @param more whether the next line is already at hand
		 */
		default void onLine(byte[] utf8, int offset, int length, boolean more) {
			onLine(new String(utf8, offset, length, StandardCharsets.UTF_8), more);
		}

		/** The channel closed; called exactly once, after the last {@link #onLine}. */
		void onClosed(TransportClosedException reason);

	}

}
