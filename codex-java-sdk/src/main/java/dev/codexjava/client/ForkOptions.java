package dev.codexjava.client;

import java.util.Objects;

import org.jspecify.annotations.Nullable;


/**
 * How to fork a thread ({@code thread/fork}): up to which turn the copy of the history goes, whether the response
 * carries the history, and the new thread's {@link ThreadOptions}. Immutable; build with {@link #builder()}.
 */
public final class ForkOptions {

	private final String lastTurnId;

	private final boolean excludeTurns;

	private final ThreadOptions threadOptions;

	private ForkOptions(Builder b) {
		this.lastTurnId = b.lastTurnId;
		this.excludeTurns = b.excludeTurns;
		this.threadOptions = b.threadOptions;
	}

	/** A new builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** The last turn copied into the fork (inclusive), or {@code null} for the whole history. */
	public @Nullable String lastTurnId() {
		return this.lastTurnId;
	}

	/** Whether the server leaves the turns out of its response (read them with {@link CodexThread#turns()}). */
	public boolean excludeTurns() {
		return this.excludeTurns;
	}

	/** The new thread's options. */
	public ThreadOptions threadOptions() {
		return this.threadOptions;
	}

	/** Builds {@link ForkOptions}. */
	public static final class Builder {

		private String lastTurnId;

		private boolean excludeTurns;

		private ThreadOptions threadOptions = ThreadOptions.none();

		private Builder() {
		}

		/**
		 * Copies the history only through this turn (inclusive); later turns are left out of the fork. The turn must
		 * not be in progress.
		 */
		public Builder lastTurnId(String lastTurnId) {
			this.lastTurnId = lastTurnId;
			return this;
		}

		/**
		 * Leaves the turns out of the server's response (the fork still has them), for a client that pages them with
		 * {@link CodexThread#turns()} instead.
		 */
		public Builder excludeTurns(boolean excludeTurns) {
			this.excludeTurns = excludeTurns;
			return this;
		}

		/** Options of the new thread (model, sandbox, approval handler, ...). */
		public Builder threadOptions(ThreadOptions threadOptions) {
			this.threadOptions = Objects.requireNonNull(threadOptions, "threadOptions");
			return this;
		}

		/** The options. */
		public ForkOptions build() {
			return new ForkOptions(this);
		}

	}

}
