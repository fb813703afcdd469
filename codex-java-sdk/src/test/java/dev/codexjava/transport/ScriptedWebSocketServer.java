package dev.codexjava.transport;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * A WebSocket server on loopback TCP or a Unix socket that a test scripts byte by byte: it accepts a client, records
 * its upgrade request, answers it (101 with the right accept key, or whatever the test wants), then writes frames
 * (built with {@link #frame}) and reads the client's masked frames. The one WebSocket frame codec of the tests.
 */
final class ScriptedWebSocketServer implements AutoCloseable {

	private final ServerSocketChannel server;

	/** The socket file of a Unix-socket server, else {@code null}. */
	private final Path socket;

	private ScriptedWebSocketServer(ServerSocketChannel server, Path socket) {
		this.server = server;
		this.socket = socket;
	}

	/** A server on {@code address}, port chosen by the system. */
	static ScriptedWebSocketServer on(InetAddress address) throws IOException {
		ServerSocketChannel server = ServerSocketChannel.open();
		server.bind(new InetSocketAddress(address, 0));
		return new ScriptedWebSocketServer(server, null);
	}

	/** A server on the Unix socket {@code socket} (the app-server's control socket speaks WebSocket too). */
	static ScriptedWebSocketServer onUnixSocket(Path socket) throws IOException {
		ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
		server.bind(UnixDomainSocketAddress.of(socket));
		return new ScriptedWebSocketServer(server, socket);
	}

	static ScriptedWebSocketServer onLoopback() throws IOException {
		return on(InetAddress.getByName("127.0.0.1"));
	}

	int port() throws IOException {
		return ((InetSocketAddress) this.server.getLocalAddress()).getPort();
	}

	/** {@code ws://HOST:PORT} (or {@code unix://PATH} for a Unix socket) plus {@code path}. */
	String uri() throws IOException {
		return (this.socket != null) ? "unix://" + this.socket : uri("");
	}

	/** {@code ws://HOST:PORT} plus {@code path}, the host as a URI writes it (IPv6 in brackets). */
	String uri(String path) throws IOException {
		InetAddress address = ((InetSocketAddress) this.server.getLocalAddress()).getAddress();
		String host = (address.getAddress().length == 16) ? "[" + address.getHostAddress() + "]"
				: address.getHostAddress();
		return "ws://" + host + ":" + port() + path;
	}

	/** Accepts one client and completes its upgrade with a correct 101. */
	CompletableFuture<Peer> acceptUpgrade() {
		return accept(null);
	}

	/**
	 * Accepts one client, reads its upgrade request and answers {@code response} ({@code null}: a correct 101).
	 */
	CompletableFuture<Peer> accept(String response) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				SocketChannel ch = this.server.accept();
				ByteArrayOutputStream head = new ByteArrayOutputStream();
				ByteBuffer one = ByteBuffer.allocate(1);
				while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
					one.clear();
					if (ch.read(one) < 0) {
						throw new EOFException("the client closed during its upgrade request");
					}
					head.write(one.array()[0]);
				}
				Peer peer = new Peer(ch, head.toString(StandardCharsets.US_ASCII));
				String key = peer.header("sec-websocket-key");
				String answer = (response != null) ? response
						: "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
								+ "Sec-WebSocket-Accept: " + SocketWebSocketTransport.accept(key) + "\r\n\r\n";
				peer.write(ByteBuffer.wrap(answer.getBytes(StandardCharsets.US_ASCII)));
				return peer;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

	/** A server frame (not masked). */
	static ByteBuffer frame(boolean fin, int opcode, byte[] payload) {
		ByteBuffer b = ByteBuffer.allocate(payload.length + 10);
		b.put((byte) ((fin ? 0x80 : 0) | opcode));
		if (payload.length < 126) {
			b.put((byte) payload.length);
		}
		else if (payload.length < 65536) {
			b.put((byte) 126).putShort((short) payload.length);
		}
		else {
			b.put((byte) 127).putLong(payload.length);
		}
		return b.put(payload).flip();
	}

	static ByteBuffer text(String message) {
		return frame(true, 0x1, utf8(message));
	}

	static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	/** The frames as one buffer, for one write. */
	static ByteBuffer joined(ByteBuffer... frames) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (ByteBuffer f : frames) {
			out.write(f.array(), f.position(), f.remaining());
		}
		return ByteBuffer.wrap(out.toByteArray());
	}

	/** A frame the client sent. */
	record Frame(boolean fin, int opcode, boolean masked, byte[] payload) {

		String text() {
			return new String(this.payload, StandardCharsets.UTF_8);
		}

	}

	/** One accepted client. */
	static final class Peer {

		final SocketChannel channel;

		final String request;

		Peer(SocketChannel channel, String request) {
			this.channel = channel;
			this.request = request;
		}

		/** The value of a request header (name case-insensitive), or {@code null}. */
		String header(String name) {
			for (String line : this.request.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
					return line.substring(colon + 1).trim();
				}
			}
			return null;
		}

		/** The request line, e.g. {@code GET /path HTTP/1.1}. */
		String requestLine() {
			return this.request.substring(0, this.request.indexOf("\r\n"));
		}

		void write(ByteBuffer... buffers) throws IOException {
			for (ByteBuffer b : buffers) {
				while (b.hasRemaining()) {
					this.channel.write(b);
				}
			}
		}

		Frame readFrame() throws IOException {
			byte[] head = readBytes(2);
			long length = head[1] & 0x7f;
			if (length == 126) {
				length = ByteBuffer.wrap(readBytes(2)).getShort() & 0xffff;
			}
			else if (length == 127) {
				length = ByteBuffer.wrap(readBytes(8)).getLong();
			}
			boolean masked = (head[1] & 0x80) != 0;
			byte[] mask = masked ? readBytes(4) : null;
			byte[] payload = readBytes((int) length);
			if (masked) {
				for (int i = 0; i < payload.length; i++) {
					payload[i] ^= mask[i & 3];
				}
			}
			return new Frame((head[0] & 0x80) != 0, head[0] & 0x0f, masked, payload);
		}

		private byte[] readBytes(int n) throws IOException {
			ByteBuffer b = ByteBuffer.allocate(n);
			while (b.hasRemaining()) {
				if (this.channel.read(b) < 0) {
					throw new EOFException("the client closed the connection");
				}
			}
			return b.array();
		}

		/**
		 * Bytes sent to this client that its socket holds unread (the server side's send queue plus the client
		 * side's receive queue, from {@code /proc/net/tcp} and {@code tcp6}).
		 */
		long unreadByClient() throws IOException {
			int clientPort = ((InetSocketAddress) this.channel.getRemoteAddress()).getPort();
			String port = String.format(Locale.ROOT, ":%04X", clientPort);
			List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/net/tcp")));
			lines.addAll(Files.readAllLines(Path.of("/proc/net/tcp6")));
			long unread = 0;
			for (String line : lines) {
				String[] f = line.trim().split("\\s+");
				if (f.length < 5 || f[0].equals("sl")) {
					continue;
				}
				String[] queues = f[4].split(":");
				if (f[1].endsWith(port)) {
					unread += Long.parseLong(queues[1], 16);
				}
				else if (f[2].endsWith(port)) {
					unread += Long.parseLong(queues[0], 16);
				}
			}
			return unread;
		}

	}

}
