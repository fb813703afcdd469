package dev.codexjava.client;

import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.NetworkPolicyAmendment;

/**
 * The answer to a command approval ({@code item/commandExecution/requestApproval}), the protocol's
 * {@code CommandExecutionApprovalDecision}: one of the plain {@link ApprovalDecision}s (accept, accept for the
 * session, decline, cancel: {@link #ACCEPT}, ..., or {@link #of(ApprovalDecision)}), or an accept that also amends the
 * server's policy so that similar requests no longer ask. Return one from
 * {@link ApprovalHandler#decideCommandExecution(CommandApprovalRequest)}; the server accepts only the kinds it offered
 * ({@link CommandApprovalRequest#availableDecisions()}), and the client answers {@link #DECLINE} (with a warning in
 * the log) instead of a decision it did not offer. Decline itself is always taken.
 */
public sealed interface CommandDecision permits CommandDecision.Plain, CommandDecision.AcceptWithExecpolicyAmendment,
		CommandDecision.ApplyNetworkPolicyAmendment {

	/** Allow this once. */
	CommandDecision ACCEPT = new Plain(ApprovalDecision.ACCEPT);

	/** Allow this and similar requests for the rest of the session. */
	CommandDecision ACCEPT_FOR_SESSION = new Plain(ApprovalDecision.ACCEPT_FOR_SESSION);

	/** Refuse; the agent is told and the turn goes on. Always taken by the server. */
	CommandDecision DECLINE = new Plain(ApprovalDecision.DECLINE);

	/** Refuse and interrupt the turn. */
	CommandDecision CANCEL = new Plain(ApprovalDecision.CANCEL);

	/**
	 * The decision's kind on the wire: {@code accept}, {@code acceptForSession}, {@code decline}, {@code cancel},
	 * {@code acceptWithExecpolicyAmendment} or {@code applyNetworkPolicyAmendment}.
	 */
	String kind();

	/** A plain decision; {@code null} for {@code null}. */
	static @Nullable CommandDecision of(@Nullable ApprovalDecision decision) {
		return (decision != null) ? new Plain(decision) : null;
	}

	/** Accept, and add this exec-policy rule (a command prefix) so that matching commands run without asking. */
	static CommandDecision acceptWithExecpolicyAmendment(List<String> commandPrefix) {
		return new AcceptWithExecpolicyAmendment(commandPrefix);
	}

	/** Decide, and persist this network rule (allow or deny a host) for later requests. */
	static CommandDecision applyNetworkPolicyAmendment(NetworkPolicyAmendment amendment) {
		return new ApplyNetworkPolicyAmendment(amendment);
	}

	/** Reads one wire decision (a text or a one-field object); {@code null} for a kind this SDK does not know. */
	static CommandDecision from(JsonNode wire) {
		if (wire == null) {
			return null;
		}
		if (wire.isString()) {
			for (ApprovalDecision decision : ApprovalDecision.values()) {
				if (decision.wireValue().equals(wire.asString())) {
					return new Plain(decision);
				}
			}
			return null;
		}
		JsonNode amendment = wire.path("acceptWithExecpolicyAmendment").path("execpolicy_amendment");
		if (amendment.isArray()) {
			return new AcceptWithExecpolicyAmendment(
					amendment.valueStream().map(JsonNode::asString).toList());
		}
		JsonNode network = wire.path("applyNetworkPolicyAmendment").get("network_policy_amendment");
		if (network != null && network.isObject()) {
			return new ApplyNetworkPolicyAmendment(Json.convert(network, NetworkPolicyAmendment.class));
		}
		return null;
	}

	/** The kind of one wire decision, known or not ({@code null} if it has none). */
	static String kindOf(JsonNode wire) {
		if (wire == null) {
			return null;
		}
		if (wire.isString()) {
			return wire.asString();
		}
		return (wire.isObject() && wire.size() == 1) ? wire.propertyNames().iterator().next() : null;
	}

	/**
	 * One of the plain decisions.
	 *
	 * @param decision the decision
	 */
	record Plain(ApprovalDecision decision) implements CommandDecision {

		/** The decision must be given. */
		public Plain {
			Objects.requireNonNull(decision, "decision");
		}

		@Override
		public String kind() {
			return this.decision.wireValue();
		}

	}

	/**
	 * Accept, and add an exec-policy rule so that commands starting with {@code execpolicyAmendment} run without
	 * asking (the server offers the rule as {@link CommandApprovalRequest#proposedExecpolicyAmendment()}).
	 *
	 * @param execpolicyAmendment the command prefix of the rule
	 */
	record AcceptWithExecpolicyAmendment(List<String> execpolicyAmendment) implements CommandDecision {

		static final String KIND = "acceptWithExecpolicyAmendment";

		/** Copies the prefix; it must not be empty. */
		public AcceptWithExecpolicyAmendment {
			execpolicyAmendment = List.copyOf(Objects.requireNonNull(execpolicyAmendment, "execpolicyAmendment"));
			if (execpolicyAmendment.isEmpty()) {
				throw new IllegalArgumentException("execpolicyAmendment must name at least the command");
			}
		}

		@Override
		public String kind() {
			return KIND;
		}

	}

	/**
	 * Persist a network rule (allow or deny a host) for later requests, and decide this one by it (the server offers
	 * the rules as {@link CommandApprovalRequest#proposedNetworkPolicyAmendments()}).
	 *
	 * @param networkPolicyAmendment the rule
	 */
	record ApplyNetworkPolicyAmendment(NetworkPolicyAmendment networkPolicyAmendment) implements CommandDecision {

		static final String KIND = "applyNetworkPolicyAmendment";

		/** The rule must be given. */
		public ApplyNetworkPolicyAmendment {
			Objects.requireNonNull(networkPolicyAmendment, "networkPolicyAmendment");
		}

		@Override
		public String kind() {
			return KIND;
		}

	}

}
