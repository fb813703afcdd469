package dev.codexjava.client;

/** Where commands the agent runs may write. */
public enum SandboxMode {

	/** Read anywhere, write nowhere. */
	READ_ONLY("read-only", "readOnly"),
	/** Write inside the workspace (the thread's cwd) only. */
	WORKSPACE_WRITE("workspace-write", "workspaceWrite"),
	/** No sandbox. Only for disposable environments. */
	DANGER_FULL_ACCESS("danger-full-access", "dangerFullAccess");

	private final String threadValue;

	private final String policyType;

	SandboxMode(String threadValue, String policyType) {
		this.threadValue = threadValue;
		this.policyType = policyType;
	}

	/** The value for thread operations ({@code sandbox}). */
	public String wireValue() {
		return this.threadValue;
	}

	/** The {@code type} of a turn's {@code sandboxPolicy} object. */
	public String policyType() {
		return this.policyType;
	}

}
