package dev.codexjava.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.transport.ScriptedWebSocketServer.Frame;
import dev.codexjava.transport.ScriptedWebSocketServer.Peer;

import static dev.codexjava.transport.ScriptedWebSocketServer.frame;
import static dev.codexjava.transport.ScriptedWebSocketServer.joined;
import static dev.codexjava.transport.ScriptedWebSocketServer.text;
import static dev.codexjava.transport.ScriptedWebSocketServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SDK's own WebSocket client over TCP ({@code ws://}) against a scripted server: what goes on the upgrade request,
 * how refusals are reported, frames in and out, the close handshake, and the "more at hand" hint.
 */
class SocketWebSocketTransportTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@TempDir
	Path tmp;

	/** Records what the transport hands over. */
	private static class Recorder implements Transport.Handler {

		final List<String> lines = new CopyOnWriteArrayList<>();

		final List<Boolean> more = new CopyOnWriteArrayList<>();

		final CompletableFuture<TransportClosedException> closed = new CompletableFuture<>();

		@Override
		public void onLine(String line) {
			throw new AssertionError("the transport tells whether more follow");
		}

		@Override
		public void onLine(String line, boolean hasMore) {
			this.lines.add(line);
			this.more.add(hasMore);
		}

		@Override
		public void onClosed(TransportClosedException reason) {
			this.closed.complete(reason);
		}

	}

	private static Transport connect(String uri, RemoteAuth auth, int maxMessageBytes, Transport.Handler handler) {
		Transport transport = RemoteEndpoint.builder(uri).auth(auth).build().newTransport(maxMessageBytes, TIMEOUT);
		transport.start(handler);
		return transport;
	}

	@Test
	void plainWsIsServedByTheSdksOwnClientAndWssByTheJdks() {
		assertThat(RemoteEndpoint.of("ws://127.0.0.1:4500").newTransport(4096, TIMEOUT))
			.isInstanceOf(SocketWebSocketTransport.class);
		assertThat(RemoteEndpoint.of("unix:///run/codex.sock").newTransport(4096, TIMEOUT))
			.isInstanceOf(SocketWebSocketTransport.class);
		assertThat(RemoteEndpoint.of("wss://127.0.0.1:4500").newTransport(4096, TIMEOUT))
			.isInstanceOf(WebSocketTransport.class);
	}

	@Test
	void theUpgradeCarriesHostPathAndAFreshlyReadToken() throws Exception {
		Path tokenFile = this.tmp.resolve("token");
		Files.writeString(tokenFile, "first-token\n");
		RemoteAuth auth = RemoteAuth.capabilityTokenFile(tokenFile);
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			String uri = server.uri("/codex/ws");
			CompletableFuture<Peer> first = server.acceptUpgrade();
			Transport transport = connect(uri, auth, 4096, new Recorder());
			Peer peer = first.get(10, TimeUnit.SECONDS);
			transport.close(Duration.ofMillis(100));
			assertThat(peer.requestLine()).isEqualTo("GET /codex/ws HTTP/1.1");
			assertThat(peer.header("Host")).isEqualTo("127.0.0.1:" + server.port());
			assertThat(peer.header("Authorization")).isEqualTo("Bearer first-token");
			assertThat(peer.header("Upgrade")).isEqualToIgnoringCase("websocket");
			assertThat(peer.header("Sec-WebSocket-Version")).isEqualTo("13");

			// the file is read per connection: a rotated token is used by the next one
			Files.writeString(tokenFile, "second-token");
			CompletableFuture<Peer> second = server.acceptUpgrade();
			Transport again = connect(server.uri(""), auth, 4096, new Recorder());
			Peer peer2 = second.get(10, TimeUnit.SECONDS);
			again.close(Duration.ofMillis(100));
			assertThat(peer2.requestLine()).isEqualTo("GET / HTTP/1.1");
			assertThat(peer2.header("Authorization")).isEqualTo("Bearer second-token");
		}
	}

	@Test
	void anIpv6LiteralIsReachedWithBracketsInTheHostHeader() throws Exception {
		ScriptedWebSocketServer server;
		try {
			server = ScriptedWebSocketServer.on(InetAddress.getByName("::1"));
		}
		catch (IOException | UnsupportedOperationException ex) {
			Assumptions.abort("::1 is not bindable here: " + ex);
			return;
		}
		try (server) {
			CompletableFuture<Peer> accepted = server.acceptUpgrade();
			Recorder recorder = new Recorder();
			Transport transport = connect("ws://[::1]:" + server.port(), RemoteAuth.none(), 4096, recorder);
			try {
				Peer peer = accepted.get(10, TimeUnit.SECONDS);
				assertThat(peer.header("Host")).isEqualTo("[::1]:" + server.port());
				peer.write(text("{\"over\":\"ipv6\"}"));
				Awaitility.await().atMost(TIMEOUT).until(() -> recorder.lines.size() == 1);
				assertThat(recorder.lines).containsExactly("{\"over\":\"ipv6\"}");
			}
			finally {
				transport.close(Duration.ofMillis(100));
			}
		}
	}

	@Test
	void unauthorizedIsAuthenticationFailedNamingTheEndpointNotTheToken() throws Exception {
		for (String status : List.of("401 Unauthorized", "403 Forbidden")) {
			try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
				String uri = server.uri("");
				server.accept("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\n\r\n");
				Transport transport = RemoteEndpoint.builder(uri)
					.auth(RemoteAuth.capabilityToken(() -> "s3cret-token"))
					.build()
					.newTransport(4096, TIMEOUT);
				assertThatThrownBy(() -> transport.start(new Recorder()))
					.isInstanceOfSatisfying(CodexStartupException.class, (ex) -> assertThat(ex.reason())
						.isEqualTo(CodexStartupException.Reason.AUTHENTICATION_FAILED))
					.hasMessageContaining(uri)
					.hasMessageContaining("authentication failed")
					.hasMessageNotContaining("s3cret-token");
				assertThat(transport.toString()).doesNotContain("s3cret-token");
				// a start that failed is over: closing does not wait for a close handshake
				long start = System.nanoTime();
				transport.close(Duration.ofSeconds(30));
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
				assertThat(transport.isOpen()).isFalse();
			}
		}
	}

	@Test
	void anotherStatusOrAnAnswerThatIsNotHttpIsConnectionFailed() throws Exception {
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			String uri = server.uri("/nope");
			server.accept("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
			assertThatThrownBy(() -> connect(uri, RemoteAuth.none(), 4096, new Recorder()))
				.isInstanceOfSatisfying(CodexStartupException.class, (ex) -> assertThat(ex.reason())
					.isEqualTo(CodexStartupException.Reason.CONNECTION_FAILED))
				.hasMessageContaining(uri)
				.hasMessageContaining("HTTP 404");
		}
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			String uri = server.uri("");
			// e.g. an SSH server on that port: it talks first and keeps the connection open
			CompletableFuture<Peer> accepted = server.accept("SSH-2.0-OpenSSH_9.2\r\n");
			long start = System.nanoTime();
			assertThatThrownBy(() -> connect(uri, RemoteAuth.none(), 4096, new Recorder()))
				.isInstanceOfSatisfying(CodexStartupException.class, (ex) -> assertThat(ex.reason())
					.isEqualTo(CodexStartupException.Reason.CONNECTION_FAILED))
				.hasMessageContaining(uri)
				.hasMessageContaining("did not answer the WebSocket upgrade with HTTP");
			// told at once, not after the connect timeout
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
			accepted.get(10, TimeUnit.SECONDS).channel.close();
		}
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			String uri = server.uri("");
			server.accept("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
					+ "Sec-WebSocket-Accept: bm90IHRoZSByaWdodCBrZXk=\r\n\r\n");
			assertThatThrownBy(() -> connect(uri, RemoteAuth.none(), 4096, new Recorder()))
				.isInstanceOfSatisfying(CodexStartupException.class, (ex) -> assertThat(ex.reason())
					.isEqualTo(CodexStartupException.Reason.CONNECTION_FAILED))
				.hasMessageContaining("Sec-WebSocket-Accept");
		}
	}

	@Test
	void nothingListeningIsConnectionFailedNamingTheEndpoint() throws Exception {
		int port;
		try (ServerSocketChannel probe = ServerSocketChannel.open()) {
			probe.bind(new InetSocketAddress("127.0.0.1", 0));
			port = ((InetSocketAddress) probe.getLocalAddress()).getPort();
		}
		String uri = "ws://127.0.0.1:" + port;
		Transport transport = RemoteEndpoint.of(uri).newTransport(4096, TIMEOUT);
		assertThatThrownBy(() -> transport.start(new Recorder()))
			.isInstanceOfSatisfying(CodexStartupException.class, (ex) -> assertThat(ex.reason())
				.isEqualTo(CodexStartupException.Reason.CONNECTION_FAILED))
			.hasMessageContaining(uri)
			.hasMessageContaining("connection refused");
		assertThatThrownBy(() -> transport.send("{}")).isInstanceOf(TransportClosedException.class);
	}

	@Test
	void aServerThatNeverAnswersTheUpgradeFailsWithinTheConnectTimeout() throws Exception {
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			String uri = server.uri("");
			// accepted by the kernel's backlog, never answered
			Transport transport = RemoteEndpoint.of(uri).newTransport(4096, Duration.ofMillis(500));
			long start = System.nanoTime();
			assertThatThrownBy(() -> transport.start(new Recorder()))
				.isInstanceOfSatisfying(CodexStartupException.class, (ex) -> assertThat(ex.reason())
					.isEqualTo(CodexStartupException.Reason.CONNECTION_FAILED))
				.hasMessageContaining(uri)
				.hasMessageContaining("within 500 ms");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void framesInAndOutPingsAndTheSizeLimit() throws Exception {
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			CompletableFuture<Peer> accepted = server.acceptUpgrade();
			Recorder recorder = new Recorder();
			Transport transport = connect(server.uri(""), RemoteAuth.none(), 200_000, recorder);
			try {
				Peer peer = accepted.get(10, TimeUnit.SECONDS);
				String large = "{\"d\":\"" + "é".repeat(45_000) + "\"}"; // 90 kB: more than one read buffer holds
				String tooLarge = "{\"d\":\"" + "x".repeat(250_000) + "\"}";
				peer.write(frame(false, 0x1, utf8("{\"a\":")), frame(true, 0x9, utf8("are you there")),
						frame(false, 0x0, utf8("[1,")), frame(true, 0x0, utf8("2]}")));
				peer.write(text(large), text(tooLarge), text("{\"after\":1}"));
				peer.write(frame(false, 0x1, utf8(tooLarge.substring(0, 120_000))),
						frame(true, 0x0, utf8(tooLarge.substring(120_000))), text("{\"after\":2}"));
				peer.write(frame(true, 0x2, new byte[] { 1, 2, 3 }), text("{\"after\":3}"));
				Awaitility.await().atMost(TIMEOUT).until(() -> recorder.lines.size() == 5);
				assertThat(recorder.lines).containsExactly("{\"a\":[1,2]}", large, "{\"after\":1}", "{\"after\":2}",
						"{\"after\":3}");

				// the ping is answered with a pong carrying its payload
				Frame pong = peer.readFrame();
				assertThat(pong.opcode()).isEqualTo(0xA);
				assertThat(pong.masked()).isTrue();
				assertThat(pong.text()).isEqualTo("are you there");

				// outbound: one masked text frame per message, in order, also a long one
				String longOut = "{\"out\":\"" + "z".repeat(70_000) + "\"}";
				transport.send("{\"id\":1}");
				transport.send(longOut);
				transport.send("{\"id\":\"ü\"}");
				Frame f1 = peer.readFrame();
				Frame f2 = peer.readFrame();
				Frame f3 = peer.readFrame();
				assertThat(List.of(f1, f2, f3)).allSatisfy((f) -> {
					assertThat(f.fin()).isTrue();
					assertThat(f.masked()).isTrue();
					assertThat(f.opcode()).isEqualTo(0x1);
				});
				assertThat(List.of(f1.text(), f2.text(), f3.text())).containsExactly("{\"id\":1}", longOut,
						"{\"id\":\"ü\"}");
				assertThat(transport.isOpen()).isTrue();
			}
			finally {
				transport.close(Duration.ofMillis(100));
			}
		}
	}

	@Test
	void aMessageOverTheLimitIsSkippedAndTheNextOneDelivered() throws Exception {
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			CompletableFuture<Peer> accepted = server.acceptUpgrade();
			Recorder recorder = new Recorder();
			Transport transport = connect(server.uri(""), RemoteAuth.none(), 1024, recorder);
			try {
				Peer peer = accepted.get(10, TimeUnit.SECONDS);
				peer.write(text("{\"d\":\"" + "x".repeat(2000) + "\"}"), text("{\"next\":1}"));
				Awaitility.await().atMost(TIMEOUT).until(() -> recorder.lines.size() == 1);
				assertThat(recorder.lines).containsExactly("{\"next\":1}");
				assertThat(recorder.more).containsExactly(false);
			}
			finally {
				transport.close(Duration.ofMillis(100));
			}
		}
	}

	@Test
	void aCloseFromTheServerIsAnsweredAndEndsTheTransportNamingTheStatus() throws Exception {
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			CompletableFuture<Peer> accepted = server.acceptUpgrade();
			Recorder recorder = new Recorder();
			String uri = server.uri("");
			Transport transport = connect(uri, RemoteAuth.none(), 4096, recorder);
			try {
				Peer peer = accepted.get(10, TimeUnit.SECONDS);
				peer.write(text("{\"last\":true}"), frame(true, 0x8, new byte[] { 0x03, (byte) 0xe9 })); // 1001
				TransportClosedException reason = recorder.closed.get(10, TimeUnit.SECONDS);
				assertThat(reason.getMessage()).contains(uri).contains("closed the connection")
					.contains("WebSocket status 1001");
				assertThat(recorder.lines).containsExactly("{\"last\":true}");
				Frame answer = peer.readFrame();
				assertThat(answer.opcode()).isEqualTo(0x8);
				assertThat(answer.masked()).isTrue();
				assertThat(transport.isOpen()).isFalse();
				assertThatThrownBy(() -> transport.send("{}")).isInstanceOf(TransportClosedException.class)
					.hasMessageContaining("WebSocket status 1001");
			}
			finally {
				transport.close(Duration.ofMillis(100));
			}
		}
	}

	@Test
	void closingSendsACloseFrameAndReturnsOnceTheServerAnswers() throws Exception {
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			CompletableFuture<Peer> accepted = server.acceptUpgrade();
			Recorder recorder = new Recorder();
			Transport transport = connect(server.uri(""), RemoteAuth.none(), 4096, recorder);
			Peer peer = accepted.get(10, TimeUnit.SECONDS);
			CompletableFuture<Frame> serverSide = CompletableFuture.supplyAsync(() -> {
				try {
					Frame close = peer.readFrame();
					peer.write(frame(true, 0x8, new byte[] { 0x03, (byte) 0xe8 }));
					return close;
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			long start = System.nanoTime();
			transport.close(Duration.ofSeconds(30));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
			Frame close = serverSide.get(10, TimeUnit.SECONDS);
			assertThat(close.opcode()).isEqualTo(0x8);
			assertThat(close.payload()).containsExactly(0x03, 0xe8);
			assertThat(recorder.closed.get(10, TimeUnit.SECONDS).getMessage()).contains("Codex client closed");
			assertThat(transport.isOpen()).isFalse();
		}
	}

	@Test
	void moreIsSetOnlyWhenAWholeMessageIsAlreadyBuffered() throws Exception {
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			CompletableFuture<Peer> accepted = server.acceptUpgrade();
			CountDownLatch firstSeen = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			List<String> lines = new CopyOnWriteArrayList<>();
			List<Boolean> more = new CopyOnWriteArrayList<>();
			Transport transport = connect(server.uri(""), RemoteAuth.none(), 4096, new Transport.Handler() {
				@Override
				public void onLine(String line) {
					throw new AssertionError("the transport tells whether more follow");
				}

				@Override
				public void onLine(String line, boolean hasMore) {
					lines.add(line);
					more.add(hasMore);
					if (lines.size() == 1) {
						firstSeen.countDown();
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
			try {
				Peer peer = accepted.get(10, TimeUnit.SECONDS);
				peer.write(text("{\"n\":1}"));
				assertThat(firstSeen.await(10, TimeUnit.SECONDS)).isTrue();
				// while the handler holds message 1: messages 2 and 3 whole, then half of message 4
				ByteBuffer fourth = text("{\"n\":4}");
				ByteBuffer fourthHead = ByteBuffer.wrap(fourth.array(), 0, 5).slice();
				ByteBuffer burst = joined(text("{\"n\":2}"), text("{\"n\":3}"), fourthHead);
				int size = burst.remaining();
				peer.write(burst);
				// all of it waits in the client's socket before the reader goes on
				Awaitility.await().atMost(TIMEOUT).until(() -> peer.unreadByClient() >= size);
				release.countDown();
				Awaitility.await().atMost(TIMEOUT).until(() -> lines.size() == 3);
				peer.write(ByteBuffer.wrap(fourth.array(), 5, fourth.limit() - 5));
				Awaitility.await().atMost(TIMEOUT).until(() -> lines.size() == 4);
				assertThat(lines).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}", "{\"n\":4}");
				// 1: nothing else had arrived; 2: 3 is at hand; 3: only part of 4 is; 4: the last
				assertThat(more).containsExactly(false, true, false, false);
			}
			finally {
				release.countDown();
				transport.close(Duration.ofMillis(100));
			}
		}
	}

	@Test
	void nextMessageAtHandNeedsAWholeUnfragmentedTextFrame() {
		ByteBuffer whole = text("{\"a\":1}");
		assertThat(SocketWebSocketTransport.nextMessageAtHand(whole, 4096)).isTrue();
		assertThat(SocketWebSocketTransport.nextMessageAtHand(whole.duplicate().limit(whole.limit() - 1), 4096))
			.isFalse();
		assertThat(SocketWebSocketTransport.nextMessageAtHand(frame(false, 0x1, utf8("{\"a\":")), 4096)).isFalse();
		assertThat(SocketWebSocketTransport.nextMessageAtHand(frame(true, 0x9, utf8("ping")), 4096)).isFalse();
		assertThat(SocketWebSocketTransport.nextMessageAtHand(frame(true, 0x1, new byte[0]), 4096)).isFalse();
		ByteBuffer medium = text("x".repeat(2000));
		assertThat(SocketWebSocketTransport.nextMessageAtHand(medium, 4096)).isTrue();
		// a message over the limit is skipped, not delivered
		assertThat(SocketWebSocketTransport.nextMessageAtHand(medium, 1024)).isFalse();
		assertThat(SocketWebSocketTransport.nextMessageAtHand(ByteBuffer.allocate(0), 4096)).isFalse();
	}

	@Test
	void wsThroughAnHttpProxyGoesToTheProxyWithTheJdksClient() throws Exception {
		try (ScriptedWebSocketServer proxy = ScriptedWebSocketServer.onLoopback()) {
			String target = "ws://127.0.0.1:4999/";
			CompletableFuture<Peer> tunnel = proxy
				.accept("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
			ProxySelector previous = ProxySelector.getDefault();
			ProxySelector.setDefault(new ProxySelector() {
				@Override
				public List<Proxy> select(URI uri) {
					return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", portOf(proxy))));
				}

				@Override
				public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
				}
			});
			try {
				Transport transport = RemoteEndpoint.of(target).newTransport(4096, TIMEOUT);
				assertThat(transport).isInstanceOf(WebSocketTransport.class);
				assertThatThrownBy(() -> transport.start(new Recorder())).isInstanceOf(CodexStartupException.class);
				assertThat(tunnel.get(10, TimeUnit.SECONDS).requestLine()).startsWith("CONNECT 127.0.0.1:4999 ");
				transport.close(Duration.ofMillis(100));
			}
			finally {
				ProxySelector.setDefault(previous);
			}
		}
	}

	private static int portOf(ScriptedWebSocketServer server) {
		try {
			return server.port();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}


	@Test
	void aFastStreamOfFramesIsPacedLosesNothingAndCloseWhilePacingLeavesNothingBehind() throws Exception {
		int messages = 100_000;
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			CompletableFuture<Peer> accepted = server.acceptUpgrade();
			NumberedLines lines = new NumberedLines(messages);
			SocketWebSocketTransport transport = (SocketWebSocketTransport) connect(server.uri(""), RemoteAuth.none(),
					4096, lines);
			AtomicReference<Peer> connected = new AtomicReference<>();
			// one frame per write, as the app-server writes: numbered ones, then "x" until the client is gone
			Thread writer = new Thread(() -> {
				Peer peer = connected.get();
				try {
					for (long i = 0; i < messages; i++) {
						peer.write(text(Long.toString(i)));
					}
					while (true) {
						peer.write(text("x"));
					}
				}
				catch (IOException ex) {
					// the client closed
				}
			}, "test-ws-flood");
			writer.setDaemon(true);
			try {
				connected.set(accepted.get(10, TimeUnit.SECONDS));
				writer.start();
				assertThat(lines.all.await(50, TimeUnit.SECONDS)).as("all numbered messages").isTrue();
				assertThat(lines.outOfOrder.get()).as("messages out of order or changed").isZero();
				// most reads paced (reading each frame or two as it came, the first attempt paused 1 in 30 reads)
				assertThat(transport.readPauses()).as("paused reads of " + transport.reads())
					.isGreaterThan(transport.reads() / 4);
				// closed while it paces the "x" stream
				long pauses = transport.readPauses();
				Awaitility.await().atMost(TIMEOUT).until(() -> transport.readPauses() > pauses + 100);
				long start = System.nanoTime();
				transport.close(Duration.ofMillis(200));
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
				assertThat(lines.closed.get(10, TimeUnit.SECONDS)).isNotNull();
				Thread thread = lines.reader.get(10, TimeUnit.SECONDS);
				thread.join(10_000);
				assertThat(thread.isAlive()).as("reader thread ended").isFalse();
				writer.join(10_000);
				assertThat(writer.isAlive()).as("the test's writer ended").isFalse();
			}
			finally {
				transport.close(Duration.ZERO);
				Peer peer = connected.get();
				if (peer != null) {
					peer.channel.close();
				}
			}
		}
	}

	// (answers of one frame: each paused read would follow a write and end the pausing whatever the code did)
	@ParameterizedTest(name = "{0} frames per answer")
	@ValueSource(ints = { 2, 3 })
	void answersToWhatTheClientWroteAreNotHeldBackEvenWhenTheyComeFast(int framesPerAnswer) throws Exception {
		int exchanges = 1_000;
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			CompletableFuture<Peer> accepted = server.acceptUpgrade();
			Semaphore arrived = new Semaphore(0);
			Recorder recorder = new Recorder() {
				@Override
				public void onLine(String line, boolean hasMore) {
					super.onLine(line, hasMore);
					arrived.release();
				}
			};
			SocketWebSocketTransport transport = (SocketWebSocketTransport) connect(server.uri(""), RemoteAuth.none(),
					4096, recorder);
			try {
				Peer peer = accepted.get(10, TimeUnit.SECONDS);
				// the server answers each request at once, as the app-server answers a request quickly
				CompletableFuture<Void> answering = CompletableFuture.runAsync(() -> {
					try {
						for (int i = 0; i < exchanges; i++) {
							String request = peer.readFrame().text();
							ByteBuffer[] answer = new ByteBuffer[framesPerAnswer];
							for (int f = 0; f < framesPerAnswer; f++) {
								answer[f] = text(request + "/" + f);
							}
							peer.write(answer);
						}
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				});
				for (int i = 0; i < exchanges; i++) {
					transport.send("{\"id\":" + i + "}");
					assertThat(arrived.tryAcquire(framesPerAnswer, 10, TimeUnit.SECONDS)).as("answer " + i).isTrue();
				}
				answering.get(10, TimeUnit.SECONDS);
				assertThat(recorder.lines).hasSize(exchanges * framesPerAnswer)
					.startsWith("{\"id\":0}/0")
					.endsWith("{\"id\":" + (exchanges - 1) + "}/" + (framesPerAnswer - 1));
				// no read less than a pause after the client wrote is paused (a loaded machine may stretch one or two)
				assertThat(transport.readPauses()).as("paused reads").isLessThanOrEqualTo(exchanges / ReadPacer.STREAK);
			}
			finally {
				transport.close(Duration.ofMillis(100));
			}
		}
	}

}
