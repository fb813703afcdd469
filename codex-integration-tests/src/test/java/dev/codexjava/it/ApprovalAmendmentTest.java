package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.ApprovalDecision;
import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexListener;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.CommandApprovalRequest;
import dev.codexjava.client.CommandDecision;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command approvals with the decisions the real binary offers: accepting with its proposed exec-policy amendment
 * records the rule in CODEX_HOME, and a decision it did not offer is declined by the client.
 */
class ApprovalAmendmentTest {

	@TempDir
	Path tmp;

	@Test
	void acceptingWithTheProposedAmendmentRunsTheCommandAndRecordsTheRule() throws Exception {
		Path marker = this.tmp.resolve("amended.txt");
		List<CommandApprovalRequest> seen = new CopyOnWriteArrayList<>();
		List<String> decisions = new CopyOnWriteArrayList<>();
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public CommandDecision decideCommandExecution(CommandApprovalRequest request) {
				seen.add(request);
				return CommandDecision.acceptWithExecpolicyAmendment(request.proposedExecpolicyAmendment());
			}
		};
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).approvalPolicy("on-request").build()) {
			model.enqueue(MockResponse.toolCall("call-1", "touch " + marker + " && echo created", true),
					MockResponse.text("done"));
			TurnResult result = run(home, handler, decisions);

			assertThat(Files.exists(marker)).isTrue();
			assertThat(commandStatus(result)).isEqualTo("completed");
			assertThat(seen).singleElement().satisfies((request) -> {
				assertThat(request.proposedExecpolicyAmendment()).containsExactly("touch", marker.toString());
				assertThat(request.availableDecisions())
					.contains(CommandDecision.acceptWithExecpolicyAmendment(List.of("touch", marker.toString())));
			});
			assertThat(decisions).containsExactly("acceptWithExecpolicyAmendment");
			// the server persisted the rule
			assertThat(Files.readString(home.path().resolve("rules").resolve("default.rules")))
				.contains("prefix_rule(pattern=[\"touch\", \"" + marker + "\"], decision=\"allow\")");
		}
	}

	@Test
	void aDecisionTheServerDidNotOfferIsDeclined() {
		Path marker = this.tmp.resolve("session.txt");
		List<String> decisions = new CopyOnWriteArrayList<>();
		List<CommandApprovalRequest> seen = new CopyOnWriteArrayList<>();
		ApprovalHandler handler = new ApprovalHandler() {
			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				seen.add(request);
				return ApprovalDecision.ACCEPT_FOR_SESSION;
			}
		};
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).approvalPolicy("on-request").build()) {
			model.enqueue(MockResponse.toolCall("call-1", "touch " + marker + " && echo created", true),
					MockResponse.text("done"));
			TurnResult result = run(home, handler, decisions);

			// this escalation offers accept, the amendment and cancel, not acceptForSession
			assertThat(seen).singleElement()
				.satisfies((request) -> assertThat(request.offers(CommandDecision.ACCEPT_FOR_SESSION)).isFalse());
			assertThat(decisions).containsExactly("decline");
			assertThat(Files.exists(marker)).isFalse();
			assertThat(commandStatus(result)).isEqualTo("declined");
		}
	}

	private TurnResult run(MockCodexHome home, ApprovalHandler handler, List<String> decisions) {
		var config = Fixtures.config(home.path()).approvalHandler(handler).listener(new CodexListener() {
			@Override
			public void onApprovalDecided(String method, String threadId, String decision) {
				decisions.add(decision);
			}
		});
		try (Codex codex = Codex.start(config.build())) {
			CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).cwd(this.tmp).build());
			return thread.run("create the marker");
		}
	}

	private static String commandStatus(TurnResult result) {
		return result.items()
			.stream()
			.filter(ThreadItem.CommandExecution.class::isInstance)
			.map((item) -> ((ThreadItem.CommandExecution) item).status())
			.findFirst()
			.orElse(null);
	}

}
