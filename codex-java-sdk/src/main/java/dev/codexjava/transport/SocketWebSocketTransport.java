package dev.codexjava.transport;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jdk.net.ExtendedSocketOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.codexjava.error.CodexException;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;
import dev.codexjava.error.TransportClosedException;

/**
 * The SDK's own RFC 6455 client on a blocking {@link SocketChannel}, for plain {@code ws://HOST:PORT[/PATH]} (TCP)
 * and for the app-server's control socket {@code unix://PATH} (the JDK's {@link UnixDomainSocketAddress}; the socket
 * speaks WebSocket too, what {@code codex app-server proxy} relays byte for byte). One JSON-RPC message per text
 * frame: an HTTP/1.1 upgrade carrying the credentials of {@link RemoteAuth} (fetched or minted per connection), then
 * masked outbound text frames, reassembly of fragmented inbound messages up to the size limit, answers to pings and
 * the close handshake. A reader thread decodes frames and hands each message to the handler itself (no executor hop:
 * this is what makes it cheaper than the JDK's client, which {@code wss://} and proxied {@code ws://} still use), and
 * tells it whether another whole message is already buffered; a message in one frame goes as bytes straight from the
 * read buffer ({@link Handler#onLine(byte[], int, int, boolean)}), a fragmented one as a string
 * ({@link Handler#onLine(String, boolean)}). A writer
 * thread sends, so a server that stops reading cannot block callers.
 */
final class SocketWebSocketTransport implements Transport {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(SocketWebSocketTransport.class);

		private Logs() {
		}

	}

	private static final AtomicInteger INSTANCES = new AtomicInteger();

	private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int OP_CONTINUATION = 0x0;

	private static final int OP_TEXT = 0x1;

	private static final int OP_BINARY = 0x2;

	private static final int OP_CLOSE = 0x8;

	private static final int OP_PING = 0x9;

	private static final int OP_PONG = 0xA;

	/** The largest HTTP head of an upgrade answer read before giving up. */
	private static final int MAX_HEAD_BYTES = 16 * 1024;

	/** Frames the writer sends with one gathering write at most. */
	private static final int WRITE_BATCH = 64;

	/** Tells the writer thread to stop (compared by identity). */
	private static final ByteBuffer STOP = ByteBuffer.allocate(0);

	private final ConnectionTarget target;

	private final boolean unix;

	private final int maxMessageBytes;

	private final Duration connectTimeout;

	private final LinkedBlockingQueue<ByteBuffer> outbox = new LinkedBlockingQueue<>();

	private final AtomicLong queuedBytes = new AtomicLong();

	private final AtomicBoolean started = new AtomicBoolean();

	private final AtomicBoolean closing = new AtomicBoolean();

	private final AtomicBoolean closeReported = new AtomicBoolean();

	private final AtomicBoolean closeSent = new AtomicBoolean();

	private final CountDownLatch peerClosed = new CountDownLatch(1);

	private final int instance = INSTANCES.incrementAndGet();

	/** Bytes read and not yet decoded, between position and limit; touched by the connecting then the reader thread. */
	private final ByteBuffer in = ByteBuffer.allocate(64 * 1024).flip();

	/** Paces the reader's reads of a fast stream of frames (reader thread; see {@link #readByte}). */
	private final ReadPacer pacer = new ReadPacer(ReadPacer.SYSTEM, ReadPacer.SOCKET_PAUSE_NANOS);

	private volatile @Nullable SocketChannel channel;

	private volatile @Nullable Handler handler;

	private volatile @Nullable TransportClosedException closedReason;

	/** Whether to ask for quick ACKs after reads (TCP where supported); set before the reader starts. */
	private boolean quickAck;

	private @Nullable Thread readerThread;

	private @Nullable Thread writerThread;

	SocketWebSocketTransport(ConnectionTarget target, int maxMessageBytes, Duration connectTimeout) {
		if (maxMessageBytes < 1024) {
			throw new IllegalArgumentException("maxMessageBytes must be at least 1024, was " + maxMessageBytes);
		}
		if (target.tls()) {
			throw new IllegalArgumentException("wss:// goes through the JDK's WebSocket client (TLS)");
		}
		this.target = target;
		this.unix = target.unix();
		this.maxMessageBytes = maxMessageBytes;
		this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
	}

	static boolean canConnect(Path socket) {
		try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			ch.connect(UnixDomainSocketAddress.of(socket));
			return true;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Connects and completes the WebSocket upgrade within the connect timeout.
	 * @throws CodexStartupException naming the endpoint: {@code AUTHENTICATION_FAILED} when the server refuses the
	 * credentials (HTTP 401/403), else {@code CONNECTION_FAILED}
	 */
	@Override
	public void start(Handler handler) {
		if (!this.started.compareAndSet(false, true)) {
			throw new IllegalStateException("transport already started");
		}
		this.handler = Objects.requireNonNull(handler, "handler");
		String where = this.target.uri().toString();
		AtomicBoolean timedOut = new AtomicBoolean();
		Timer watchdog = new Timer("codex-" + kindName() + "-connect-" + this.instance, true);
		try {
			// read (or minted) per connection, before connecting: a rotated token is used on the next reconnect
			String authorization = this.target.auth().authorizationHeader(where);
			SocketChannel ch = this.unix ? SocketChannel.open(StandardProtocolFamily.UNIX) : SocketChannel.open();
			this.channel = ch;
			watchdog.schedule(new TimerTask() {
				@Override
				public void run() {
					timedOut.set(true);
					closeChannel();
				}
			}, Math.max(1, this.connectTimeout.toMillis()));
			if (this.unix) {
				ch.connect(UnixDomainSocketAddress.of(this.target.socketPath()));
			}
			else {
				ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
				this.quickAck = ch.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
				URI uri = this.target.uri();
				ch.connect(new InetSocketAddress(unbracketed(uri.getHost()), port(uri)));
			}
			handshake(ch, authorization);
		}
		catch (IOException | RuntimeException ex) {
			// a failed start is over: close() must not wait for a close handshake that cannot come
			this.closing.set(true);
			closeChannel();
			if (ex instanceof CodexStartupException startup) {
				throw startup;
			}
			throw connectFailure(where, ex, timedOut.get());
		}
		finally {
			watchdog.cancel();
		}
		Logs.log.debug("Connected to the Codex app-server at {}", where);
		this.readerThread = TransportThreads.daemon("codex-" + kindName() + "-read-" + this.instance, this::readLoop);
		this.writerThread = TransportThreads.daemon("codex-" + kindName() + "-write-" + this.instance, this::writeLoop);
		this.writerThread.start();
		this.readerThread.start();
	}

	/** How many of the reader's socket reads were paused so far (tests, diagnosis). */
	long readPauses() {
		return this.pacer.pauses();
	}

	/** How many socket reads the reader made so far (tests, diagnosis). */
	long reads() {
		return this.pacer.reads();
	}

	private String kindName() {
		return this.unix ? "unix" : "ws";
	}

	private CodexStartupException connectFailure(String where, Exception ex, boolean timedOut) {
		if (timedOut && !this.unix) {
			return new CodexStartupException(Reason.CONNECTION_FAILED, "Could not connect to the Codex app-server at "
					+ where + " within " + this.connectTimeout.toMillis() + " ms (startupTimeout)", ex);
		}
		String detail;
		if (timedOut) {
			detail = "timed out after " + this.connectTimeout.toMillis() + " ms (startupTimeout)";
		}
		else if (ex instanceof ConnectException) {
			detail = "connection refused or host unreachable";
		}
		else if (ex instanceof UnresolvedAddressException) {
			detail = "unknown host";
		}
		else {
			detail = ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
		}
		if (this.unix) {
			return new CodexStartupException(Reason.CONNECTION_FAILED, "Could not connect to the Codex app-server "
					+ "control socket " + where + " (" + detail + "). Is 'codex app-server --listen unix://"
					+ this.target.socketPath() + "' running, and may this user open the socket?", ex);
		}
		return new CodexStartupException(Reason.CONNECTION_FAILED,
				"Could not connect to the Codex app-server at " + where + " (" + detail + ")", ex);
	}

	/** {@code [::1]} as {@link URI#getHost()} gives an IPv6 literal, without the brackets. */
	private static String unbracketed(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	private static int port(URI uri) {
		return (uri.getPort() >= 0) ? uri.getPort() : 80;
	}

	/** The upgrade request: the URI's path and query, its host (with the port unless 80), the credentials. */
	String upgradeRequest(String key, @Nullable String authorization) {
		String requestTarget;
		String host;
		if (this.unix) {
			requestTarget = "/";
			host = "localhost";
		}
		else {
			URI uri = this.target.uri();
			String path = uri.getRawPath();
			requestTarget = ((path == null || path.isEmpty()) ? "/" : path)
					+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
			// getHost() keeps the brackets of an IPv6 literal, as the Host header wants them
			host = uri.getHost() + ((port(uri) != 80) ? ":" + port(uri) : "");
		}
		return "GET " + requestTarget + " HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
				+ "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
				+ ((authorization != null) ? "Authorization: " + authorization + "\r\n" : "") + "\r\n";
	}

	private void handshake(SocketChannel ch, @Nullable String authorization) throws IOException {
		String where = this.target.uri().toString();
		byte[] nonce = new byte[16];
		RANDOM.nextBytes(nonce);
		String key = Base64.getEncoder().encodeToString(nonce);
		writeFully(ch, ByteBuffer.wrap(upgradeRequest(key, authorization).getBytes(StandardCharsets.US_ASCII)));
		StringBuilder head = new StringBuilder();
		while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
			if (head.length() >= MAX_HEAD_BYTES) {
				throw new CodexStartupException(Reason.CONNECTION_FAILED, "Connecting to the Codex app-server at "
						+ where + ": the WebSocket upgrade was answered with an oversized HTTP header");
			}
			head.append((char) readByte(ch));
			if (head.length() == 5 && !head.toString().equals("HTTP/")) {
				throw notHttp(where);
			}
		}
		String[] lines = head.toString().split("\r\n");
		String[] status = lines[0].split(" ", 3);
		int code;
		try {
			code = (status.length >= 2) ? Integer.parseInt(status[1]) : -1;
		}
		catch (NumberFormatException ex) {
			code = -1;
		}
		if (code < 100 || code > 599) {
			throw notHttp(where);
		}
		if (code != 101) {
			throw WebSocketTransport.upgradeRefused(where, code);
		}
		String expected = accept(key);
		boolean accepted = false;
		for (String line : lines) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-accept")) {
				accepted = line.substring(colon + 1).trim().equals(expected);
			}
		}
		if (!accepted) {
			throw new CodexStartupException(Reason.CONNECTION_FAILED, "Connecting to the Codex app-server at " + where
					+ ": the WebSocket upgrade was answered with a wrong Sec-WebSocket-Accept");
		}
	}

	private static CodexStartupException notHttp(String where) {
		return new CodexStartupException(Reason.CONNECTION_FAILED, "Connecting to the Codex app-server at " + where
				+ ": the server did not answer the WebSocket upgrade with HTTP. Is this a codex app-server --listen "
				+ "endpoint?");
	}

	static String accept(String key) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			return Base64.getEncoder()
				.encodeToString(sha1.digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ------------------------------------------------------------------ reading

	/**
	 * Reads one byte, reading from the socket when none is buffered. Those reads are paced ({@link ReadPacer}): a fast
	 * stream of frames (the app-server writes each message on its own) is read in fewer reads, each woken once; the
	 * measured price of a read per frame was about two thirds of the reader's CPU (the wake-up from the blocking read,
	 * and the ACK each read sends back). Unlike stdio's, a paused read that finds a single message does not end the
	 * pausing: over TCP the app-server's Nagle algorithm holds its small writes until this client's read acknowledges
	 * the previous segment, so the first paused read of a fast stream finds the one segment then in flight, and a
	 * message written after one read's acknowledgement is read two reads later. Hence the shorter pause,
	 * {@link ReadPacer#SOCKET_PAUSE_NANOS}: a message waits up to about two of them, 1 ms, as long as on stdio. Once
	 * started, the pausing lasts while each paused read finds data within {@link ReadPacer#FAST_NANOS} (frames about
	 * one per millisecond or faster). A slow stream, and answers to what the client wrote, are not paused (see
	 * {@link ReadPacer}).
	 */
	private int readByte(SocketChannel ch) throws IOException {
		while (!this.in.hasRemaining()) {
			this.in.clear();
			this.pacer.beforeRead();
			int n = ch.read(this.in);
			// (a read that filled the buffer: the reader is behind, a pause would stall the server)
			this.pacer.afterRead(n > 0 && this.in.hasRemaining());
			quickAck(ch);
			this.in.flip();
			if (n < 0) {
				throw new EOFException("end of stream");
			}
		}
		return this.in.get() & 0xff;
	}

	/**
	 * Asks the kernel to acknowledge what was just read at once. Linux delays ACKs (up to 40 ms) when the reader has
	 * nothing to send back, and the app-server's next small write can wait for that ACK (Nagle's algorithm): measured
	 * on the benchmarks' trivial turn, ws:// took about 1.6x the stdio median without this and about 1.0x with it.
	 * Linux leaves quick-ACK mode on its own, so it is asked for again after every read (one system call); where the
	 * option does not exist this does nothing.
	 */
	private void quickAck(SocketChannel ch) {
		if (this.quickAck) {
			try {
				ch.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
			}
			catch (IOException | RuntimeException ex) {
				this.quickAck = false;
			}
		}
	}

	/** Reads until at least {@code count} (at most the buffer's capacity) bytes are buffered. */
	private void fill(SocketChannel ch, int count) throws IOException {
		if (this.in.remaining() >= count) {
			return;
		}
		this.in.compact();
		try {
			while (this.in.position() < count) {
				if (ch.read(this.in) < 0) {
					throw new EOFException("end of stream");
				}
				quickAck(ch);
			}
		}
		finally {
			this.in.flip();
		}
	}

	private void readFully(SocketChannel ch, byte[] target, int length) throws IOException {
		int done = 0;
		while (done < length) {
			if (!this.in.hasRemaining()) {
				readByte(ch);
				this.in.position(this.in.position() - 1);
			}
			int n = Math.min(length - done, this.in.remaining());
			this.in.get(target, done, n);
			done += n;
		}
	}

	private void skip(SocketChannel ch, long length) throws IOException {
		long left = length;
		while (left > 0) {
			if (!this.in.hasRemaining()) {
				readByte(ch);
				this.in.position(this.in.position() - 1);
			}
			int n = (int) Math.min(left, this.in.remaining());
			this.in.position(this.in.position() + n);
			left -= n;
		}
	}

	/**
	 * Whether {@code buffer} (from its position) holds a whole unfragmented, non-empty text frame of at most
	 * {@code maxBytes}: a message that will be delivered without reading from the socket.
	 */
	static boolean nextMessageAtHand(ByteBuffer buffer, int maxBytes) {
		int p = buffer.position();
		int available = buffer.remaining();
		if (available < 2) {
			return false;
		}
		int b0 = buffer.get(p) & 0xff;
		int b1 = buffer.get(p + 1) & 0xff;
		if ((b0 & 0x80) == 0 || (b0 & 0x0f) != OP_TEXT) {
			return false;
		}
		long length = b1 & 0x7f;
		int header = 2;
		if (length == 126) {
			if (available < 4) {
				return false;
			}
			length = ((buffer.get(p + 2) & 0xff) << 8) | (buffer.get(p + 3) & 0xff);
			header = 4;
		}
		else if (length == 127) {
			if (available < 10) {
				return false;
			}
			length = buffer.getLong(p + 2);
			header = 10;
		}
		if ((b1 & 0x80) != 0) {
			header += 4;
		}
		return length > 0 && length <= maxBytes && header + length <= available;
	}

	private void readLoop() {
		SocketChannel ch = this.channel;
		String reason = null;
		int messageOpcode = -1;
		long messageBytes = 0;
		ByteArrayOutputStream message = new ByteArrayOutputStream();
		try {
			while (true) {
				int b0 = readByte(ch);
				int b1 = readByte(ch);
				boolean fin = (b0 & 0x80) != 0;
				int opcode = b0 & 0x0f;
				boolean masked = (b1 & 0x80) != 0;
				long length = b1 & 0x7f;
				if (length == 126) {
					length = (readByte(ch) << 8) | readByte(ch);
				}
				else if (length == 127) {
					length = 0;
					for (int i = 0; i < 8; i++) {
						length = (length << 8) | readByte(ch);
					}
					if (length < 0) {
						throw new IOException("invalid frame length");
					}
				}
				byte[] mask = null;
				if (masked) {
					mask = new byte[4];
					readFully(ch, mask, 4);
				}
				if (opcode >= 0x8) {
					if (length > 125 || !fin) {
						throw new IOException("invalid control frame");
					}
					byte[] payload = new byte[(int) length];
					readFully(ch, payload, payload.length);
					unmask(payload, 0, payload.length, mask);
					if (opcode == OP_PING) {
						enqueue(frame(OP_PONG, payload));
					}
					else if (opcode == OP_CLOSE) {
						int code = (payload.length >= 2) ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
						this.peerClosed.countDown();
						sendClose();
						reason = this.closing.get() ? "Codex client closed"
								: "The Codex app-server at " + this.target.uri()
										+ " closed the connection (WebSocket status " + code + ")";
						break;
					}
					continue;
				}
				if (opcode == OP_TEXT && fin && length <= this.in.capacity()) {
					// the usual case, a whole message in one frame: decoded in place, no copies
					readWholeFrame(ch, (int) length, mask);
					messageOpcode = -1;
					continue;
				}
				if (opcode == OP_TEXT || opcode == OP_BINARY) {
					messageOpcode = opcode;
					messageBytes = 0;
					message.reset();
				}
				else if (opcode != OP_CONTINUATION || messageOpcode < 0) {
					throw new IOException("unexpected WebSocket opcode " + opcode);
				}
				messageBytes += length;
				if (messageBytes > this.maxMessageBytes || messageOpcode == OP_BINARY) {
					skip(ch, length);
					if (message.size() > 0) {
						message.reset();
					}
				}
				else {
					byte[] payload = new byte[(int) length];
					readFully(ch, payload, payload.length);
					unmask(payload, 0, payload.length, mask);
					message.write(payload, 0, payload.length);
				}
				if (fin) {
					if (messageOpcode == OP_BINARY) {
						Logs.log.debug("Ignored a binary WebSocket message of {} bytes from the app-server", messageBytes);
					}
					else if (messageBytes > this.maxMessageBytes) {
						Logs.log.warn("Skipped an app-server message of {} bytes (limit {} bytes)", messageBytes,
								this.maxMessageBytes);
					}
					else if (message.size() > 0) {
						deliver(message.toString(StandardCharsets.UTF_8));
					}
					if (message.size() > 1024 * 1024) {
						message = new ByteArrayOutputStream();
					}
					message.reset();
					messageOpcode = -1;
				}
			}
		}
		catch (IOException ex) {
			Logs.log.debug("WebSocket {} read ended: {}", this.target.uri(), ex.toString());
		}
		this.peerClosed.countDown();
		// a reason is set when the server sent a close frame
		reportClosed((reason != null) ? reason
				: this.closing.get() ? "Codex client closed"
						: "The connection to the Codex app-server at " + this.target.uri() + " was lost",
				reason != null);
	}

	/** Reads a whole text frame's payload ({@code length} fits the buffer) and delivers it, or skips it if too big. */
	private void readWholeFrame(SocketChannel ch, int length, byte @Nullable [] mask) throws IOException {
		fill(ch, length);
		int start = this.in.position();
		this.in.position(start + length);
		if (length > this.maxMessageBytes) {
			Logs.log.warn("Skipped an app-server message of {} bytes (limit {} bytes)", length, this.maxMessageBytes);
			return;
		}
		if (length == 0) {
			return;
		}
		byte[] array = this.in.array();
		int offset = this.in.arrayOffset() + start;
		unmask(array, offset, length, mask);
		// as bytes from the read buffer: the protocol layer reads the hot messages without a String
		boolean more = nextMessageAtHand(this.in, this.maxMessageBytes);
		if (this.closeReported.get()) {
			return;
		}
		try {
			this.handler.onLine(array, offset, length, more);
		}
		catch (RuntimeException ex) {
			Logs.log.error("Error while handling an app-server message; continuing", ex);
		}
	}

	private static void unmask(byte[] payload, int offset, int length, byte @Nullable [] mask) {
		if (mask != null) {
			for (int i = 0; i < length; i++) {
				payload[offset + i] ^= mask[i & 3];
			}
		}
	}

	private void deliver(String line) {
		deliver(line, false);
	}

	private void deliver(String line, boolean more) {
		if (this.closeReported.get()) {
			return;
		}
		try {
			this.handler.onLine(line, more);
		}
		catch (RuntimeException ex) {
			Logs.log.error("Error while handling an app-server message; continuing", ex);
		}
	}

	private void reportClosed(String reason) {
		reportClosed(reason, false);
	}

	/**
	 * Reports the close once.
	 * @param answerQueued whether the server's close frame was answered with ours, still to be written
	 */
	private void reportClosed(String reason, boolean answerQueued) {
		if (!this.closeReported.compareAndSet(false, true)) {
			return;
		}
		if (!this.closing.get()) {
			Logs.log.warn("{}", reason);
		}
		TransportClosedException ex = new TransportClosedException(reason, null, List.of());
		this.closedReason = ex;
		if (answerQueued && !this.closing.get()) {
			// the server closed: the writer sends our close frame (queued) first, then closes the socket
			this.outbox.offer(STOP);
		}
		else {
			this.outbox.clear();
			this.outbox.offer(STOP);
			if (!this.closing.get()) {
				closeChannel();
			}
		}
		try {
			this.handler.onClosed(ex);
		}
		catch (RuntimeException e) {
			Logs.log.error("Error in transport close handler", e);
		}
	}

	// ------------------------------------------------------------------ writing

	/** A client frame: FIN set, masked as RFC 6455 requires of clients. */
	static ByteBuffer frame(int opcode, byte[] payload) {
		int length = payload.length;
		int header = 2 + ((length < 126) ? 0 : (length < 65536) ? 2 : 8) + 4;
		ByteBuffer buffer = ByteBuffer.allocate(header + length);
		buffer.put((byte) (0x80 | opcode));
		if (length < 126) {
			buffer.put((byte) (0x80 | length));
		}
		else if (length < 65536) {
			buffer.put((byte) (0x80 | 126));
			buffer.putShort((short) length);
		}
		else {
			buffer.put((byte) (0x80 | 127));
			buffer.putLong(length);
		}
		byte[] mask = new byte[4];
		RANDOM.nextBytes(mask);
		buffer.put(mask);
		for (int i = 0; i < length; i++) {
			buffer.put((byte) (payload[i] ^ mask[i & 3]));
		}
		return buffer.flip();
	}

	private void enqueue(ByteBuffer frame) {
		this.queuedBytes.addAndGet(frame.remaining());
		this.outbox.add(frame);
	}

	private void sendClose() {
		if (this.closeSent.compareAndSet(false, true)) {
			enqueue(frame(OP_CLOSE, new byte[] { 0x03, (byte) 0xe8 })); // 1000: normal closure
		}
	}

	private void writeLoop() {
		SocketChannel ch = this.channel;
		List<ByteBuffer> batch = new ArrayList<>();
		try {
			boolean stop = false;
			while (!stop) {
				batch.clear();
				batch.add(this.outbox.take());
				this.outbox.drainTo(batch, WRITE_BATCH - 1);
				int stopAt = batch.indexOf(STOP);
				if (stopAt >= 0) {
					batch.subList(stopAt, batch.size()).clear();
					stop = true;
				}
				if (batch.isEmpty()) {
					continue;
				}
				long size = 0;
				for (ByteBuffer frame : batch) {
					size += frame.remaining();
				}
				ByteBuffer[] frames = batch.toArray(new ByteBuffer[0]);
				// one gathering write for what queued up meanwhile
				while (frames[frames.length - 1].hasRemaining()) {
					ch.write(frames);
				}
				// what the server sends next may answer it: that read is not held back (see ReadPacer)
				this.pacer.wrote();
				this.queuedBytes.addAndGet(-size);
			}
		}
		catch (IOException ex) {
			Logs.log.debug("WebSocket {} write failed: {}", this.target.uri(), ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.outbox.clear();
			if (this.closeReported.get() && !this.closing.get()) {
				closeChannel();
			}
		}
	}

	private static void writeFully(SocketChannel ch, ByteBuffer buffer) throws IOException {
		while (buffer.hasRemaining()) {
			ch.write(buffer);
		}
	}

	@Override
	public void send(String line) {
		if (this.channel == null || this.closing.get()) {
			throw new TransportClosedException("Codex connection is closed", null, null);
		}
		TransportClosedException reason = this.closedReason;
		if (reason != null) {
			throw reason.copy();
		}
		long waiting = this.queuedBytes.get();
		if (waiting > StdioProcessTransport.MAX_QUEUED_BYTES) {
			throw new CodexException("The Codex app-server at " + this.target.uri() + " is not reading ("
					+ waiting + " bytes waiting); it may be hung. Restart the client or close it.");
		}
		enqueue(frame(OP_TEXT, line.getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	public boolean isOpen() {
		SocketChannel ch = this.channel;
		return ch != null && ch.isOpen() && !this.closeReported.get() && !this.closing.get();
	}

	@Override
	public OptionalLong pid() {
		return OptionalLong.empty();
	}

	@Override
	public void close(Duration grace) {
		if (!this.closing.compareAndSet(false, true)) {
			return;
		}
		if (this.channel == null) {
			return;
		}
		if (!this.closeReported.get()) {
			sendClose();
			try {
				this.peerClosed.await(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.outbox.offer(STOP);
		TransportThreads.joinQuietly(this.writerThread, Duration.ofMillis(500));
		closeChannel();
		TransportThreads.joinQuietly(this.readerThread, Duration.ofSeconds(1));
		if (this.handler != null) {
			reportClosed("Codex client closed");
		}
	}

	private void closeChannel() {
		SocketChannel ch = this.channel;
		if (ch != null) {
			try {
				ch.close();
			}
			catch (IOException ex) {
				Logs.log.trace("closing the socket failed: {}", ex.toString());
			}
		}
	}

	@Override
	public String toString() {
		return "SocketWebSocketTransport[" + this.target.uri() + "]";
	}

}
