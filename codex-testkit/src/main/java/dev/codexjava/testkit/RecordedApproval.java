package dev.codexjava.testkit;

/**
 * An approval request an {@link InMemoryCodexServer} sent, and how the client answered it.
 *
 * @param method {@code item/commandExecution/requestApproval} or {@code item/fileChange/requestApproval}
 * @param threadId the thread of the turn that asked
 * @param command the command, for a command approval, else {@code null}
 * @param decision the client's decision as sent ({@code accept}, {@code decline}, ...), {@code error <code>} if it
 * answered with an error, or {@code unanswered} if the connection closed first
 */
public record RecordedApproval(String method, String threadId, String command, String decision) {

	/** Whether the client allowed it ({@code accept} or {@code acceptForSession}). */
	public boolean accepted() {
		return "accept".equals(this.decision) || "acceptForSession".equals(this.decision);
	}

}
