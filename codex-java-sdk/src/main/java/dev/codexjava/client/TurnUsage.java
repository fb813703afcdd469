package dev.codexjava.client;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.model.TokenCounts;

/**
 * Tokens a turn used: input (of which cached), output (of which reasoning), and total, summed over every model call
 * of the turn; plus the thread's running total and the model's context window.
 *
 * @param inputTokens input tokens of this turn
 * @param cachedInputTokens the cached part of the input
 * @param outputTokens output tokens of this turn
 * @param reasoningOutputTokens the reasoning part of the output
 * @param totalTokens all tokens of this turn
 * @param threadTotal the thread's cumulative usage after this turn
 * @param modelContextWindow the context window, or {@code null}
 */
public record TurnUsage(long inputTokens, long cachedInputTokens, long outputTokens, long reasoningOutputTokens,
		long totalTokens, TokenCounts threadTotal, @Nullable Long modelContextWindow) {

	static TurnUsage of(TokenCounts turn, TokenCounts threadTotal, Long modelContextWindow) {
		return new TurnUsage(turn.inputTokens(), turn.cachedInputTokens(), turn.outputTokens(),
				turn.reasoningOutputTokens(), turn.totalTokens(), threadTotal, modelContextWindow);
	}

}
