package dev.codexjava.spring.ai;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.codexjava.client.Codex;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.Methods;
import dev.codexjava.protocol.generated.ThreadUnsubscribeParams;
import dev.codexjava.protocol.generated.ThreadUnsubscribeStatus;
import dev.codexjava.spring.ai.autoconfigure.CodexSpringAiAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip on the real {@code codex} binary against the testkit's mock model: a {@link ChatClient} whose chat
 * model (scripted) calls the auto-configured Codex tool, Codex runs a turn (a real shell command included), and the
 * tool's answer reaches the chat model, which answers the user with it.
 */
class CodexToolRoundTripTests {

	private MockModel model;

	private MockCodexHome home;

	@BeforeEach
	void startBackend() {
		this.model = MockModel.start();
		this.home = MockCodexHome.builder(this.model).model("gpt-5.5").build();
	}

	@AfterEach
	void stopBackend() {
		try {
			this.model.close();
		}
		finally {
			this.home.close();
		}
	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class,
					CodexSpringAiAutoConfiguration.class))
			.withPropertyValues("codex.binary=" + CodexBinaries.require(), "codex.codex-home=" + this.home.path(),
					"codex.working-directory=" + this.home.path());
	}

	private static ChatClient.ChatClientRequestSpec prompt(ScriptedChatModel chatModel, CodexToolCallback tool,
			String conversationId, String user) {
		ChatClient.ChatClientRequestSpec spec = ChatClient.builder(chatModel).build().prompt().user(user)
			.toolCallbacks(List.of(tool));
		return (conversationId != null) ? spec.toolContext(Map.of(ChatMemory.CONVERSATION_ID, conversationId))
				: spec;
	}

	@Test
	void aChatClientDelegatesACodingTaskToCodexAndAnswersWithItsResult() {
		runner().run((context) -> {
			CodexToolCallback tool = context.getBean(CodexToolCallback.class);
			this.model.enqueue(MockResponse.toolCall("call-1", "echo codex-was-here", false),
					MockResponse.text("Added the greeting and checked it."));
			ScriptedChatModel chatModel = new ScriptedChatModel()
				.thenCallTool("codex", "{\"task\":\"Print codex-was-here in the shell\"}")
				.thenAnswerWithToolResult("Codex says: ");

			String answer = prompt(chatModel, tool, "conversation-1", "Please have the greeting printed").call()
				.content();

			assertThat(answer).startsWith("Codex says: ");
			JsonNode result = Json.parse(answer.substring("Codex says: ".length()));
			assertThat(result.get("status").asString()).isEqualTo("completed");
			assertThat(result.get("finalResponse").asString()).isEqualTo("Added the greeting and checked it.");
			assertThat(result.get("threadId").asString()).isEqualTo(tool.threadId("conversation-1"));
			JsonNode command = result.get("items").valueStream()
				.filter((item) -> "commandExecution".equals(item.get("type").asString()))
				.findFirst()
				.orElseThrow();
			assertThat(command.get("command").asString()).contains("echo codex-was-here");
			assertThat(command.get("exitCode").asInt()).isZero();
			assertThat(command.get("output").asString()).contains("codex-was-here");
			// the chat model was offered the tool, and Codex's model got the task the chat model wrote
			assertThat(ScriptedChatModel.toolNames(chatModel.prompts().get(0))).containsExactly("codex");
			assertThat(this.model.requests().get(0).lastUserText()).isEqualTo("Print codex-was-here in the shell");
		});
	}

	@Test
	void aConversationKeepsItsThreadAndAnotherConversationGetsItsOwn() {
		runner().run((context) -> {
			CodexToolCallback tool = context.getBean(CodexToolCallback.class);
			this.model.enqueue(MockResponse.text("first"), MockResponse.text("second"), MockResponse.text("other"));

			String first = threadOf(prompt(new ScriptedChatModel().thenCallTool("codex", "{\"task\":\"one\"}")
				.thenAnswerWithToolResult(""), tool, "alice", "one").call().content());
			String second = threadOf(prompt(new ScriptedChatModel().thenCallTool("codex", "{\"task\":\"two\"}")
				.thenAnswerWithToolResult(""), tool, "alice", "two").call().content());
			String other = threadOf(prompt(new ScriptedChatModel().thenCallTool("codex", "{\"task\":\"three\"}")
				.thenAnswerWithToolResult(""), tool, "bob", "three").call().content());

			assertThat(second).isEqualTo(first);
			assertThat(other).isNotEqualTo(first);
			assertThat(tool.conversationIds()).containsExactly("alice", "bob");
			// the second task of alice's thread came with the first one's history
			assertThat(this.model.requests().get(1).allUserTexts()).contains("one", "two");
			assertThat(this.model.requests().get(2).allUserTexts()).doesNotContain("one", "two");
		});
	}

	@Test
	void theLeastRecentlyUsedConversationIsEvictedAndItsThreadUnsubscribed() {
		runner().withPropertyValues("codex.spring-ai.tool.max-conversations=1").run((context) -> {
			CodexToolCallback tool = context.getBean(CodexToolCallback.class);
			Codex codex = context.getBean(Codex.class);
			this.model.enqueue(MockResponse.text("a"), MockResponse.text("b"));
			String alice = threadOf(prompt(new ScriptedChatModel().thenCallTool("codex", "{\"task\":\"a\"}")
				.thenAnswerWithToolResult(""), tool, "alice", "a").call().content());

			String bob = threadOf(prompt(new ScriptedChatModel().thenCallTool("codex", "{\"task\":\"b\"}")
				.thenAnswerWithToolResult(""), tool, "bob", "b").call().content());

			assertThat(tool.conversationIds()).containsExactly("bob");
			assertThat(tool.threadId("alice")).isNull();
			// the tool no longer listens to alice's thread (the server unloads it 30 minutes later), still to bob's
			assertThat(unsubscribe(codex, alice)).isNotEqualTo(ThreadUnsubscribeStatus.UNSUBSCRIBED);
			assertThat(unsubscribe(codex, bob)).isEqualTo(ThreadUnsubscribeStatus.UNSUBSCRIBED);
		});
	}

	@Test
	void closingTheToolUnsubscribesItsThreadsAndACallWithoutConversationKeepsNone() {
		runner().run((context) -> {
			CodexToolCallback tool = context.getBean(CodexToolCallback.class);
			Codex codex = context.getBean(Codex.class);
			this.model.enqueue(MockResponse.text("kept"), MockResponse.text("one-off"), MockResponse.text("after"));
			String kept = threadOf(prompt(new ScriptedChatModel().thenCallTool("codex", "{\"task\":\"keep\"}")
				.thenAnswerWithToolResult(""), tool, "alice", "keep").call().content());
			String oneOff = threadOf(prompt(new ScriptedChatModel().thenCallTool("codex", "{\"task\":\"once\"}")
				.thenAnswerWithToolResult(""), tool, null, "once").call().content());

			assertThat(oneOff).isNotEqualTo(kept);
			assertThat(tool.conversationIds()).containsExactly("alice");
			assertThat(unsubscribe(codex, oneOff)).isNotEqualTo(ThreadUnsubscribeStatus.UNSUBSCRIBED);

			tool.close();

			assertThat(tool.conversationIds()).isEmpty();
			assertThat(unsubscribe(codex, kept)).isNotEqualTo(ThreadUnsubscribeStatus.UNSUBSCRIBED);
			String afterClose = prompt(new ScriptedChatModel().thenCallTool("codex", "{\"task\":\"more\"}")
				.thenAnswerWithToolResult(""), tool, "alice", "more").call().content();
			assertThat(afterClose).contains("Codex could not run the task");
		});
	}

	@Test
	void aFailedTurnReachesTheChatModelAsAMessageNotAsAnException() {
		runner().run((context) -> {
			CodexToolCallback tool = context.getBean(CodexToolCallback.class);
			this.model.enqueue(MockResponse.failed("server_error", "the model broke"));
			ScriptedChatModel chatModel = new ScriptedChatModel().thenCallTool("codex", "{\"task\":\"break\"}")
				.thenAnswerWithToolResult("Codex reported: ");

			String answer = prompt(chatModel, tool, "alice", "break it").call().content();

			assertThat(answer).startsWith("Codex reported: The Codex task failed");
			assertThat(answer).doesNotContain("Exception", "\tat ");
		});
	}

	@Test
	void aTaskBeyondTheTimeoutIsInterruptedAndTheModelToldSo() {
		runner().withPropertyValues("codex.spring-ai.tool.timeout=1s").run((context) -> {
			CodexToolCallback tool = context.getBean(CodexToolCallback.class);
			this.model.enqueue(MockResponse.toolCall("call-1", "sleep 30", false), MockResponse.text("too late"));
			ScriptedChatModel chatModel = new ScriptedChatModel().thenCallTool("codex", "{\"task\":\"sleep\"}")
				.thenAnswerWithToolResult("");

			long start = System.nanoTime();
			String answer = prompt(chatModel, tool, "alice", "sleep").call().content();

			assertThat(answer).isEqualTo("The Codex task did not finish within 1 seconds and was interrupted.");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
		});
	}

	@Test
	void anInputWithoutATaskIsAnsweredWithTheExpectedShape() {
		runner().run((context) -> {
			CodexToolCallback tool = context.getBean(CodexToolCallback.class);
			ScriptedChatModel chatModel = new ScriptedChatModel().thenCallTool("codex", "{\"job\":\"x\"}")
				.thenAnswerWithToolResult("");

			String answer = prompt(chatModel, tool, "alice", "x").call().content();

			assertThat(answer).contains("must be a JSON object with a non-empty 'task' string");
			assertThat(this.model.requestCount()).isZero();
		});
	}

	private static String threadOf(String toolAnswer) {
		return Json.parse(toolAnswer).get("threadId").asString();
	}

	private static ThreadUnsubscribeStatus unsubscribe(Codex codex, String threadId) {
		return codex.request(Methods.THREAD_UNSUBSCRIBE, new ThreadUnsubscribeParams(threadId)).status();
	}

}
