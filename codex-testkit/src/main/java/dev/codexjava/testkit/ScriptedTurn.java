package dev.codexjava.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link InMemoryCodexServer} plays for one {@code turn/start}: optional approval requests to the client,
 * then an agent message (streamed as deltas or in one piece), optional token usage, and the turn's end (completed, or
 * failed with an error). Immutable: the modifiers return a copy, so one instance can be queued many times.
 */
public final class ScriptedTurn {

	/** The agent message's final text, or {@code null} for a turn without a message. */
	final String finalText;

	/** The deltas streamed before the message completes (none: the message arrives in one piece). */
	final List<String> deltas;

	/** The approval requests sent to the client before the message, in order. */
	final List<Approval> approvals;

	/** The token usage reported before the turn ends, or {@code null} for none. */
	final TokenUsage usage;

	/** The failure's message, or {@code null} for a completed turn. */
	final String errorMessage;

	/** The failure's {@code codexErrorInfo} (e.g. {@code serverOverloaded}), or {@code null}. */
	final String errorKind;

	private ScriptedTurn(String finalText, List<String> deltas, List<Approval> approvals, TokenUsage usage,
			String errorMessage, String errorKind) {
		this.finalText = finalText;
		this.deltas = List.copyOf(deltas);
		this.approvals = List.copyOf(approvals);
		this.usage = usage;
		this.errorMessage = errorMessage;
		this.errorKind = errorKind;
	}

	/** The agent message's final text, or {@code null} for a turn without one. */
	public String finalText() {
		return this.finalText;
	}

	/** A turn whose agent message is {@code text}, in one piece, with the default usage (10 in, 5 out). */
	public static ScriptedTurn text(String text) {
		return new ScriptedTurn(Objects.requireNonNull(text, "text"), List.of(), List.of(), TokenUsage.DEFAULT, null,
				null);
	}

	/** A turn whose agent message is streamed as these deltas; the final text is their concatenation. */
	public static ScriptedTurn streamed(String... deltas) {
		return new ScriptedTurn(String.join("", deltas), List.of(deltas), List.of(), TokenUsage.DEFAULT, null, null);
	}

	/**
	 * A turn that fails with this message and {@code codexErrorInfo} kind (e.g. {@code serverOverloaded}, or
	 * {@code null}), without a message.
	 */
	public static ScriptedTurn failed(String message, String errorKind) {
		return new ScriptedTurn(null, List.of(), List.of(), null, Objects.requireNonNull(message, "message"),
				errorKind);
	}

	/**
	 * A copy that first asks the client to approve running {@code command}
	 * ({@code item/commandExecution/requestApproval}); the client's decision is recorded in
	 * {@link InMemoryCodexServer#approvals()}, and the turn goes on whatever it is.
	 */
	public ScriptedTurn withCommandApproval(String command) {
		return withApproval(new Approval(Approval.COMMAND, Objects.requireNonNull(command, "command"), null));
	}

	/**
	 * A copy that first asks the client to approve a file change ({@code item/fileChange/requestApproval}) for this
	 * reason; the client's decision is recorded in {@link InMemoryCodexServer#approvals()}.
	 */
	public ScriptedTurn withFileChangeApproval(String reason) {
		return withApproval(new Approval(Approval.FILE_CHANGE, null, reason));
	}

	private ScriptedTurn withApproval(Approval approval) {
		List<Approval> all = new ArrayList<>(this.approvals);
		all.add(approval);
		return new ScriptedTurn(this.finalText, this.deltas, all, this.usage, this.errorMessage, this.errorKind);
	}

	/** A copy that reports this usage ({@code thread/tokenUsage/updated}) before the turn ends. */
	public ScriptedTurn withUsage(long inputTokens, long cachedInputTokens, long outputTokens, long reasoningTokens,
			long totalTokens) {
		return new ScriptedTurn(this.finalText, this.deltas, this.approvals,
				new TokenUsage(inputTokens, cachedInputTokens, outputTokens, reasoningTokens, totalTokens),
				this.errorMessage, this.errorKind);
	}

	/** A copy that reports no usage (the turn's {@code usage()} is then {@code null}). */
	public ScriptedTurn withoutUsage() {
		return new ScriptedTurn(this.finalText, this.deltas, this.approvals, null, this.errorMessage, this.errorKind);
	}

	@Override
	public String toString() {
		return "ScriptedTurn[finalText=" + this.finalText + ", deltas=" + this.deltas.size() + ", approvals="
				+ this.approvals + ", error=" + this.errorMessage + "]";
	}

	/**
	 * One approval request of a scripted turn.
	 *
	 * @param method the server request's method
	 * @param command the command to approve, for a command approval
	 * @param reason the reason given, or {@code null}
	 */
	public record Approval(String method, String command, String reason) {

		/** The method of a command approval. */
		public static final String COMMAND = "item/commandExecution/requestApproval";

		/** The method of a file-change approval. */
		public static final String FILE_CHANGE = "item/fileChange/requestApproval";

	}

}
