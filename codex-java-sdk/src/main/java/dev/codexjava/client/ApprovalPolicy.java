package dev.codexjava.client;

/** When Codex asks the client before running something ({@code approvalPolicy}). */
public enum ApprovalPolicy {

	/** Ask for anything beyond a small set of trusted commands (per thread or turn only). */
	UNTRUSTED("untrusted"),
	/** The model decides when to ask (e.g. to leave the sandbox). */
	ON_REQUEST("on-request"),
	/** Never ask; what the sandbox forbids fails. */
	NEVER("never");

	private final String wire;

	ApprovalPolicy(String wire) {
		this.wire = wire;
	}

	/** The wire value. */
	public String wireValue() {
		return this.wire;
	}

}
