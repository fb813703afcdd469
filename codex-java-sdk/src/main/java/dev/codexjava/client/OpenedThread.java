package dev.codexjava.client;

/**
 * A thread the server has just started, resumed, forked or unarchived, before it becomes a {@link CodexThread}: the
 * connection it lives on, its metadata, the handler of its approvals (and dynamic tools) and its model.
 */
record OpenedThread(ClientCore core, dev.codexjava.protocol.model.ThreadInfo info, ApprovalHandler handler,
		String model) {

}
