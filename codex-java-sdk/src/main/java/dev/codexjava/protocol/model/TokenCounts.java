package dev.codexjava.protocol.model;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;

/**
 * Token counts: input, cached input (part of input), output, reasoning output (part of output) and total.
 */
public record TokenCounts(long inputTokens, long cachedInputTokens, long outputTokens, long reasoningOutputTokens,
		long totalTokens) {

	/** All zero. */
	public static final TokenCounts ZERO = new TokenCounts(0, 0, 0, 0, 0);

	/** Reads a wire breakdown ({@code totalTokens}, {@code inputTokens}, ...). Missing, negative or
	 * unreadable fields count as zero. */
	public static TokenCounts from(@Nullable JsonNode node) {
		if (node == null || !node.isObject()) {
			return ZERO;
		}
		return new TokenCounts(orZero(Json.countValue(node, "inputTokens")),
				orZero(Json.countValue(node, "cachedInputTokens")), orZero(Json.countValue(node, "outputTokens")),
				orZero(Json.countValue(node, "reasoningOutputTokens")), orZero(Json.countValue(node, "totalTokens")));
	}

	private static long orZero(Long value) {
		return (value != null) ? value : 0L;
	}

	/** The element-wise sum (saturating at {@link Long#MAX_VALUE} instead of overflowing). */
	public TokenCounts plus(TokenCounts other) {
		return new TokenCounts(add(this.inputTokens, other.inputTokens),
				add(this.cachedInputTokens, other.cachedInputTokens), add(this.outputTokens, other.outputTokens),
				add(this.reasoningOutputTokens, other.reasoningOutputTokens), add(this.totalTokens, other.totalTokens));
	}

	private static long add(long a, long b) {
		long sum = a + b;
		// overflow when both operands have the sign opposite to the sum's
		return (((a ^ sum) & (b ^ sum)) < 0) ? ((a < 0) ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
	}

}
