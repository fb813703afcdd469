package dev.codexjava.spring.autoconfigure.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.transport.RemoteEndpoint;

/**
 * The real binary as a remote server: {@code codex app-server --listen ws://127.0.0.1:0 --ws-auth capability-token
 * --ws-token-file FILE}, on a free loopback port read back from its banner. {@link #kill()} (and {@link #close()})
 * kill it and its descendants and wait until they are gone.
 */
public final class WsAppServer implements AutoCloseable {

	private static final Pattern LISTENING = Pattern.compile("listening on: ws://127\\.0\\.0\\.1:(\\d+)");

	private final Process process;

	private final int port;

	private final List<String> output = new CopyOnWriteArrayList<>();

	private WsAppServer(Path home, Path tokenFile) {
		ProcessBuilder builder = new ProcessBuilder(CodexBinaries.require().toString(), "app-server", "--listen",
				"ws://127.0.0.1:0", "--ws-auth", "capability-token", "--ws-token-file", tokenFile.toString())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("CODEX_HOME", home.toString());
		builder.directory(home.toFile());
		try {
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		CompletableFuture<Integer> listening = new CompletableFuture<>();
		Thread drain = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(this.process.getErrorStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					this.output.add(line);
					Matcher m = LISTENING.matcher(line);
					if (m.find()) {
						listening.complete(Integer.parseInt(m.group(1)));
					}
				}
			}
			catch (IOException ex) {
				// the process is gone
			}
			listening.completeExceptionally(new IllegalStateException("app-server exited: " + this.output));
		}, "ws-app-server-stderr");
		drain.setDaemon(true);
		drain.start();
		try {
			this.port = listening.get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			kill();
			throw new IllegalStateException("app-server did not start listening: " + this.output, ex);
		}
		try {
			RemoteEndpoint endpoint = RemoteEndpoint.of(url());
			Awaitility.await("app-server /readyz")
				.atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> endpoint.isReady(Duration.ofSeconds(1)));
		}
		catch (RuntimeException ex) {
			kill();
			throw ex;
		}
	}

	/** Starts a server with {@code home} as its {@code CODEX_HOME}, accepting the token in {@code tokenFile}. */
	public static WsAppServer start(Path home, Path tokenFile) {
		return new WsAppServer(home, tokenFile);
	}

	/** {@code ws://127.0.0.1:PORT}. */
	public String url() {
		return "ws://127.0.0.1:" + this.port;
	}

	/** Kills the server (like a crash) and waits until it is gone. */
	public void kill() {
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
		try {
			this.process.waitFor(10, TimeUnit.SECONDS);
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
