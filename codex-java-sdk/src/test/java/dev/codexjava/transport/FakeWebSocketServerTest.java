package dev.codexjava.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.codexjava.error.TransportClosedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both remote transports against a scripted WebSocket server (TCP for {@code ws://}, a Unix socket for
 * {@code unix://}): a message split over three frames with a ping in between is delivered once and whole, an
 * oversized message is skipped without losing the next one, the token travels on the upgrade, and a server that
 * goes away closes the transport at once.
 */
class FakeWebSocketServerTest {

	@TempDir
	Path tmp;

	private static ByteBuffer frame(boolean fin, int opcode, byte[] payload) {
		ByteBuffer b = ByteBuffer.allocate(payload.length + 10);
		b.put((byte) ((fin ? 0x80 : 0) | opcode));
		if (payload.length < 126) {
			b.put((byte) payload.length);
		}
		else {
			b.put((byte) 126).putShort((short) payload.length);
		}
		return b.put(payload).flip();
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ws", "unix" })
	void fragmentedMessagesArriveWholeAndAClosedServerEndsTheTransport(String kind) throws Exception {
		ServerSocketChannel server;
		String uri;
		if (kind.equals("ws")) {
			server = ServerSocketChannel.open();
			server.bind(new InetSocketAddress("127.0.0.1", 0));
			uri = "ws://127.0.0.1:" + ((InetSocketAddress) server.getLocalAddress()).getPort();
		}
		else {
			Path socket = this.tmp.resolve("fake.sock");
			server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
			server.bind(UnixDomainSocketAddress.of(socket));
			uri = "unix://" + socket;
		}
		CompletableFuture<String> upgrade = new CompletableFuture<>();
		CompletableFuture<SocketChannel> accepted = new CompletableFuture<>();
		Thread serverThread = new Thread(() -> {
			try {
				SocketChannel ch = server.accept();
				ByteArrayOutputStream head = new ByteArrayOutputStream();
				ByteBuffer one = ByteBuffer.allocate(1);
				while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
					one.clear();
					if (ch.read(one) < 0) {
						throw new IOException("eof");
					}
					head.write(one.array()[0]);
				}
				String request = head.toString(StandardCharsets.US_ASCII);
				upgrade.complete(request);
				String key = request.lines()
					.filter((l) -> l.toLowerCase().startsWith("sec-websocket-key:"))
					.findFirst()
					.orElseThrow()
					.substring(18)
					.trim();
				ch.write(ByteBuffer.wrap(utf8("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
						+ "Connection: Upgrade\r\nSec-WebSocket-Accept: " + SocketWebSocketTransport.accept(key)
						+ "\r\n\r\n")));
				ch.write(frame(false, 0x1, utf8("{\"jsonrpc\":\"2.0\",")));
				ch.write(frame(true, 0x9, utf8("ping")));
				ch.write(frame(false, 0x0, utf8("\"method\":\"a\",")));
				ch.write(frame(true, 0x0, utf8("\"params\":{}}")));
				ch.write(frame(false, 0x1, utf8("x".repeat(1000))));
				ch.write(frame(true, 0x0, utf8("y".repeat(100))));
				ch.write(frame(true, 0x1, utf8("{\"method\":\"b\"}")));
				accepted.complete(ch);
			}
			catch (IOException ex) {
				upgrade.completeExceptionally(ex);
				accepted.completeExceptionally(ex);
			}
		}, "fake-ws-server");
		serverThread.setDaemon(true);
		serverThread.start();

		List<String> lines = new CopyOnWriteArrayList<>();
		CompletableFuture<TransportClosedException> closed = new CompletableFuture<>();
		RemoteEndpoint endpoint = kind.equals("ws")
				? RemoteEndpoint.builder(uri).auth(RemoteAuth.capabilityToken(() -> "tok-123")).build()
				: RemoteEndpoint.of(uri);
		Transport transport = endpoint.newTransport(1024, Duration.ofSeconds(5));
		try {
			transport.start(new Transport.Handler() {
				@Override
				public void onLine(String line) {
					lines.add(line);
				}

				@Override
				public void onClosed(TransportClosedException reason) {
					closed.complete(reason);
				}
			});
			SocketChannel ch = accepted.get(5, TimeUnit.SECONDS);
			if (kind.equals("ws")) {
				assertThat(upgrade.get()).containsIgnoringCase("authorization: Bearer tok-123");
			}
			org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> lines.size() == 2);
			assertThat(lines).containsExactly("{\"jsonrpc\":\"2.0\",\"method\":\"a\",\"params\":{}}",
					"{\"method\":\"b\"}");
			assertThat(transport.isOpen()).isTrue();

			ch.close(); // the server goes away without a close frame
			TransportClosedException reason = closed.get(5, TimeUnit.SECONDS);
			assertThat(reason.getMessage()).contains(kind.equals("ws") ? uri : "fake.sock");
			assertThat(transport.isOpen()).isFalse();
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> transport.send("{}"))
				.isInstanceOf(TransportClosedException.class);
		}
		finally {
			transport.close(Duration.ofMillis(200));
			server.close();
		}
	}

	/** Accepts one client and completes its WebSocket upgrade. */
	private static SocketChannel acceptUpgrade(ServerSocketChannel server) throws IOException {
		SocketChannel ch = server.accept();
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		ByteBuffer one = ByteBuffer.allocate(1);
		while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			one.clear();
			if (ch.read(one) < 0) {
				throw new IOException("eof");
			}
			head.write(one.array()[0]);
		}
		String key = head.toString(StandardCharsets.US_ASCII)
			.lines()
			.filter((l) -> l.toLowerCase().startsWith("sec-websocket-key:"))
			.findFirst()
			.orElseThrow()
			.substring(18)
			.trim();
		ch.write(ByteBuffer.wrap(utf8("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
				+ "Connection: Upgrade\r\nSec-WebSocket-Accept: " + SocketWebSocketTransport.accept(key) + "\r\n\r\n")));
		return ch;
	}

	/**
	 * Bytes the kernel holds for the client's connection from local port {@code clientPort}, not yet read by the
	 * client: the server side's send queue plus the client side's receive queue ({@code /proc/net/tcp}, {@code tcp6}).
	 */
	private static long unreadBytes(int clientPort) throws IOException {
		long unread = 0;
		String port = String.format(java.util.Locale.ROOT, ":%04X", clientPort);
		List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(Path.of("/proc/net/tcp")));
		lines.addAll(java.nio.file.Files.readAllLines(Path.of("/proc/net/tcp6")));
		for (String line : lines) {
			String[] f = line.trim().split("\\s+");
			if (f.length < 5 || f[0].equals("sl")) {
				continue;
			}
			String[] queues = f[4].split(":");
			if (f[1].endsWith(port)) {
				unread += Long.parseLong(queues[1], 16); // the client's receive queue
			}
			else if (f[2].endsWith(port)) {
				unread += Long.parseLong(queues[0], 16); // the server's send queue
			}
		}
		return unread;
	}

	private static ServerSocketChannel tcpServer() throws IOException {
		ServerSocketChannel server = ServerSocketChannel.open();
		server.bind(new InetSocketAddress("127.0.0.1", 0));
		return server;
	}

	private static String wsUri(ServerSocketChannel server) throws IOException {
		return "ws://127.0.0.1:" + ((InetSocketAddress) server.getLocalAddress()).getPort();
	}

	@Test
	void messagesArrivingTogetherAreSignalledAsABurstAndItsLastEndsIt() throws Exception {
		try (ServerSocketChannel server = tcpServer()) {
			CompletableFuture<SocketChannel> accepted = CompletableFuture.supplyAsync(() -> {
				try {
					return acceptUpgrade(server);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			List<String> lines = new CopyOnWriteArrayList<>();
			List<Boolean> more = new CopyOnWriteArrayList<>();
			Transport transport = RemoteEndpoint.of(wsUri(server)).newTransport(4096, Duration.ofSeconds(5));
			try {
				transport.start(new Transport.Handler() {
					@Override
					public void onLine(String line) {
						throw new AssertionError("the WebSocket transport tells whether more follow");
					}

					@Override
					public void onLine(String line, boolean hasMore) {
						lines.add(line);
						more.add(hasMore);
					}

					@Override
					public void onClosed(TransportClosedException reason) {
					}
				});
				SocketChannel ch = accepted.get(5, TimeUnit.SECONDS);
				// 50 messages in one write: they reach the client together
				ByteArrayOutputStream burst = new ByteArrayOutputStream();
				for (int i = 0; i < 50; i++) {
					ByteBuffer f = frame(true, 0x1, utf8("{\"n\":" + i + "}"));
					burst.write(f.array(), 0, f.limit());
				}
				ByteBuffer all = ByteBuffer.wrap(burst.toByteArray());
				while (all.hasRemaining()) {
					ch.write(all);
				}
				org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> lines.size() == 50);
				for (int i = 0; i < 50; i++) {
					assertThat(lines.get(i)).isEqualTo("{\"n\":" + i + "}");
				}
				// the consumer can wait for fewer wake-ups, and the last line never leaves it waiting for more
				assertThat(more).contains(true);
				assertThat(more.get(49)).isFalse();
			}
			finally {
				transport.close(Duration.ofMillis(200));
			}
		}
	}

	@Test
	void aHandlerThatDoesNotReturnStopsTheReadingInsteadOfBufferingWithoutBound() throws Exception {
		int count = 20_000;
		byte[] payload = utf8("{\"d\":\"" + "x".repeat(990) + "\"}");
		try (ServerSocketChannel server = tcpServer()) {
			CompletableFuture<SocketChannel> accepted = CompletableFuture.supplyAsync(() -> {
				try {
					return acceptUpgrade(server);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
			java.util.concurrent.atomic.AtomicInteger received = new java.util.concurrent.atomic.AtomicInteger();
			Transport transport = RemoteEndpoint.of(wsUri(server)).newTransport(4096, Duration.ofSeconds(5));
			try {
				transport.start(new Transport.Handler() {
					@Override
					public void onLine(String line) {
						if (received.incrementAndGet() == 1) {
							try {
								release.await(30, TimeUnit.SECONDS);
							}
							catch (InterruptedException ex) {
								Thread.currentThread().interrupt();
							}
						}
					}

					@Override
					public void onClosed(TransportClosedException reason) {
					}
				});
				SocketChannel ch = accepted.get(5, TimeUnit.SECONDS);
				ByteArrayOutputStream stream = new ByteArrayOutputStream();
				for (int i = 0; i < count; i++) {
					ByteBuffer f = frame(true, 0x1, payload);
					stream.write(f.array(), 0, f.limit());
				}
				ByteBuffer all = ByteBuffer.wrap(stream.toByteArray());
				ch.configureBlocking(false);
				// write for at most 3 s, or until the socket refuses more
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
				long zeroWrites = 0;
				while (all.hasRemaining() && zeroWrites < 100_000 && System.nanoTime() < deadline) {
					zeroWrites = (ch.write(all) == 0) ? zeroWrites + 1 : 0;
				}
				int clientPort = ((InetSocketAddress) ch.getRemoteAddress()).getPort();
				long consumed = all.position() - unreadBytes(clientPort);
				assertThat(received.get()).isEqualTo(1);
				// what the client took off the socket while its handler was stalled: bounded, not all that was sent
				assertThat(consumed).isLessThan(1024 * 1024);
				release.countDown();
				while (all.hasRemaining()) {
					ch.write(all);
					Thread.onSpinWait();
				}
				org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> received.get() == count);
			}
			finally {
				release.countDown();
				transport.close(Duration.ofMillis(200));
			}
		}
	}

}
