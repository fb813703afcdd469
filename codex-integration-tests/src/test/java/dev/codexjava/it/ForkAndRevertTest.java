package dev.codexjava.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ForkOptions;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.generated.Turn;
import dev.codexjava.protocol.model.ThreadInfo;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Forking through a turn ({@code lastTurnId}, {@code excludeTurns}) and reverting a thread, on the real binary. */
@ExtendWith(CodexExtension.class)
class ForkAndRevertTest {

	@Test
	void forkThroughATurnCopiesOnlyTheHistoryUpToIt(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("first answer"), MockResponse.text("second answer"),
				MockResponse.text("fork answer"));
		CodexThread thread = codex.startThread();
		TurnResult first = thread.run("first question");
		thread.run("second question");

		CodexThread fork = thread.fork(ForkOptions.builder().lastTurnId(first.id()).excludeTurns(true).build());

		assertThat(fork.id()).isNotEqualTo(thread.id());
		assertThat(fork.turns().map(Turn::id).toList()).containsExactly(first.id());
		fork.run("fork question");
		// the fork's model saw the first exchange, not the second
		assertThat(model.requests().get(2).allUserTexts()).contains("first question", "fork question")
			.doesNotContain("second question");
		// the source keeps its two turns
		assertThat(thread.turns().count()).isEqualTo(2);
	}

	@Test
	void revertDropsATurnAndEveryLaterOneFromTheHistory(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("one"), MockResponse.text("two"), MockResponse.text("three"),
				MockResponse.text("after revert"));
		CodexThread thread = codex.startThread();
		TurnResult first = thread.run("question one");
		TurnResult second = thread.run("question two");
		thread.run("question three");

		ThreadInfo info = thread.revert(second.id());

		assertThat(info.id()).isEqualTo(thread.id());
		assertThat(thread.turns().map(Turn::id).toList()).containsExactly(first.id());
		thread.run("question four");
		assertThat(model.requests().get(3).allUserTexts()).contains("question one", "question four")
			.doesNotContain("question two", "question three");
	}

}
