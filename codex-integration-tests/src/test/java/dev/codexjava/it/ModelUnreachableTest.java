package dev.codexjava.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.error.ModelUnreachableException;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A model the real app-server cannot reach: it then retries for as long as the turn runs ("Reconnecting... waiting
 * for network", {@code willRetry: true}) and never ends the turn itself. The client fails the turn with
 * {@link ModelUnreachableException} after {@code modelUnreachableTimeout}, far below the turn timeout, interrupts it,
 * and the thread runs again.
 */
class ModelUnreachableTest {

	/** Without the fix these tests end here, with a timeout instead of the typed exception. */
	private static final Duration TURN_TIMEOUT = Duration.ofSeconds(90);

	@TempDir
	Path tmp;

	@Test
	void aProviderOnAClosedPortFailsTheTurnFastAndTheThreadRunsAgain() throws Exception {
		int port = freePort();
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).model("gpt-5.5").build();
				Codex codex = Codex.start(Fixtures.config(rewire(home, model, port))
					.turnTimeout(TURN_TIMEOUT)
					.modelUnreachableTimeout(Duration.ofSeconds(3))
					.build())) {
			model.defaultResponse(MockResponse.text("reachable again"));
			CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());

			long start = System.nanoTime();
			ModelUnreachableException failure = catchThrowableOfType(ModelUnreachableException.class,
					() -> thread.run("hi"));
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(failure).as("the turn fails with the typed exception").isNotNull();
			assertThat(took).as("far below the turn timeout").isLessThan(Duration.ofSeconds(45));
			assertThat(failure.retryReports()).isGreaterThanOrEqualTo(2);
			assertThat(failure.errorKind()).isEqualTo("responseStreamDisconnected");
			assertThat(failure.serverMessage()).contains("Reconnecting");
			assertThat(failure.threadId()).isEqualTo(thread.id());
			assertThat(failure.getMessage()).contains("cannot reach the model").contains("base_url");
			assertThat(codex.activeTurns()).isZero();

			// the provider comes back on the same port: the same thread runs its next turn
			try (PortRelay relay = PortRelay.open(port, model.port())) {
				assertThat(thread.run("again").finalResponse()).isEqualTo("reachable again");
			}
		}
	}

	@Test
	void theDefaultOpenaiProviderWithoutKeyOrNetworkFailsTheTurnFast() throws Exception {
		// a fresh home with no provider, no login and no key: the built-in openai provider, whose hosts do not
		// resolve on this offline machine
		Path home = Files.createDirectories(this.tmp.resolve("home"));
		Files.writeString(home.resolve("config.toml"),
				"model = \"gpt-5.5\"\napproval_policy = \"never\"\nsandbox_mode = \"read-only\"\n");
		try (Codex codex = Codex.start(Fixtures.config(home)
			.inheritOnly("PATH")
			.turnTimeout(TURN_TIMEOUT)
			.modelUnreachableTimeout(Duration.ofSeconds(3))
			.build())) {
			assertThat(codex.account().requiresOpenaiAuth()).isTrue();
			assertThat(codex.account().isSignedIn()).isFalse();
			CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());

			long start = System.nanoTime();
			ModelUnreachableException failure = catchThrowableOfType(ModelUnreachableException.class,
					() -> thread.run("hi"));
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(failure).as("the turn fails with the typed exception").isNotNull();
			assertThat(took).isLessThan(Duration.ofSeconds(45));
			assertThat(failure.serverMessage()).contains("Reconnecting");
			// the thread is free again: the next turn is accepted (and fails the same way, not as busy)
			assertThat(catchThrowableOfType(ModelUnreachableException.class, () -> thread.run("again")))
				.isNotNull();
		}
	}

	/** A home like {@code home}, but with the provider's base_url on {@code port} (nothing listens there). */
	private Path rewire(MockCodexHome home, MockModel model, int port) throws IOException {
		Path copy = Files.createDirectories(this.tmp.resolve("unreachable-home"));
		Files.writeString(copy.resolve("config.toml"),
				home.configToml().replace(model.baseUrl(), "http://127.0.0.1:" + port + "/v1"));
		return copy;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** Forwards connections from a loopback port to another, until closed. */
	private static final class PortRelay implements AutoCloseable {

		private final ServerSocket server;

		private final List<Socket> sockets = new CopyOnWriteArrayList<>();

		private final Thread acceptor;

		private PortRelay(ServerSocket server, int target) {
			this.server = server;
			this.acceptor = new Thread(() -> accept(target), "relay-accept");
			this.acceptor.setDaemon(true);
			this.acceptor.start();
		}

		static PortRelay open(int port, int target) throws IOException {
			ServerSocket server = new ServerSocket();
			server.setReuseAddress(true);
			server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return new PortRelay(server, target);
		}

		private void accept(int target) {
			while (!this.server.isClosed()) {
				try {
					Socket in = this.server.accept();
					Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
					this.sockets.add(in);
					this.sockets.add(out);
					pipe(in, out);
					pipe(out, in);
				}
				catch (IOException ex) {
					return; // closed
				}
			}
		}

		private void pipe(Socket from, Socket to) {
			Thread thread = new Thread(() -> {
				try (InputStream input = from.getInputStream(); OutputStream output = to.getOutputStream()) {
					input.transferTo(output);
				}
				catch (IOException ex) {
					// the other side closed
				}
				finally {
					closeQuietly(from);
					closeQuietly(to);
				}
			}, "relay-pipe");
			thread.setDaemon(true);
			thread.start();
		}

		@Override
		public void close() throws Exception {
			this.server.close();
			this.sockets.forEach(PortRelay::closeQuietly);
			this.acceptor.join(5000);
		}

		private static void closeQuietly(Socket socket) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// best effort
			}
		}

	}

}
