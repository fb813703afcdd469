package dev.codexjava.client;

/**
 * The answer to a command-execution or file-change approval request. For a command, {@link CommandDecision} also
 * carries the decisions that amend the server's policy.
 */
public enum ApprovalDecision {

	/** Allow this once. */
	ACCEPT("accept"),
	/** Allow this and similar requests for the rest of the session. */
	ACCEPT_FOR_SESSION("acceptForSession"),
	/** Refuse; the agent is told and the turn goes on. */
	DECLINE("decline"),
	/** Refuse and interrupt the turn. */
	CANCEL("cancel");

	private final String wire;

	ApprovalDecision(String wire) {
		this.wire = wire;
	}

	/** The wire value. */
	public String wireValue() {
		return this.wire;
	}

}
