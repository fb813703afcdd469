package dev.codexjava.transport;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.codexjava.error.CodexException;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;
import dev.codexjava.error.TransportClosedException;

/**
 * A connection to the app-server's control socket ({@code codex app-server --listen unix://PATH}) through the JDK's
 * {@link UnixDomainSocketAddress}. The socket speaks WebSocket (RFC 6455: an HTTP/1.1 upgrade, then frames; what
 * {@code codex app-server proxy} relays byte for byte), one JSON-RPC message per text frame, without
 * authentication. The JDK's WebSocket client cannot use a Unix socket, so this class does the client side of the
 * protocol itself: masked outbound text frames, reassembly of fragmented inbound messages up to the size limit,
 * answers to pings, and the close handshake. A reader thread delivers messages; a writer thread sends, so a server
 * that stops reading cannot block callers.
 */
final class UnixSocketTransport implements Transport {

	private static final Logger log = LoggerFactory.getLogger(UnixSocketTransport.class);

	private static final AtomicInteger INSTANCES = new AtomicInteger();

	private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int OP_CONTINUATION = 0x0;

	private static final int OP_TEXT = 0x1;

	private static final int OP_BINARY = 0x2;

	private static final int OP_CLOSE = 0x8;

	private static final int OP_PING = 0x9;

	private static final int OP_PONG = 0xA;

	/** Tells the writer thread to stop (compared by identity). */
	private static final ByteBuffer STOP = ByteBuffer.allocate(0);

	private final RemoteEndpoint endpoint;

	private final int maxMessageBytes;

	private final Duration connectTimeout;

	private final MessageAssembler assembler;

	private final LinkedBlockingQueue<ByteBuffer> outbox = new LinkedBlockingQueue<>();

	private final AtomicLong queuedBytes = new AtomicLong();

	private final AtomicBoolean started = new AtomicBoolean();

	private final AtomicBoolean closing = new AtomicBoolean();

	private final AtomicBoolean closeReported = new AtomicBoolean();

	private final AtomicBoolean closeSent = new AtomicBoolean();

	private final CountDownLatch peerClosed = new CountDownLatch(1);

	private final int instance = INSTANCES.incrementAndGet();

	private final ByteBuffer in = ByteBuffer.allocate(64 * 1024).flip();

	private volatile SocketChannel channel;

	private volatile Handler handler;

	private volatile TransportClosedException closedReason;

	private Thread readerThread;

	private Thread writerThread;

	UnixSocketTransport(RemoteEndpoint endpoint, int maxMessageBytes, Duration connectTimeout) {
		if (maxMessageBytes < 1024) {
			throw new IllegalArgumentException("maxMessageBytes must be at least 1024, was " + maxMessageBytes);
		}
		this.endpoint = endpoint;
		this.maxMessageBytes = maxMessageBytes;
		this.connectTimeout = connectTimeout;
		this.assembler = new MessageAssembler(maxMessageBytes);
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
	 * @throws CodexStartupException ({@code CONNECTION_FAILED}) naming the socket
	 */
	@Override
	public void start(Handler handler) {
		if (!this.started.compareAndSet(false, true)) {
			throw new IllegalStateException("transport already started");
		}
		this.handler = java.util.Objects.requireNonNull(handler, "handler");
		Path path = this.endpoint.socketPath();
		AtomicBoolean timedOut = new AtomicBoolean();
		Timer watchdog = new Timer("codex-unix-connect-" + this.instance, true);
		try {
			SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
			this.channel = ch;
			watchdog.schedule(new TimerTask() {
				@Override
				public void run() {
					timedOut.set(true);
					closeChannel();
				}
			}, Math.max(1, this.connectTimeout.toMillis()));
			ch.connect(UnixDomainSocketAddress.of(path));
			handshake(ch);
		}
		catch (IOException | RuntimeException ex) {
			closeChannel();
			if (ex instanceof CodexStartupException startup) {
				throw startup;
			}
			String detail = timedOut.get() ? "timed out after " + this.connectTimeout.toMillis() + " ms (startupTimeout)"
					: ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
			throw new CodexStartupException(Reason.CONNECTION_FAILED, "Could not connect to the Codex app-server "
					+ "control socket " + this.endpoint.uri() + " (" + detail + "). Is 'codex app-server --listen "
					+ "unix://" + path + "' running, and may this user open the socket?", ex);
		}
		finally {
			watchdog.cancel();
		}
		log.debug("Connected to the Codex app-server at {}", this.endpoint.uri());
		this.readerThread = daemon("codex-unix-read-" + this.instance, this::readLoop);
		this.writerThread = daemon("codex-unix-write-" + this.instance, this::writeLoop);
		this.writerThread.start();
		this.readerThread.start();
	}

	private static Thread daemon(String name, Runnable body) {
		Thread thread = new Thread(body, name);
		thread.setDaemon(true);
		return thread;
	}

	private void handshake(SocketChannel ch) throws IOException {
		byte[] nonce = new byte[16];
		RANDOM.nextBytes(nonce);
		String key = Base64.getEncoder().encodeToString(nonce);
		String request = "GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
				+ "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
		writeFully(ch, ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
		StringBuilder head = new StringBuilder();
		while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
			if (head.length() > 16 * 1024) {
				throw new CodexStartupException(Reason.CONNECTION_FAILED,
						"The control socket " + this.endpoint.uri() + " answered with an oversized HTTP header");
			}
			head.append((char) (readByte(ch) & 0xff));
		}
		String[] lines = head.toString().split("\r\n");
		String status = lines[0];
		if (!status.startsWith("HTTP/1.1 101")) {
			throw new CodexStartupException(Reason.CONNECTION_FAILED, "The control socket " + this.endpoint.uri()
					+ " refused the WebSocket upgrade: " + status);
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
			throw new CodexStartupException(Reason.CONNECTION_FAILED, "The control socket " + this.endpoint.uri()
					+ " answered the WebSocket upgrade with a wrong Sec-WebSocket-Accept");
		}
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

	private int readByte(SocketChannel ch) throws IOException {
		while (!this.in.hasRemaining()) {
			this.in.clear();
			int n = ch.read(this.in);
			this.in.flip();
			if (n < 0) {
				throw new EOFException("end of stream");
			}
		}
		return this.in.get() & 0xff;
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

	private void readLoop() {
		SocketChannel ch = this.channel;
		String reason = null;
		int messageOpcode = -1;
		long messageBytes = 0;
		java.io.ByteArrayOutputStream message = new java.io.ByteArrayOutputStream();
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
					unmask(payload, mask);
					if (opcode == OP_PING) {
						enqueue(frame(OP_PONG, payload));
					}
					else if (opcode == OP_CLOSE) {
						int code = (payload.length >= 2) ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
						this.peerClosed.countDown();
						sendClose();
						reason = this.closing.get() ? "Codex client closed"
								: "The Codex app-server at " + this.endpoint.uri()
										+ " closed the connection (WebSocket status " + code + ")";
						break;
					}
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
					unmask(payload, mask);
					message.write(payload, 0, payload.length);
				}
				if (fin) {
					if (messageOpcode == OP_BINARY) {
						log.debug("Ignored a binary WebSocket message of {} bytes from the app-server", messageBytes);
					}
					else if (messageBytes > this.maxMessageBytes) {
						log.warn("Skipped an app-server message of {} bytes (limit {} bytes)", messageBytes,
								this.maxMessageBytes);
					}
					else if (message.size() > 0 && !this.closeReported.get()) {
						deliver(message.toString(StandardCharsets.UTF_8));
					}
					if (message.size() > 1024 * 1024) {
						message = new java.io.ByteArrayOutputStream();
					}
					message.reset();
					messageOpcode = -1;
				}
			}
		}
		catch (IOException ex) {
			log.debug("Control socket {} read ended: {}", this.endpoint.uri(), ex.toString());
		}
		this.peerClosed.countDown();
		reportClosed((reason != null) ? reason
				: this.closing.get() ? "Codex client closed"
						: "The connection to the Codex app-server at " + this.endpoint.uri() + " was lost");
	}

	private static void unmask(byte[] payload, byte[] mask) {
		if (mask != null) {
			for (int i = 0; i < payload.length; i++) {
				payload[i] ^= mask[i & 3];
			}
		}
	}

	private void deliver(String line) {
		try {
			this.handler.onLine(line);
		}
		catch (RuntimeException ex) {
			log.error("Error while handling an app-server message; continuing", ex);
		}
	}

	private void reportClosed(String reason) {
		if (!this.closeReported.compareAndSet(false, true)) {
			return;
		}
		if (!this.closing.get()) {
			log.warn("{}", reason);
		}
		TransportClosedException ex = new TransportClosedException(reason, null, List.of());
		this.closedReason = ex;
		this.outbox.clear();
		this.outbox.offer(STOP);
		if (!this.closing.get()) {
			closeChannel();
		}
		try {
			this.handler.onClosed(ex);
		}
		catch (RuntimeException e) {
			log.error("Error in transport close handler", e);
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
		try {
			while (true) {
				ByteBuffer frame = this.outbox.take();
				if (frame == STOP) {
					break;
				}
				int size = frame.remaining();
				writeFully(ch, frame);
				this.queuedBytes.addAndGet(-size);
			}
		}
		catch (IOException ex) {
			log.debug("Control socket {} write failed: {}", this.endpoint.uri(), ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.outbox.clear();
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
		if (waiting > WebSocketTransport.MAX_QUEUED_BYTES) {
			throw new CodexException("The Codex app-server at " + this.endpoint.uri() + " is not reading ("
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
		joinQuietly(this.writerThread, Duration.ofMillis(500));
		closeChannel();
		joinQuietly(this.readerThread, Duration.ofSeconds(1));
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
				log.trace("closing the control socket failed: {}", ex.toString());
			}
		}
	}

	private static void joinQuietly(Thread thread, Duration timeout) {
		if (thread == null || thread == Thread.currentThread()) {
			return;
		}
		try {
			thread.join(Math.max(1, timeout.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String toString() {
		return "UnixSocketTransport[" + this.endpoint.uri() + "]";
	}

}
