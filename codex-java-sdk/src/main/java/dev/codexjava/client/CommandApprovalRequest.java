package dev.codexjava.client;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;

/**
 * The agent asks to run a shell command ({@code item/commandExecution/requestApproval}).
 *
 * @param threadId the thread
 * @param turnId the turn
 * @param itemId the command-execution item
 * @param command the command line, or {@code null}
 * @param cwd the working directory, or {@code null}
 * @param reason the agent's justification, or {@code null}
 * @param raw the full request params
 */
public record CommandApprovalRequest(String threadId, String turnId, String itemId, String command, String cwd,
		String reason, JsonNode raw) {

	static CommandApprovalRequest from(JsonNode params) {
		return new CommandApprovalRequest(Json.text(params, "threadId"), Json.text(params, "turnId"),
				Json.text(params, "itemId"), Json.text(params, "command"), Json.text(params, "cwd"),
				Json.text(params, "reason"), params);
	}

}
