package dev.codexjava.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.codexjava.transport.RemoteAuth;
import dev.codexjava.transport.RemoteEndpoint;

/**
 * The pinned binary as a server the client does not own, as in the sidecar topology of {@code docs/deployment.md}:
 * {@code codex app-server --listen ws://127.0.0.1:PORT --ws-auth capability-token --ws-token-file F} (port 0 first,
 * then the same port on every restart). {@link #start()} returns once {@code /readyz} answers 200.
 */
final class WsAppServer implements AutoCloseable {

	private static final Pattern LISTENING = Pattern.compile("listening on: ws://127\\.0\\.0\\.1:(\\d+)");

	private final Path binary;

	private final Path home;

	private final Path work;

	private final Path tokenFile;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private volatile int port;

	private Process process;

	WsAppServer(Path binary, Path home, Path work) {
		this.binary = binary;
		this.home = home;
		this.work = work;
		try {
			this.tokenFile = Files.createTempFile(work, "ws-token-", "");
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			Files.writeString(this.tokenFile, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
			Files.setPosixFilePermissions(this.tokenFile, PosixFilePermissions.fromString("r--------"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The client's view: the endpoint with the capability token read from the same file. */
	RemoteEndpoint endpoint() {
		return RemoteEndpoint.builder("ws://127.0.0.1:" + this.port).auth(RemoteAuth.capabilityTokenFile(this.tokenFile))
			.build();
	}

	long pid() {
		return this.process.pid();
	}

	/** Starts the server (again on the same port after the first start) and waits until /readyz answers 200. */
	synchronized void start() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(List.of(this.binary.toString(), "app-server", "--listen",
				"ws://127.0.0.1:" + this.port, "--ws-auth", "capability-token", "--ws-token-file",
				this.tokenFile.toString()))
			.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("CODEX_HOME", this.home.toString());
		builder.directory(this.work.toFile());
		Process p = builder.start();
		this.process = p;
		CompletableFuture<Integer> listening = new CompletableFuture<>();
		Thread drain = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					Matcher m = LISTENING.matcher(line);
					if (m.find()) {
						listening.complete(Integer.parseInt(m.group(1)));
					}
				}
			}
			catch (IOException ex) {
				// gone
			}
			listening.completeExceptionally(new IllegalStateException("ws app-server exited before listening"));
		}, "bench-ws-app-server-stderr");
		drain.setDaemon(true);
		drain.start();
		this.port = listening.get(30, TimeUnit.SECONDS);
		HttpRequest readyz = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/readyz"))
			.timeout(Duration.ofSeconds(1))
			.build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			if (!p.isAlive()) {
				throw new IllegalStateException("ws app-server exited: " + p.exitValue());
			}
			try {
				if (this.http.send(readyz, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not yet
			}
			Thread.sleep(2);
		}
		throw new IllegalStateException("ws app-server not ready in 30 s");
	}

	/** Kills the server like a crash and waits until it is gone. */
	synchronized void kill() throws InterruptedException {
		Process p = this.process;
		if (p != null) {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
			p.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

}
