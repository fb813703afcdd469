package dev.codexjava.spring.test.app;

import org.springframework.stereotype.Component;

import dev.codexjava.client.ApprovalDecision;
import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.CommandApprovalRequest;

/** Codex configuration a {@code @CodexTest} keeps: allows {@code ls} commands, declines everything else. */
@Component
public class ListsOnlyApprovalHandler implements ApprovalHandler {

	@Override
	public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
		return (request.command() != null && request.command().startsWith("ls")) ? ApprovalDecision.ACCEPT
				: ApprovalDecision.DECLINE;
	}

}
