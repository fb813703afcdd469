package dev.codexjava.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

import dev.codexjava.testkit.CodexBinaries;

/**
 * The real binary as a server the SDK does not own: {@code codex app-server --listen ws://127.0.0.1:PORT} (port 0
 * picks a free port, read back from its banner) or {@code --listen unix://PATH}, with the given auth flags. Can be
 * killed and started again on the same address. Closing kills it.
 */
final class RemoteAppServer implements AutoCloseable {

	private static final Pattern LISTENING = Pattern.compile("listening on: ws://127\\.0\\.0\\.1:(\\d+)");

	private final Path home;

	private final List<String> authArgs;

	private final String unixSocket;

	private final List<String> output = new CopyOnWriteArrayList<>();

	private volatile int port;

	private Process process;

	private RemoteAppServer(Path home, int port, String unixSocket, List<String> authArgs) {
		this.home = home;
		this.port = port;
		this.unixSocket = unixSocket;
		this.authArgs = List.copyOf(authArgs);
	}

	/** A WebSocket server on a free loopback port. */
	static RemoteAppServer ws(Path home, String... authArgs) {
		RemoteAppServer server = new RemoteAppServer(home, 0, null, List.of(authArgs));
		server.start();
		return server;
	}

	/** A server on a Unix control socket. */
	static RemoteAppServer unix(Path home, Path socket) {
		RemoteAppServer server = new RemoteAppServer(home, 0, socket.toString(), List.of());
		server.start();
		return server;
	}

	int port() {
		return this.port;
	}

	String wsUri() {
		return "ws://127.0.0.1:" + this.port;
	}

	long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process != null && Processes.running(this.process.toHandle());
	}

	/** Starts the server (again, on the same port) and waits until it is ready. */
	synchronized void start() {
		List<String> command = new ArrayList<>();
		command.add(CodexBinaries.require().toString());
		command.add("app-server");
		command.add("--listen");
		command.add((this.unixSocket != null) ? "unix://" + this.unixSocket : "ws://127.0.0.1:" + this.port);
		command.addAll(this.authArgs);
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("CODEX_HOME", this.home.toString());
		builder.directory(this.home.toFile());
		try {
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		CompletableFuture<Integer> listening = new CompletableFuture<>();
		Process p = this.process;
		Thread drain = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					this.output.add(line);
					Matcher m = LISTENING.matcher(line);
					if (m.find()) {
						listening.complete(Integer.parseInt(m.group(1)));
					}
					if (line.contains("listening on") && this.unixSocket != null) {
						listening.complete(0);
					}
				}
			}
			catch (IOException ex) {
				// process gone
			}
			listening.completeExceptionally(new IllegalStateException("app-server exited: " + this.output));
		}, "remote-app-server-stderr");
		drain.setDaemon(true);
		drain.start();
		if (this.unixSocket != null) {
			awaitUnixSocket();
			return;
		}
		try {
			this.port = listening.get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			close();
			throw new IllegalStateException("app-server did not start listening: " + this.output, ex);
		}
		awaitReady();
	}

	private void awaitReady() {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest readyz = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/readyz"))
			.timeout(Duration.ofSeconds(1))
			.build();
		await("app-server /readyz", () -> {
			try {
				return client.send(readyz, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	private void awaitUnixSocket() {
		await("app-server control socket", () -> {
			try (var ch = java.nio.channels.SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
				ch.connect(java.net.UnixDomainSocketAddress.of(this.unixSocket));
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	private void await(String what, java.util.concurrent.Callable<Boolean> ready) {
		try {
			Awaitility.await(what)
				.atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> {
					if (!this.process.isAlive()) {
						throw new IllegalStateException("app-server exited: " + this.output);
					}
					return ready.call();
				});
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/** Kills the server (like a crash) and waits until it is gone. */
	synchronized void kill() {
		Process p = this.process;
		if (p == null) {
			return;
		}
		p.descendants().forEach(ProcessHandle::destroyForcibly);
		p.destroyForcibly();
		try {
			p.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		kill();
	}

}
