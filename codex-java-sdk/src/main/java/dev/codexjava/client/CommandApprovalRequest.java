package dev.codexjava.client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.CommandExecutionRequestApprovalParams;
import dev.codexjava.protocol.generated.NetworkPolicyAmendment;

/**
 * The agent asks to run a shell command ({@code item/commandExecution/requestApproval}). Besides the components, it
 * tells what the server offers: {@link #availableDecisions()}, the proposed policy amendments and the whole typed
 * request ({@link #params()}).
 *
 * @param threadId the thread
 * @param turnId the turn
 * @param itemId the command-execution item
 * @param command the command line, or {@code null}
 * @param cwd the working directory, or {@code null}
 * @param reason the agent's justification, or {@code null}
 * @param raw the full request params
 */
public record CommandApprovalRequest(String threadId, String turnId, String itemId, @Nullable String command,
		@Nullable String cwd, @Nullable String reason, JsonNode raw) {

	/** {@code kind} of a managed checkpoint that takes only accept, decline or cancel. */
	private static final String HUMAN_COMMAND = "humanCommand";

	static CommandApprovalRequest from(JsonNode params) {
		return new CommandApprovalRequest(Json.text(params, "threadId"), Json.text(params, "turnId"),
				Json.text(params, "itemId"), Json.text(params, "command"), Json.text(params, "cwd"),
				Json.text(params, "reason"), params);
	}

	/** The whole request, typed (fields this SDK version does not model are in its {@code unknown()} map). */
	public CommandExecutionRequestApprovalParams params() {
		return Json.convertParams(this.raw, CommandExecutionRequestApprovalParams.class);
	}

	/**
	 * The exec-policy rule (a command prefix) the server proposes, to accept with
	 * {@link CommandDecision#acceptWithExecpolicyAmendment(List)}; empty when it proposes none.
	 */
	public List<String> proposedExecpolicyAmendment() {
		List<String> amendment = params().proposedExecpolicyAmendment();
		return (amendment != null) ? List.copyOf(amendment) : List.of();
	}

	/**
	 * The network rules (allow or deny a host) the server proposes, to choose with
	 * {@link CommandDecision#applyNetworkPolicyAmendment(NetworkPolicyAmendment)}; empty when it proposes none.
	 */
	public List<NetworkPolicyAmendment> proposedNetworkPolicyAmendments() {
		List<NetworkPolicyAmendment> amendments = params().proposedNetworkPolicyAmendments();
		return (amendments != null) ? List.copyOf(amendments) : List.of();
	}

	/**
	 * The decisions the server offers, in its order ({@code availableDecisions}; the 0.169.0 binary lists for example
	 * accept, accept with the proposed exec-policy amendment, and cancel). For a server that does not list them they
	 * are derived from the request: accept, accept for the session (not for a {@code humanCommand} checkpoint), accept
	 * with the proposed exec-policy amendment, each proposed network amendment, decline and cancel. Kinds this SDK does
	 * not know are left out. {@link CommandDecision#DECLINE} is always taken, listed or not (it is the client's
	 * refusal; the binary accepts it).
	 */
	public List<CommandDecision> availableDecisions() {
		JsonNode listed = (this.raw != null) ? this.raw.get("availableDecisions") : null;
		List<CommandDecision> decisions = new ArrayList<>();
		if (listed != null && listed.isArray()) {
			for (JsonNode wire : listed) {
				CommandDecision decision = CommandDecision.from(wire);
				if (decision != null) {
					decisions.add(decision);
				}
			}
			return List.copyOf(decisions);
		}
		boolean human = HUMAN_COMMAND.equals(Json.text(this.raw, "kind"));
		decisions.add(CommandDecision.ACCEPT);
		if (!human) {
			decisions.add(CommandDecision.ACCEPT_FOR_SESSION);
			List<String> amendment = proposedExecpolicyAmendment();
			if (!amendment.isEmpty()) {
				decisions.add(CommandDecision.acceptWithExecpolicyAmendment(amendment));
			}
			proposedNetworkPolicyAmendments().forEach(
					(network) -> decisions.add(CommandDecision.applyNetworkPolicyAmendment(network)));
		}
		decisions.add(CommandDecision.DECLINE);
		decisions.add(CommandDecision.CANCEL);
		return List.copyOf(decisions);
	}

	/** The kinds of the {@link #availableDecisions()}, unknown ones included when the server listed them. */
	Set<String> offeredKinds() {
		Set<String> kinds = new LinkedHashSet<>();
		JsonNode listed = (this.raw != null) ? this.raw.get("availableDecisions") : null;
		if (listed != null && listed.isArray()) {
			listed.forEach((wire) -> kinds.add(CommandDecision.kindOf(wire)));
		}
		else {
			availableDecisions().forEach((decision) -> kinds.add(decision.kind()));
		}
		return kinds;
	}

	/** Whether the server takes this decision: its kind is offered, or it is {@link CommandDecision#DECLINE}. */
	public boolean offers(CommandDecision decision) {
		return CommandDecision.DECLINE.equals(decision) || (decision != null && offeredKinds().contains(decision.kind()));
	}

}
