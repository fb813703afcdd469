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
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command approvals on the real binary: the mock model asks to run a command that needs escalation, the app-server
 * asks the client, and the client's decision decides whether the command runs.
 */
class ApprovalTest {

	@TempDir
	Path tmp;

	private TurnResult runToolTurn(ApprovalHandler handler, Path marker, List<String> decisions) {
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).approvalPolicy("on-request").build()) {
			model.enqueue(MockResponse.toolCall("call-1", "touch " + marker + " && echo created", true),
					MockResponse.text("done after tool"));
			var config = Fixtures.config(home.path()).listener(new CodexListener() {
				@Override
				public void onApprovalDecided(String method, String threadId, String decision) {
					decisions.add(method + "=" + decision);
				}
			});
			if (handler != null) {
				config.approvalHandler(handler);
			}
			try (Codex codex = Codex.start(config.build())) {
				CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).cwd(this.tmp).build());
				return thread.run("create the marker");
			}
		}
	}

	@Test
	void acceptedCommandRuns() {
		Path marker = this.tmp.resolve("accepted.txt");
		List<CommandApprovalRequest> seen = new CopyOnWriteArrayList<>();
		List<String> decisions = new CopyOnWriteArrayList<>();
		TurnResult result = runToolTurn(new ApprovalHandler() {
			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				seen.add(request);
				return ApprovalDecision.ACCEPT;
			}
		}, marker, decisions);

		assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
		assertThat(Files.exists(marker)).isTrue();
		assertThat(seen).singleElement().satisfies((request) -> {
			assertThat(request.command()).contains("touch");
			assertThat(request.threadId()).isEqualTo(result.threadId());
			assertThat(request.turnId()).isEqualTo(result.id());
			assertThat(request.itemId()).isEqualTo("call-1");
		});
		assertThat(result.items()).filteredOn(ThreadItem.CommandExecution.class::isInstance)
			.singleElement()
			.satisfies((item) -> assertThat(((ThreadItem.CommandExecution) item).status()).isEqualTo("completed"));
		assertThat(result.finalResponse()).isEqualTo("done after tool");
		assertThat(decisions).containsExactly("item/commandExecution/requestApproval=accept");
	}

	@Test
	void declinedCommandDoesNotRun() {
		Path marker = this.tmp.resolve("declined.txt");
		List<String> decisions = new CopyOnWriteArrayList<>();
		TurnResult result = runToolTurn(new ApprovalHandler() {
			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				return ApprovalDecision.DECLINE;
			}
		}, marker, decisions);

		assertThat(Files.exists(marker)).isFalse();
		assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
		assertThat(result.items()).filteredOn(ThreadItem.CommandExecution.class::isInstance)
			.singleElement()
			.satisfies((item) -> assertThat(((ThreadItem.CommandExecution) item).status()).isEqualTo("declined"));
		assertThat(decisions).containsExactly("item/commandExecution/requestApproval=decline");
	}

	@Test
	void withoutAHandlerCommandsAreDeclinedByDefault() {
		Path marker = this.tmp.resolve("default.txt");
		List<String> decisions = new CopyOnWriteArrayList<>();
		TurnResult result = runToolTurn(null, marker, decisions);

		assertThat(Files.exists(marker)).isFalse();
		assertThat(decisions).containsExactly("item/commandExecution/requestApproval=decline");
		assertThat(result.items()).filteredOn(ThreadItem.CommandExecution.class::isInstance)
			.singleElement()
			.satisfies((item) -> assertThat(((ThreadItem.CommandExecution) item).status()).isEqualTo("declined"));
	}

	@Test
	void cancelInterruptsTheTurn() {
		Path marker = this.tmp.resolve("cancel.txt");
		List<String> decisions = new CopyOnWriteArrayList<>();
		TurnResult result = runToolTurn(new ApprovalHandler() {
			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				return ApprovalDecision.CANCEL;
			}
		}, marker, decisions);

		assertThat(Files.exists(marker)).isFalse();
		assertThat(result.status()).isEqualTo(TurnStatus.INTERRUPTED);
	}

	@Test
	void perThreadHandlerWinsOverTheClientHandler() {
		Path marker = this.tmp.resolve("per-thread.txt");
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).approvalPolicy("on-request").build()) {
			model.enqueue(MockResponse.toolCall("call-1", "touch " + marker, true), MockResponse.text("ok"));
			try (Codex codex = Codex.start(Fixtures.config(home.path()).build())) {
				CodexThread thread = codex.startThread(ThreadOptions.builder()
					.ephemeral(true)
					.cwd(this.tmp)
					.approvalHandler(ApprovalHandler.acceptCommandsAndFileChanges())
					.build());
				thread.run("go");
			}
		}
		assertThat(Files.exists(marker)).isTrue();
	}

}
