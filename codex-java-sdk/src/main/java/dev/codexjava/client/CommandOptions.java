package dev.codexjava.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.generated.SandboxPolicy;

/**
 * Options of a standalone command ({@link Codex#exec}): working directory, environment overrides, timeout, sandbox
 * and whether stdin stays open for {@link CommandExecution#write}. Immutable; {@link #none()} for the server's
 * defaults (its working directory, the configured sandbox, {@link CodexConfig#requestTimeout()} as the timeout).
 */
public final class CommandOptions {

	private static final CommandOptions NONE = builder().build();

	private final Path cwd;

	private final Map<String, String> env;

	private final Duration timeout;

	private final SandboxPolicy sandbox;

	private final boolean stdin;

	private CommandOptions(Builder b) {
		this.cwd = b.cwd;
		this.env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
		this.timeout = b.timeout;
		this.sandbox = b.sandbox;
		this.stdin = b.stdin;
	}

	/** The server's defaults. */
	public static CommandOptions none() {
		return NONE;
	}

	/** A new builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** The working directory, or {@code null} for the server's. */
	public @Nullable Path cwd() {
		return this.cwd;
	}

	/** Environment overrides merged into the server's environment (a {@code null} value unsets a variable). */
	public Map<String, @Nullable String> env() {
		return this.env;
	}

	/**
	 * How long the command may run before the server kills it ({@code null}: the client's request timeout). Also
	 * bounds the wait for its exit.
	 */
	public @Nullable Duration timeout() {
		return this.timeout;
	}

	/** The sandbox, or {@code null} for the configured one. */
	public @Nullable SandboxPolicy sandbox() {
		return this.sandbox;
	}

	/** Whether stdin stays open for {@link CommandExecution#write}. */
	public boolean stdin() {
		return this.stdin;
	}

	/** Builds {@link CommandOptions}. */
	public static final class Builder {

		private Path cwd;

		private final Map<String, String> env = new LinkedHashMap<>();

		private Duration timeout;

		private SandboxPolicy sandbox;

		private boolean stdin;

		private Builder() {
		}

		/** The working directory. */
		public Builder cwd(Path cwd) {
			this.cwd = cwd;
			return this;
		}

		/** Sets (or, with {@code null}, unsets) an environment variable for the command. */
		public Builder env(String name, @Nullable String value) {
			this.env.put(Objects.requireNonNull(name, "name"), value);
			return this;
		}

		/** How long the command may run before the server kills it. */
		public Builder timeout(Duration timeout) {
			if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
				throw new IllegalArgumentException("timeout must be positive, was " + timeout);
			}
			this.timeout = timeout;
			return this;
		}

		/** The sandbox, e.g. {@code new SandboxPolicy.ReadOnly(...)}. */
		public Builder sandbox(SandboxPolicy sandbox) {
			this.sandbox = sandbox;
			return this;
		}

		/** Keeps stdin open for {@link CommandExecution#write}; close it with {@link CommandExecution#closeStdin()}. */
		public Builder stdin(boolean stdin) {
			this.stdin = stdin;
			return this;
		}

		/** The options. */
		public CommandOptions build() {
			return new CommandOptions(this);
		}

	}

}
