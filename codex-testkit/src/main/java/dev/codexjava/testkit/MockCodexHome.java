package dev.codexjava.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A throwaway {@code CODEX_HOME}: a fresh owner-only temporary directory whose {@code config.toml} points the
 * binary at a {@link MockModel} (provider {@code mock}, no login needed, retries off by default). Closing it deletes
 * the directory.
 *
 * <pre>{@code
 * try (MockModel model = MockModel.start();
 *         MockCodexHome home = MockCodexHome.builder(model).approvalPolicy("on-request").build()) {
 *     // start codex app-server with CODEX_HOME=home.path()
 * }
 * }</pre>
 */
public final class MockCodexHome implements AutoCloseable {

	private static final Set<String> APPROVAL_POLICIES = Set.of("never", "on-request", "on-failure");

	private static final Set<String> SANDBOX_MODES = Set.of("read-only", "workspace-write", "danger-full-access");

	private final Path path;

	private final String config;

	private final AtomicBoolean closed = new AtomicBoolean();

	private MockCodexHome(Path path, String config) {
		this.path = path;
		this.config = config;
	}

	/** A builder for a home wired to {@code model}. */
	public static Builder builder(MockModel model) {
		Objects.requireNonNull(model, "model");
		return new Builder(model.baseUrl(), "mock-model", "never", "read-only", 0, 0, null, "", false);
	}

	/** The directory, to pass as {@code CODEX_HOME}. */
	public Path path() {
		return this.path;
	}

	/** The {@code config.toml} text that was written. */
	public String configToml() {
		return this.config;
	}

	/** Deletes the directory and everything in it, best effort; never throws. Idempotent. */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		try {
			Files.walkFileTree(this.path, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					deleteQuietly(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					deleteQuietly(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException ex) {
					deleteQuietly(dir);
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException | RuntimeException ex) {
			// best effort
		}
	}

	/** The directory, for test output. */
	@Override
	public String toString() {
		return "MockCodexHome[" + this.path + "]";
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException | RuntimeException ex) {
			// best effort
		}
	}

	/** Configures a {@link MockCodexHome}. Immutable: every method returns a new builder. */
	public static final class Builder {

		/** A {@code [features]} table header, spaces and a comment allowed. */
		private static final Pattern FEATURES_TABLE = Pattern
			.compile("(?m)^[ \\t]*\\[[ \\t]*features[ \\t]*\\][ \\t]*(#.*)?$");

		/** {@code features = {...}}: an inline table, to which no key can be added. */
		private static final Pattern FEATURES_INLINE = Pattern.compile("(?m)^[ \\t]*features[ \\t]*=");

		private final String baseUrl;

		private final String model;

		private final String approvalPolicy;

		private final String sandboxMode;

		private final int requestMaxRetries;

		private final int streamMaxRetries;

		private final Duration streamIdleTimeout;

		private final String extraToml;

		private final boolean shellSnapshot;

		private Builder(String baseUrl, String model, String approvalPolicy, String sandboxMode,
				int requestMaxRetries, int streamMaxRetries, Duration streamIdleTimeout, String extraToml,
				boolean shellSnapshot) {
			this.baseUrl = baseUrl;
			this.model = model;
			this.approvalPolicy = approvalPolicy;
			this.sandboxMode = sandboxMode;
			this.requestMaxRetries = requestMaxRetries;
			this.streamMaxRetries = streamMaxRetries;
			this.streamIdleTimeout = streamIdleTimeout;
			this.extraToml = extraToml;
			this.shellSnapshot = shellSnapshot;
		}

		/**
		 * The model slug sent to the mock (default {@code mock-model}; the binary warns on every turn about an
		 * unknown slug, a bundled one such as {@code gpt-5.5} avoids that).
		 */
		public Builder model(String model) {
			Objects.requireNonNull(model, "model");
			return new Builder(this.baseUrl, model, this.approvalPolicy, this.sandboxMode, this.requestMaxRetries,
					this.streamMaxRetries, this.streamIdleTimeout, this.extraToml, this.shellSnapshot);
		}

		/**
		 * The {@code approval_policy}: {@code never} (default), {@code on-request} or {@code on-failure}.
		 * @throws IllegalArgumentException for {@code untrusted} (codex 0.169.0 refuses to start with it in
		 * config.toml; pass it per thread or turn instead) and for unknown values
		 */
		public Builder approvalPolicy(String approvalPolicy) {
			Objects.requireNonNull(approvalPolicy, "approvalPolicy");
			if ("untrusted".equals(approvalPolicy)) {
				throw new IllegalArgumentException("approval_policy = \"untrusted\" in config.toml makes codex 0.169.0 "
						+ "exit at startup (\"no longer supported\"); set approvalPolicy \"untrusted\" on "
						+ "thread/start or turn/start instead");
			}
			if (!APPROVAL_POLICIES.contains(approvalPolicy)) {
				throw new IllegalArgumentException(
						"Unknown approval policy \"" + approvalPolicy + "\"; use never, on-request or on-failure");
			}
			return new Builder(this.baseUrl, this.model, approvalPolicy, this.sandboxMode, this.requestMaxRetries,
					this.streamMaxRetries, this.streamIdleTimeout, this.extraToml, this.shellSnapshot);
		}

		/**
		 * The {@code sandbox_mode}: {@code read-only} (default), {@code workspace-write} or
		 * {@code danger-full-access}.
		 */
		public Builder sandboxMode(String sandboxMode) {
			Objects.requireNonNull(sandboxMode, "sandboxMode");
			if (!SANDBOX_MODES.contains(sandboxMode)) {
				throw new IllegalArgumentException("Unknown sandbox mode \"" + sandboxMode
						+ "\"; use read-only, workspace-write or danger-full-access");
			}
			return new Builder(this.baseUrl, this.model, this.approvalPolicy, sandboxMode, this.requestMaxRetries,
					this.streamMaxRetries, this.streamIdleTimeout, this.extraToml, this.shellSnapshot);
		}

		/** The provider's {@code request_max_retries}: silent HTTP-level retries (default 0). */
		public Builder requestMaxRetries(int retries) {
			return new Builder(this.baseUrl, this.model, this.approvalPolicy, this.sandboxMode,
					nonNegative(retries, "requestMaxRetries"), this.streamMaxRetries, this.streamIdleTimeout,
					this.extraToml, this.shellSnapshot);
		}

		/** The provider's {@code stream_max_retries}: "Reconnecting... n/N" stream retries (default 0). */
		public Builder streamMaxRetries(int retries) {
			return new Builder(this.baseUrl, this.model, this.approvalPolicy, this.sandboxMode, this.requestMaxRetries,
					nonNegative(retries, "streamMaxRetries"), this.streamIdleTimeout, this.extraToml, this.shellSnapshot);
		}

		/**
		 * The provider's {@code stream_idle_timeout_ms}: a stream silent for longer fails the turn (not set by
		 * default, leaving the binary's own, long default).
		 */
		public Builder streamIdleTimeout(Duration timeout) {
			Objects.requireNonNull(timeout, "timeout");
			if (timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException("streamIdleTimeout must be positive, was " + timeout);
			}
			return new Builder(this.baseUrl, this.model, this.approvalPolicy, this.sandboxMode, this.requestMaxRetries,
					this.streamMaxRetries, timeout, this.extraToml, this.shellSnapshot);
		}

		/**
		 * Whether the app-server takes a snapshot of the user's login shell for every new thread (its
		 * {@code shell_snapshot} feature, off by default here). With it, every {@code thread/start} runs
		 * {@code bash -lc} with the user's {@code ~/.bashrc}, so tests would depend on the machine's shell profile
		 * and start a process per thread (with a slow profile, such as one running {@code pyenv rehash}, dozens at
		 * once). Turn it on to test with the snapshot as production uses it. Leaves the setting alone when
		 * {@link #extraToml} mentions {@code shell_snapshot} or defines {@code features} as an inline table.
		 */
		public Builder shellSnapshot(boolean enabled) {
			return new Builder(this.baseUrl, this.model, this.approvalPolicy, this.sandboxMode, this.requestMaxRetries,
					this.streamMaxRetries, this.streamIdleTimeout, this.extraToml, enabled);
		}

		/**
		 * TOML added to the file, after the top-level settings and before the provider table, so plain keys stay
		 * top-level; it may also open tables of its own. It must not repeat keys this builder writes. Repeated
		 * calls append.
		 */
		public Builder extraToml(String toml) {
			Objects.requireNonNull(toml, "toml");
			String joined = this.extraToml.isEmpty() ? toml : this.extraToml + "\n" + toml;
			return new Builder(this.baseUrl, this.model, this.approvalPolicy, this.sandboxMode, this.requestMaxRetries,
					this.streamMaxRetries, this.streamIdleTimeout, joined, this.shellSnapshot);
		}

		/**
		 * Creates the directory (owner-only where the file system supports POSIX permissions) with its
		 * {@code config.toml}.
		 * @throws UncheckedIOException if it cannot be written
		 */
		public MockCodexHome build() {
			String config = toml();
			Path dir = null;
			try {
				dir = createPrivateTempDirectory();
				Files.writeString(dir.resolve("config.toml"), config, StandardCharsets.UTF_8);
				return new MockCodexHome(dir, config);
			}
			catch (IOException ex) {
				if (dir != null) {
					new MockCodexHome(dir, config).close();
				}
				throw new UncheckedIOException("Could not create a CODEX_HOME", ex);
			}
		}

		String toml() {
			StringBuilder toml = new StringBuilder();
			toml.append("# written by the codex testkit (MockCodexHome)\n");
			toml.append("model = ").append(quote(this.model)).append('\n');
			toml.append("model_provider = \"mock\"\n");
			toml.append("approval_policy = ").append(quote(this.approvalPolicy)).append('\n');
			toml.append("sandbox_mode = ").append(quote(this.sandboxMode)).append('\n');
			String extra = this.extraToml.strip();
			if (!this.shellSnapshot && !extra.contains("shell_snapshot") && !FEATURES_INLINE.matcher(extra).find()) {
				Matcher features = FEATURES_TABLE.matcher(extra);
				if (features.find()) {
					// the extra TOML opens [features] itself: a table is defined once, so the key goes inside it
					extra = extra.substring(0, features.end()) + "\nshell_snapshot = false"
							+ extra.substring(features.end());
				}
				else {
					toml.append("features.shell_snapshot = false\n");
				}
			}
			if (!extra.isEmpty()) {
				toml.append('\n').append(extra).append('\n');
			}
			toml.append('\n');
			toml.append("[model_providers.mock]\n");
			toml.append("name = \"mock\"\n");
			toml.append("base_url = ").append(quote(this.baseUrl)).append('\n');
			toml.append("wire_api = \"responses\"\n");
			toml.append("request_max_retries = ").append(this.requestMaxRetries).append('\n');
			toml.append("stream_max_retries = ").append(this.streamMaxRetries).append('\n');
			if (this.streamIdleTimeout != null) {
				toml.append("stream_idle_timeout_ms = ").append(this.streamIdleTimeout.toMillis()).append('\n');
			}
			return toml.toString();
		}

		private static Path createPrivateTempDirectory() throws IOException {
			try {
				return Files.createTempDirectory("codex-home-",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			catch (UnsupportedOperationException ex) {
				return Files.createTempDirectory("codex-home-");
			}
		}

		private static int nonNegative(int value, String name) {
			if (value < 0) {
				throw new IllegalArgumentException(name + " must not be negative, was " + value);
			}
			return value;
		}

		private static String quote(String value) {
			StringBuilder quoted = new StringBuilder("\"");
			for (char c : value.toCharArray()) {
				switch (c) {
					case '"' -> quoted.append("\\\"");
					case '\\' -> quoted.append("\\\\");
					case '\n' -> quoted.append("\\n");
					case '\r' -> quoted.append("\\r");
					case '\t' -> quoted.append("\\t");
					default -> {
						if (c < 0x20 || c == 0x7f) {
							quoted.append(String.format("\\u%04X", (int) c));
						}
						else {
							quoted.append(c);
						}
					}
				}
			}
			return quoted.append('"').toString();
		}

	}

}
