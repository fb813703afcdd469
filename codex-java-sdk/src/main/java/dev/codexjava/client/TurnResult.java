package dev.codexjava.client;

import java.util.List;

import tools.jackson.core.JacksonException;

import org.jspecify.annotations.Nullable;

import dev.codexjava.error.CodexException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TurnError;
import dev.codexjava.protocol.model.TurnStatus;

/**
 * The outcome of a finished turn.
 *
 * @param id the turn id
 * @param threadId the thread id
 * @param status completed, interrupted or failed
 * @param error the error when failed, else {@code null}
 * @param startedAt Unix seconds, or {@code null}
 * @param completedAt Unix seconds, or {@code null}
 * @param durationMs the duration in milliseconds, or {@code null}
 * @param finalResponse the agent's final answer: the newest agent message in phase {@code final_answer}, else the
 * newest agent message without a phase; {@code null} if there is none (commentary never counts)
 * @param items every item completed in this turn, in arrival order
 * @param usage the tokens used, or {@code null} if the server reported none
 */
public record TurnResult(String id, String threadId, TurnStatus status, @Nullable TurnError error,
		@Nullable Long startedAt, @Nullable Long completedAt, @Nullable Long durationMs, @Nullable String finalResponse,
		List<ThreadItem> items, @Nullable TurnUsage usage) {

	public TurnResult {
		items = List.copyOf(items);
	}

	/** Whether the turn completed normally. */
	public boolean isCompleted() {
		return this.status == TurnStatus.COMPLETED;
	}

	/**
	 * Maps the final answer (JSON from a turn with an output schema) onto {@code type}.
	 * @throws CodexException if there is no final answer or it does not fit
	 */
	public <T> T finalResponseAs(Class<T> type) {
		if (this.finalResponse == null) {
			throw new CodexException("Turn " + this.id + " has no final response to map onto " + type.getName());
		}
		try {
			return Json.mapper().readValue(this.finalResponse, type);
		}
		catch (JacksonException ex) {
			throw new CodexException("The final response of turn " + this.id + " does not map onto "
					+ type.getName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * The review a {@link CodexThread#review review} turn produced: the text of its {@code exitedReviewMode} item;
	 * {@code null} for other turns. An interrupted review still has one, with the server's note that there is no
	 * review (0.169.0: {@code Reviewer failed to output a response.}).
	 */
	public @Nullable String review() {
		for (int i = this.items.size() - 1; i >= 0; i--) {
			if (this.items.get(i) instanceof ThreadItem.ExitedReviewMode exited) {
				return exited.review();
			}
		}
		return null;
	}

	/** Applies the final-answer rule to {@code items}. */
	static String finalResponseOf(List<ThreadItem> items) {
		for (int i = items.size() - 1; i >= 0; i--) {
			if (items.get(i) instanceof ThreadItem.AgentMessage message && "final_answer".equals(message.phase())) {
				return message.text();
			}
		}
		for (int i = items.size() - 1; i >= 0; i--) {
			if (items.get(i) instanceof ThreadItem.AgentMessage message && message.phase() == null) {
				return message.text();
			}
		}
		return null;
	}

}
