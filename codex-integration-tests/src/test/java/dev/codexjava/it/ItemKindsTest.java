package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.generated.CollabAgentTool;
import dev.codexjava.protocol.generated.CollabAgentToolCallStatus;
import dev.codexjava.protocol.generated.WebSearchAction;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;
import dev.codexjava.testkit.OutputItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item kinds the real binary emits offline, driven by the mock model's output items and tool calls, each arriving
 * as its own typed record in the turn's events and result (or, for a compaction, in the thread's history).
 * <p>
 * Kinds not driven here, covered by schema-shaped JSON in the SDK's {@code ThreadItemTest} only:
 * {@code imageGeneration} (0.169.0 and 0.171.0 drop an {@code image_generation_call} output item from the mock
 * provider, with or without {@code features.image_generation}, and offer it no image tool), {@code plan} (needs the
 * experimental collaboration mode "plan", which {@code TurnOptions} does not expose), {@code subAgentActivity} (not
 * seen in the parent's turn when spawning through multi-agent v2), {@code sleep} (the {@code clock.sleep} tool is not
 * offered), {@code functionCallOutput} (not seen for any tool the mock model can call), {@code hookPrompt} (needs a
 * configured hook; not tried) and {@code mcpToolCall} (needs an MCP server; not tried). {@code dynamicToolCall} is
 * covered by {@code DynamicToolsTest}, {@code enteredReviewMode}/{@code exitedReviewMode} by {@code ReviewTest}.
 */
class ItemKindsTest {

	/** A 1x1 PNG. */
	private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

	/** Workspace-write, so that a patch in the working directory applies. */
	@RegisterExtension
	static CodexExtension codexExtension = CodexExtension.builder()
		.home((home) -> home.sandboxMode("workspace-write"))
		.build();

	private static <T extends ThreadItem> T only(List<ThreadItem> items, Class<T> type) {
		assertThat(items).filteredOn(type::isInstance).hasSize(1);
		return items.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
	}

	private static List<ThreadItem> completedItems(List<TurnEvent> events) {
		return events.stream()
			.filter(TurnEvent.ItemCompleted.class::isInstance)
			.map((e) -> ((TurnEvent.ItemCompleted) e).item())
			.toList();
	}

	@Test
	void reasoningAndWebSearchBeforeTheAnswer(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("Records are final.")
			.withOutputItems(OutputItem.reasoning("The user asks about records"), OutputItem.webSearch("java records")));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		TurnHandle turn = thread.turn("Are records final?");
		List<TurnEvent> events = turn.stream().toList();
		TurnResult result = turn.run();

		assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
		assertThat(result.items()).extracting(ThreadItem::type)
			.containsExactly("userMessage", "reasoning", "webSearch", "agentMessage");
		assertThat(completedItems(events)).containsExactlyElementsOf(result.items());
		assertThat(only(result.items(), ThreadItem.UserMessage.class).text()).isEqualTo("Are records final?");
		assertThat(only(result.items(), ThreadItem.Reasoning.class).summary())
			.containsExactly("The user asks about records");
		ThreadItem.WebSearch search = only(result.items(), ThreadItem.WebSearch.class);
		assertThat(search.query()).isEqualTo("java records");
		assertThat(search.typed()).get()
			.isInstanceOfSatisfying(dev.codexjava.protocol.generated.ThreadItem.WebSearch.class,
					(typed) -> assertThat(typed.action()).isInstanceOfSatisfying(WebSearchAction.Search.class,
							(action) -> assertThat(action.query()).isEqualTo("java records")));
		assertThat(only(result.items(), ThreadItem.AgentMessage.class).text()).isEqualTo("Records are final.");
	}

	@Test
	void commandPatchAndImageViewFromToolCalls(Codex codex, MockModel model) throws Exception {
		Path image = Files.write(Path.of(codex.serverInfo().codexHome()).resolve("dot.png"),
				Base64.getDecoder().decode(PNG));
		String patch = "apply_patch <<'EOF'\n*** Begin Patch\n*** Add File: hello.txt\n+hi\n*** End Patch\nEOF";
		model.enqueue(MockResponse.toolCall("call-cmd", "echo listed", false),
				MockResponse.toolCall("call-patch", patch, false),
				MockResponse.functionCall("call-view", "view_image", "{\"path\":\"" + image + "\"}"),
				MockResponse.text("all done"));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		TurnHandle turn = thread.turn("list, patch and look");
		List<TurnEvent> events = turn.stream().toList();
		TurnResult result = turn.run();

		assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
		assertThat(completedItems(events)).containsExactlyElementsOf(result.items());
		ThreadItem.CommandExecution command = only(result.items(), ThreadItem.CommandExecution.class);
		assertThat(command.id()).isEqualTo("call-cmd");
		assertThat(command.exitCode()).isZero();
		assertThat(command.aggregatedOutput()).contains("listed");
		ThreadItem.FileChange change = only(result.items(), ThreadItem.FileChange.class);
		assertThat(change.id()).isEqualTo("call-patch");
		assertThat(change.status()).isEqualTo("completed");
		assertThat(change.changes().get(0).get("path").asString()).endsWith("hello.txt");
		ThreadItem.ImageView view = only(result.items(), ThreadItem.ImageView.class);
		assertThat(view.id()).isEqualTo("call-view");
		assertThat(view.path()).isEqualTo(image.toString());
		assertThat(result.finalResponse()).isEqualTo("all done");
	}

	@Test
	void spawningASubAgentIsACollabAgentToolCall(Codex codex, MockModel model) {
		String spawn = "{\"type\":\"function_call\",\"call_id\":\"call-spawn\",\"name\":\"spawn_agent\","
				+ "\"namespace\":\"multi_agent_v1\",\"arguments\":\"{\\\"message\\\":\\\"check the tests\\\"}\"}";
		model.enqueue(MockResponse.text("spawning a helper").withOutputItems(OutputItem.of(spawn)));
		// the sub-agent's requests and the parent's follow-ups
		model.defaultResponse(MockResponse.text("ok"));
		CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
		TurnResult result = thread.run("get help");

		ThreadItem.CollabAgentToolCall call = only(result.items(), ThreadItem.CollabAgentToolCall.class);
		assertThat(call.id()).isEqualTo("call-spawn");
		assertThat(call.tool()).isEqualTo(CollabAgentTool.SPAWN_AGENT);
		assertThat(call.status()).isEqualTo(CollabAgentToolCallStatus.COMPLETED);
		assertThat(call.senderThreadId()).isEqualTo(thread.id());
		assertThat(call.prompt()).isEqualTo("check the tests");
		assertThat(call.receiverThreadIds()).singleElement().isNotEqualTo(thread.id());
		assertThat(call.agentsStates()).containsOnlyKeys(call.receiverThreadIds());
	}

	@Test
	void compactingAThreadRecordsAContextCompaction(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("first answer"), MockResponse.text("SUMMARY of the conversation"));
		CodexThread thread = codex.startThread();
		thread.run("remember this");
		thread.compact();

		// the compaction runs as a turn the server starts: its item is in the thread's history
		ThreadItem compaction = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> historyItems(thread).stream().filter(ThreadItem.ContextCompaction.class::isInstance).findFirst(),
					Optional::isPresent)
			.orElseThrow();
		assertThat(compaction.id()).isNotBlank();
		assertThat(compaction.typed()).get()
			.isInstanceOf(dev.codexjava.protocol.generated.ThreadItem.ContextCompaction.class);
		assertThat(historyItems(thread)).extracting(ThreadItem::type)
			.containsExactly("userMessage", "agentMessage", "contextCompaction");
	}

	private static List<ThreadItem> historyItems(CodexThread thread) {
		JsonNode turns = thread.read(true).raw().path("turns");
		return turns.valueStream()
			.flatMap((turn) -> turn.path("items").valueStream())
			.map(ThreadItem::from)
			.toList();
	}

}
