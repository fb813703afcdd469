package dev.codexjava.sample;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.codexjava.client.CommandApprovalRequest;
import dev.codexjava.client.FileChangeApprovalRequest;

/**
 * What the page shows of an approval request (the {@code approval} event): what the agent asks, never the request's
 * raw params. Fields that do not apply are left out of the JSON.
 *
 * @param id the request's id for {@code POST /api/approvals/{id}}: random, unguessable, sent only on the turn's own
 * stream and valid only while the request is pending
 * @param kind {@code command} or {@code fileChange}
 * @param itemId the command or file-change item the request is about
 * @param command the command line (a command)
 * @param cwd the working directory (a command)
 * @param reason the agent's justification, if it gave one
 * @param grantRoot a folder the agent asks write access to (a file change)
 * @param timeoutSeconds seconds until the request is declined unanswered, or {@code null} for no deadline
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApprovalView(String id, String kind, String itemId, String command, String cwd, String reason,
		String grantRoot, Long timeoutSeconds) {

	/** The longest text shown per field. */
	static final int MAX_TEXT = 4000;

	static ApprovalView command(String id, CommandApprovalRequest request, Long timeoutSeconds) {
		return new ApprovalView(id, "command", request.itemId(), clip(request.command()), clip(request.cwd()),
				clip(request.reason()), null, timeoutSeconds);
	}

	static ApprovalView fileChange(String id, FileChangeApprovalRequest request, Long timeoutSeconds) {
		return new ApprovalView(id, "fileChange", request.itemId(), null, null, clip(request.reason()),
				clip(request.grantRoot()), timeoutSeconds);
	}

	private static String clip(String text) {
		return (text != null && text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT - 3) + "..." : text;
	}

}
