package dev.codexjava.sample;

import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.codexjava.client.ApprovalDecision;
import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.CommandApprovalRequest;
import dev.codexjava.client.FileChangeApprovalRequest;

/**
 * Asks the person watching a turn's stream to allow or decline its commands and file changes (see
 * {@link PendingApprovals}). A request of a turn nobody is streaming (for example one started with
 * {@code POST /api/threads/{id}/turns}) is declined at once. Everything else the agent may ask (permissions, user
 * input, MCP elicitations) keeps the SDK's safe default: refused.
 */
final class PageApprovalHandler implements ApprovalHandler {

	private static final Log logger = LogFactory.getLog(PageApprovalHandler.class);

	private final TurnStreams streams;

	private final PendingApprovals approvals;

	PageApprovalHandler(TurnStreams streams, PendingApprovals approvals) {
		this.streams = streams;
		this.approvals = approvals;
	}

	@Override
	public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
		return ask(request.turnId(), "command",
				(stream) -> this.approvals.ask(stream, "command",
						(id, seconds) -> ApprovalView.command(id, request, seconds)));
	}

	@Override
	public ApprovalDecision onFileChange(FileChangeApprovalRequest request) {
		return ask(request.turnId(), "fileChange",
				(stream) -> this.approvals.ask(stream, "fileChange",
						(id, seconds) -> ApprovalView.fileChange(id, request, seconds)));
	}

	private ApprovalDecision ask(String turnId, String kind,
			Function<TurnStream, ApprovalDecision> asker) {
		return this.streams.find(turnId).map(asker).orElseGet(() -> {
			logger.info("Approval request (" + kind + ") of turn " + turnId
					+ " declined: no page is streaming that turn");
			return ApprovalDecision.DECLINE;
		});
	}

}
