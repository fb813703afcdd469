package dev.codexjava.client;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.FileChangeRequestApprovalParams;

/**
 * The agent asks to apply file changes ({@code item/fileChange/requestApproval}). The decisions it takes are the
 * plain {@link ApprovalDecision}s.
 *
 * @param threadId the thread
 * @param turnId the turn
 * @param itemId the file-change item
 * @param reason the agent's justification, or {@code null}
 * @param grantRoot a root the agent asks write access to, or {@code null}
 * @param raw the full request params
 */
public record FileChangeApprovalRequest(String threadId, String turnId, String itemId, @Nullable String reason,
		@Nullable String grantRoot, JsonNode raw) {

	static FileChangeApprovalRequest from(JsonNode params) {
		return new FileChangeApprovalRequest(Json.text(params, "threadId"), Json.text(params, "turnId"),
				Json.text(params, "itemId"), Json.text(params, "reason"), Json.text(params, "grantRoot"), params);
	}

	/** The whole request, typed (fields this SDK version does not model are in its {@code unknown()} map). */
	public FileChangeRequestApprovalParams params() {
		return Json.convertParams(this.raw, FileChangeRequestApprovalParams.class);
	}

}
