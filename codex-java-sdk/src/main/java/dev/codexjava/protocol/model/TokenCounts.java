package dev.codexjava.protocol.model;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;

/**
 * Token counts: input, cached input (part of input), output, reasoning output (part of output) and total.
 */
public record TokenCounts(long inputTokens, long cachedInputTokens, long outputTokens, long reasoningOutputTokens,
		long totalTokens) {

	/** All zero. */
	public static final TokenCounts ZERO = new TokenCounts(0, 0, 0, 0, 0);

	/** Reads a wire breakdown ({@code totalTokens}, {@code inputTokens}, ...). Missing fields count as zero. */
	public static TokenCounts from(JsonNode node) {
		if (node == null || !node.isObject()) {
			return ZERO;
		}
		return new TokenCounts(orZero(Json.longValue(node, "inputTokens")),
				orZero(Json.longValue(node, "cachedInputTokens")), orZero(Json.longValue(node, "outputTokens")),
				orZero(Json.longValue(node, "reasoningOutputTokens")), orZero(Json.longValue(node, "totalTokens")));
	}

	private static long orZero(Long value) {
		return (value != null) ? value : 0L;
	}

	/** The element-wise sum. */
	public TokenCounts plus(TokenCounts other) {
		return new TokenCounts(this.inputTokens + other.inputTokens, this.cachedInputTokens + other.cachedInputTokens,
				this.outputTokens + other.outputTokens, this.reasoningOutputTokens + other.reasoningOutputTokens,
				this.totalTokens + other.totalTokens);
	}

}
