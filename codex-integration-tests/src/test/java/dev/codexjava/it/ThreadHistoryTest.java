package dev.codexjava.it;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.generated.ThreadItem;
import dev.codexjava.protocol.generated.ThreadItemEntry;
import dev.codexjava.protocol.generated.ThreadUnsubscribeStatus;
import dev.codexjava.protocol.generated.Turn;
import dev.codexjava.protocol.model.ThreadInfo;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Thread history (typed turns and items, paged), delete and unsubscribe on the real binary. */
@ExtendWith(CodexExtension.class)
class ThreadHistoryTest {

	@Test
	void turnsAndItemsArePagedOldestFirstAndTyped(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("first answer"), MockResponse.text("second answer"),
				MockResponse.text("third answer"));
		CodexThread thread = codex.startThread();
		TurnResult first = thread.run("first question");
		TurnResult second = thread.run("second question");
		TurnResult third = thread.run("third question");

		// one turn per request: three pages
		List<Turn> turns = thread.turns(1).toList();
		assertThat(turns).extracting(Turn::id).containsExactly(first.id(), second.id(), third.id());
		assertThat(turns.get(1).items()).filteredOn(ThreadItem.AgentMessage.class::isInstance)
			.extracting((item) -> ((ThreadItem.AgentMessage) item).text())
			.containsExactly("second answer");
		assertThat(thread.turns().toList()).extracting(Turn::id).containsExactlyElementsOf(
				turns.stream().map(Turn::id).toList());

		List<ThreadItemEntry> items = thread.items(2).toList();
		assertThat(items).extracting(ThreadItemEntry::turnId).containsSubsequence(first.id(), second.id(), third.id());
		assertThat(items).extracting(ThreadItemEntry::item)
			.filteredOn(ThreadItem.UserMessage.class::isInstance)
			.hasSize(3);
		assertThat(items).extracting(ThreadItemEntry::item)
			.filteredOn(ThreadItem.AgentMessage.class::isInstance)
			.extracting((item) -> ((ThreadItem.AgentMessage) item).text())
			.containsExactly("first answer", "second answer", "third answer");
		assertThat(thread.items().count()).isEqualTo(items.size());
	}

	@Test
	void deletedThreadIsGoneAndUnsubscribeIsAnswered(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("kept"), MockResponse.text("gone"));
		CodexThread kept = codex.startThread();
		kept.run("keep me");
		CodexThread doomed = codex.startThread();
		doomed.run("delete me");

		assertThat(kept.unsubscribe()).isEqualTo(ThreadUnsubscribeStatus.UNSUBSCRIBED);
		assertThat(kept.unsubscribe()).isNotEqualTo(ThreadUnsubscribeStatus.UNSUBSCRIBED);

		doomed.delete();
		assertThat(codex.listThreads().map(ThreadInfo::id)).contains(kept.id()).doesNotContain(doomed.id());
		assertThatThrownBy(() -> codex.resumeThread(doomed.id())).isNotNull();
	}

}
