package dev.codexjava.it.fault;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;

import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.RetryPolicy;
import dev.codexjava.client.SupervisionPolicy;
import dev.codexjava.protocol.Json;

/**
 * Launches {@link FaultServer} the way the SDK launches codex: an executable script given as
 * {@link CodexConfig.Builder#codexBinary}, which {@code exec}s a JVM (so the SDK's child is the server itself, with
 * no shell in between) and receives the SDK's {@code [--config k=v ...] app-server --listen stdio://} arguments.
 * Faults are chosen through the child's environment ({@link CodexConfig.Builder#env}); the server records what it saw
 * in a log file this class reads.
 */
final class FaultServerLauncher {

	private final Path script;

	private final Path log;

	private FaultServerLauncher(Path script, Path log) {
		this.script = script;
		this.log = log;
	}

	/** Writes the launch script into {@code dir}. */
	static FaultServerLauncher in(Path dir) {
		try {
			Path script = dir.resolve("fault-codex");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			String classpath = String.join(File.pathSeparator, classpath());
			Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
					+ " -Xshare:auto -cp '" + classpath + "' " + FaultServer.class.getName() + " \"$@\"\n",
					StandardCharsets.UTF_8);
			Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
			return new FaultServerLauncher(script, dir.resolve("fault-server.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The server's classes, the SDK's JSON helper and Jackson: nothing else is needed in the child. */
	static Set<String> classpath() {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> type : List.of(FaultServer.class, Json.class, tools.jackson.databind.json.JsonMapper.class,
				tools.jackson.core.JsonParser.class, com.fasterxml.jackson.annotation.JsonInclude.class)) {
			try {
				entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
			}
			catch (URISyntaxException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return entries;
	}

	/**
	 * A config on the fault server: short timeouts so a bug fails a test instead of hanging it, fast retries, no
	 * supervision (tests that want it turn it on).
	 */
	CodexConfig.Builder config() {
		return CodexConfig.builder()
			.codexBinary(this.script)
			.env("FAULT_LOG", this.log.toString())
			.clientName("codex_fault_it")
			.startupTimeout(Duration.ofSeconds(20))
			.requestTimeout(Duration.ofSeconds(10))
			.turnTimeout(Duration.ofSeconds(30))
			.shutdownTimeout(Duration.ofMillis(500))
			.retryPolicy(RetryPolicy.builder()
				.maxAttempts(3)
				.initialDelay(Duration.ofMillis(20))
				.maxDelay(Duration.ofMillis(50))
				.build())
			.supervision(SupervisionPolicy.disabled());
	}

	/** What the server recorded so far, one entry a line. */
	List<String> log() {
		try {
			return Files.exists(this.log) ? Files.readAllLines(this.log, StandardCharsets.UTF_8) : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many log lines equal {@code line}. */
	long count(String line) {
		return log().stream().filter(line::equals).count();
	}

	/** Waits until the server has logged {@code line}. */
	void awaitLogged(String line) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> log().contains(line));
	}

	/** Every server process started so far. */
	List<Long> pids() {
		List<Long> pids = new ArrayList<>();
		for (String line : log()) {
			if (line.startsWith("pid ")) {
				pids.add(Long.parseLong(line.substring(4)));
			}
		}
		return pids;
	}

	/** The grandchildren {@code fault/spawnAndCrash} started, as {@code pid -> holding|detached}. */
	java.util.Map<Long, String> grandchildren() {
		java.util.Map<Long, String> grandchildren = new java.util.LinkedHashMap<>();
		for (String line : log()) {
			if (line.startsWith("grandchild ")) {
				String[] words = line.split(" ");
				grandchildren.put(Long.parseLong(words[1]), words[2]);
			}
		}
		return grandchildren;
	}

	/** Waits (bounded) until no server process this launcher started is running any more. */
	void awaitNoProcessLeft() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(pids())
				.filteredOn(FaultServerLauncher::running)
				.as("fault-server processes still running")
				.isEmpty());
	}

	/** Whether the process exists and is not a zombie (this machine's init does not reap orphans). */
	static boolean running(long pid) {
		ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
		if (handle == null || !handle.isAlive()) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			char state = stat.charAt(stat.lastIndexOf(')') + 2);
			return state != 'Z' && state != 'X';
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
