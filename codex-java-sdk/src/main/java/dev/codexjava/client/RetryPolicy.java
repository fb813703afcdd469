package dev.codexjava.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How to retry requests the server rejected as overloaded ({@link dev.codexjava.error.ServerBusyException}):
 * {@code maxAttempts} calls in all (the first included), exponential backoff from {@code initialDelay} by
 * {@code multiplier} up to {@code maxDelay}, each delay varied by ± {@code jitter} (a fraction, 0.2 = 20 %).
 * The default is 3 attempts, 250 ms, ×2, 2 s, 20 %; {@link #none()} turns retry off.
 *
 * @param maxAttempts total attempts, at least 1
 * @param initialDelay delay before the second attempt
 * @param multiplier growth factor of the delay, at least 1
 * @param maxDelay the largest delay
 * @param jitter random variation of each delay, between 0 and 1
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay,
		double jitter) {

	private static final RetryPolicy DEFAULTS = new RetryPolicy(3, Duration.ofMillis(250), 2.0, Duration.ofSeconds(2),
			0.2);

	private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO, 0.0);

	public RetryPolicy {
		Objects.requireNonNull(initialDelay, "initialDelay");
		Objects.requireNonNull(maxDelay, "maxDelay");
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
		}
		if (initialDelay.isNegative() || maxDelay.isNegative()) {
			throw new IllegalArgumentException("delays must not be negative");
		}
		if (maxDelay.compareTo(initialDelay) < 0) {
			throw new IllegalArgumentException(
					"maxDelay (" + maxDelay + ") must not be smaller than initialDelay (" + initialDelay + ")");
		}
		if (!(multiplier >= 1.0)) {
			throw new IllegalArgumentException("multiplier must be at least 1.0, was " + multiplier);
		}
		if (!(jitter >= 0.0 && jitter <= 1.0)) {
			throw new IllegalArgumentException("jitter must be between 0.0 and 1.0, was " + jitter);
		}
	}

	/** 3 attempts, 250 ms initial delay, ×2, at most 2 s, 20 % jitter. */
	public static RetryPolicy defaults() {
		return DEFAULTS;
	}

	/** No retry: one attempt. */
	public static RetryPolicy none() {
		return NONE;
	}

	/** A builder starting from the defaults. */
	public static Builder builder() {
		return new Builder(DEFAULTS);
	}

	/** A builder starting from this policy. */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/** Whether this policy retries at all. */
	public boolean retries() {
		return this.maxAttempts > 1;
	}

	/**
	 * The delay before attempt {@code attempt + 1}, after {@code attempt} failed attempts (1-based), with jitter.
	 */
	public Duration delayAfter(int attempt) {
		double base = this.initialDelay.toNanos() * Math.pow(this.multiplier, Math.max(0, attempt - 1));
		base = Math.min(base, this.maxDelay.toNanos());
		double spread = base * this.jitter;
		double jittered = base + ((spread > 0) ? ThreadLocalRandom.current().nextDouble(-spread, spread) : 0);
		return Duration.ofNanos((long) Math.max(0, jittered));
	}

	/** Builds {@link RetryPolicy} values. */
	public static final class Builder {

		private int maxAttempts;

		private Duration initialDelay;

		private double multiplier;

		private Duration maxDelay;

		private double jitter;

		private Builder(RetryPolicy from) {
			this.maxAttempts = from.maxAttempts;
			this.initialDelay = from.initialDelay;
			this.multiplier = from.multiplier;
			this.maxDelay = from.maxDelay;
			this.jitter = from.jitter;
		}

		/** Total attempts including the first. */
		public Builder maxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
			return this;
		}

		/** Delay before the second attempt. */
		public Builder initialDelay(Duration initialDelay) {
			this.initialDelay = initialDelay;
			return this;
		}

		/** Growth factor of the delay. */
		public Builder multiplier(double multiplier) {
			this.multiplier = multiplier;
			return this;
		}

		/** Largest delay. */
		public Builder maxDelay(Duration maxDelay) {
			this.maxDelay = maxDelay;
			return this;
		}

		/** Random variation, 0..1. */
		public Builder jitter(double jitter) {
			this.jitter = jitter;
			return this;
		}

		/** @throws IllegalArgumentException on invalid values */
		public RetryPolicy build() {
			return new RetryPolicy(this.maxAttempts, this.initialDelay, this.multiplier, this.maxDelay, this.jitter);
		}

	}

}
