package dev.codexjava.transport;

import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
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
import dev.codexjava.transport.ScriptedWebSocketServer.Peer;

import static dev.codexjava.transport.ScriptedWebSocketServer.frame;
import static dev.codexjava.transport.ScriptedWebSocketServer.joined;
import static dev.codexjava.transport.ScriptedWebSocketServer.text;
import static dev.codexjava.transport.ScriptedWebSocketServer.utf8;
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

	@ParameterizedTest
	@ValueSource(strings = { "ws", "unix" })
	void fragmentedMessagesArriveWholeAndAClosedServerEndsTheTransport(String kind) throws Exception {
		try (ScriptedWebSocketServer server = kind.equals("ws") ? ScriptedWebSocketServer.onLoopback()
				: ScriptedWebSocketServer.onUnixSocket(this.tmp.resolve("fake.sock"))) {
			String uri = server.uri();
			CompletableFuture<Peer> accepted = server.acceptUpgrade();
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
				Peer peer = accepted.get(5, TimeUnit.SECONDS);
				if (kind.equals("ws")) {
					assertThat(peer.header("authorization")).isEqualTo("Bearer tok-123");
				}
				peer.write(frame(false, 0x1, utf8("{\"jsonrpc\":\"2.0\",")), frame(true, 0x9, utf8("ping")),
						frame(false, 0x0, utf8("\"method\":\"a\",")), frame(true, 0x0, utf8("\"params\":{}}")),
						frame(false, 0x1, utf8("x".repeat(1000))), frame(true, 0x0, utf8("y".repeat(100))),
						text("{\"method\":\"b\"}"));
				org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> lines.size() == 2);
				assertThat(lines).containsExactly("{\"jsonrpc\":\"2.0\",\"method\":\"a\",\"params\":{}}",
						"{\"method\":\"b\"}");
				assertThat(transport.isOpen()).isTrue();

				peer.channel.close(); // the server goes away without a close frame
				TransportClosedException reason = closed.get(5, TimeUnit.SECONDS);
				assertThat(reason.getMessage()).contains(kind.equals("ws") ? uri : "fake.sock");
				assertThat(transport.isOpen()).isFalse();
				org.assertj.core.api.Assertions.assertThatThrownBy(() -> transport.send("{}"))
					.isInstanceOf(TransportClosedException.class);
			}
			finally {
				transport.close(Duration.ofMillis(200));
			}
		}
	}

	@Test
	void messagesArrivingTogetherAreSignalledAsABurstAndItsLastEndsIt() throws Exception {
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			CompletableFuture<Peer> accepted = server.acceptUpgrade();
			List<String> lines = new CopyOnWriteArrayList<>();
			List<Boolean> more = new CopyOnWriteArrayList<>();
			Transport transport = RemoteEndpoint.of(server.uri()).newTransport(4096, Duration.ofSeconds(5));
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
				Peer peer = accepted.get(5, TimeUnit.SECONDS);
				// 50 messages in one write: they reach the client together
				ByteBuffer[] burst = new ByteBuffer[50];
				for (int i = 0; i < 50; i++) {
					burst[i] = text("{\"n\":" + i + "}");
				}
				peer.write(joined(burst));
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
		try (ScriptedWebSocketServer server = ScriptedWebSocketServer.onLoopback()) {
			CompletableFuture<Peer> accepted = server.acceptUpgrade();
			java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
			java.util.concurrent.atomic.AtomicInteger received = new java.util.concurrent.atomic.AtomicInteger();
			Transport transport = RemoteEndpoint.of(server.uri()).newTransport(4096, Duration.ofSeconds(5));
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
				Peer peer = accepted.get(5, TimeUnit.SECONDS);
				SocketChannel ch = peer.channel;
				ByteBuffer[] frames = new ByteBuffer[count];
				for (int i = 0; i < count; i++) {
					frames[i] = frame(true, 0x1, payload);
				}
				ByteBuffer all = joined(frames);
				ch.configureBlocking(false);
				// write for at most 3 s, or until the socket refuses more
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
				long zeroWrites = 0;
				while (all.hasRemaining() && zeroWrites < 100_000 && System.nanoTime() < deadline) {
					zeroWrites = (ch.write(all) == 0) ? zeroWrites + 1 : 0;
				}
				long consumed = all.position() - peer.unreadByClient();
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
