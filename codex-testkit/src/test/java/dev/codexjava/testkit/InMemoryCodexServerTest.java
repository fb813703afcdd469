package dev.codexjava.testkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.codexjava.client.ApprovalDecision;
import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CommandApprovalRequest;
import dev.codexjava.client.FileChangeApprovalRequest;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnFailedException;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnResult;
import dev.codexjava.transport.Transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InMemoryCodexServerTest {

	private final List<Transport> made = new CopyOnWriteArrayList<>();

	private final InMemoryCodexServer server = new InMemoryCodexServer();

	private Codex codex;

	@AfterEach
	void closeAndCheckNothingIsLeft() throws InterruptedException {
		if (this.codex != null) {
			this.codex.close();
		}
		this.server.close();
		assertThat(this.server.openConnections()).isZero();
		assertThat(this.server.threadsEnded(this.made, Duration.ofSeconds(5))).isTrue();
	}

	private Codex start(CodexConfig config) {
		this.codex = Codex.create(config, () -> {
			Transport transport = this.server.connect();
			this.made.add(transport);
			return transport;
		});
		this.codex.start();
		return this.codex;
	}

	@Test
	void streamsTheScriptedDeltasAndRecordsThePrompt() {
		this.server.enqueue(ScriptedTurn.streamed("4", "2").withUsage(7, 1, 3, 0, 10));
		TurnHandle turn = start(CodexConfig.builder().build()).startThread().turn("What is the answer?");
		List<String> deltas = turn.stream()
			.filter(TurnEvent.AgentMessageDelta.class::isInstance)
			.map((event) -> ((TurnEvent.AgentMessageDelta) event).delta())
			.toList();
		TurnResult result = turn.result().join();
		assertThat(deltas).containsExactly("4", "2");
		assertThat(result.finalResponse()).isEqualTo("42");
		assertThat(result.usage().inputTokens()).isEqualTo(7);
		assertThat(result.usage().totalTokens()).isEqualTo(10);
		assertThat(this.server.prompts()).containsExactly("What is the answer?");
		// the queue is used up: the next turn plays the default
		assertThat(this.codex.startThread().run("again").finalResponse()).isEqualTo("ok");
	}

	@Test
	void sendsApprovalRequestsAndRecordsTheClientsDecisions() {
		ApprovalHandler handler = new ApprovalHandler() {

			@Override
			public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
				return request.command().startsWith("ls") ? ApprovalDecision.ACCEPT : ApprovalDecision.DECLINE;
			}

			@Override
			public ApprovalDecision onFileChange(FileChangeApprovalRequest request) {
				return ApprovalDecision.DECLINE;
			}

		};
		this.server.enqueue(ScriptedTurn.text("done")
			.withCommandApproval("ls -la")
			.withCommandApproval("rm -rf /")
			.withFileChangeApproval("write out.txt"));
		TurnResult result = start(CodexConfig.builder().approvalHandler(handler).build()).startThread().run("go");
		assertThat(result.finalResponse()).isEqualTo("done");
		assertThat(this.server.approvals()).extracting(RecordedApproval::method, RecordedApproval::command,
				RecordedApproval::decision)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ScriptedTurn.Approval.COMMAND, "ls -la", "accept"),
					org.assertj.core.groups.Tuple.tuple(ScriptedTurn.Approval.COMMAND, "rm -rf /", "decline"),
					org.assertj.core.groups.Tuple.tuple(ScriptedTurn.Approval.FILE_CHANGE, null, "decline"));
	}

	@Test
	void aFailedTurnFailsWithTheScriptedError() {
		this.server.enqueue(ScriptedTurn.failed("The model is busy", "serverOverloaded"));
		Codex client = start(CodexConfig.builder().build());
		assertThatExceptionOfType(TurnFailedException.class).isThrownBy(() -> client.startThread().run("hi"))
			.satisfies((ex) -> {
				assertThat(ex.error().message()).isEqualTo("The model is busy");
				assertThat(ex.error().isServerOverloaded()).isTrue();
			});
	}

	@Test
	void scriptedRepliesOverrideTheBuiltInOnes() {
		this.server.respondNext("thread/start", InMemoryCodexServer.error(-32600, "no threads today"));
		Codex client = start(CodexConfig.builder().build());
		assertThatExceptionOfType(dev.codexjava.error.CodexRpcException.class).isThrownBy(client::startThread)
			.withMessageContaining("no threads today");
		assertThat(client.startThread().id()).isEqualTo("thread-1");
		assertThat(this.server.requestCount("thread/start")).isEqualTo(2);
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.respond("x", "{\"id\":1}"));
	}

	@Test
	void eachStartIsANewConnectionAndCloseEndsIt() {
		Codex client = start(CodexConfig.builder().build());
		assertThat(this.server.openConnections()).isEqualTo(1);
		client.restart();
		assertThat(client.startThread().run("after restart").finalResponse()).isEqualTo("ok");
		assertThat(this.server.connectionCount()).isEqualTo(2);
		assertThat(this.server.openConnections()).isEqualTo(1);
		client.close();
		assertThat(this.server.openConnections()).isZero();
	}

}
