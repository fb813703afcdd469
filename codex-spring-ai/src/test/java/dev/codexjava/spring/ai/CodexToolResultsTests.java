package dev.codexjava.spring.ai;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.ThreadItemReader;
import dev.codexjava.protocol.model.TurnStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** What the chat model reads of a turn's items, for every kind the SDK models and for one it does not. */
class CodexToolResultsTests {

	private static ThreadItem item(String json) {
		return ThreadItemReader.read(Json.parse(json));
	}

	private static JsonNode render(ThreadItem... items) {
		TurnResult result = new TurnResult("u1", "t1", TurnStatus.COMPLETED, null, 1L, 2L, 1000L, "done",
				List.of(items), null);
		return Json.parse(CodexToolResults.render(result));
	}

	@Test
	void newerItemKindsAreRenderedWithTheirMainFieldsAndWithoutRaw() {
		JsonNode answer = render(item("{\"type\":\"userMessage\",\"id\":\"u\",\"content\":[{\"type\":\"text\",\"text\":\"q\"}]}"),
				item("{\"type\":\"hookPrompt\",\"id\":\"h\",\"fragments\":[{\"hookRunId\":\"r\",\"text\":\"ctx\"}]}"),
				item("{\"type\":\"plan\",\"id\":\"p\",\"text\":\"1. read\"}"),
				item("{\"type\":\"collabAgentToolCall\",\"id\":\"c\",\"tool\":\"spawnAgent\",\"status\":\"completed\","
						+ "\"senderThreadId\":\"t1\",\"receiverThreadIds\":[\"t2\"],\"prompt\":\"check\",\"agentsStates\":{}}"),
				item("{\"type\":\"subAgentActivity\",\"id\":\"s\",\"kind\":\"completed\",\"agentPath\":\"/root/a\","
						+ "\"agentThreadId\":\"t2\"}"),
				item("{\"type\":\"imageView\",\"id\":\"v\",\"path\":\"/w/a.png\"}"),
				item("{\"type\":\"imageGeneration\",\"id\":\"g\",\"status\":\"completed\",\"revisedPrompt\":\"a fox\","
						+ "\"savedPath\":\"/w/fox.png\"}"),
				item("{\"type\":\"sleep\",\"id\":\"z\",\"durationMs\":250}"),
				item("{\"type\":\"functionCallOutput\",\"id\":\"f\",\"name\":\"lookup\",\"output\":\"42\"}"),
				item("{\"type\":\"enteredReviewMode\",\"id\":\"e\",\"review\":\"changes\"}"),
				item("{\"type\":\"exitedReviewMode\",\"id\":\"x\",\"review\":\"Looks good.\"}"),
				item("{\"type\":\"contextCompaction\",\"id\":\"cc\"}"),
				item("{\"type\":\"hologram\",\"id\":\"o\",\"secret\":\"s3\"}"));
		JsonNode items = answer.get("items");
		assertThat(items).extracting((i) -> i.get("type").asString())
			.containsExactly("plan", "collabAgentToolCall", "subAgentActivity", "imageView", "imageGeneration", "sleep",
					"functionCallOutput", "enteredReviewMode", "exitedReviewMode", "contextCompaction", "hologram");
		assertThat(items.get(0).get("text").asString()).isEqualTo("1. read");
		assertThat(items.get(1).get("tool").asString()).isEqualTo("spawnAgent");
		assertThat(items.get(1).get("status").asString()).isEqualTo("completed");
		assertThat(items.get(1).get("receiverThreadIds").get(0).asString()).isEqualTo("t2");
		assertThat(items.get(2).get("kind").asString()).isEqualTo("completed");
		assertThat(items.get(3).get("path").asString()).isEqualTo("/w/a.png");
		assertThat(items.get(4).get("revisedPrompt").asString()).isEqualTo("a fox");
		assertThat(items.get(4).get("savedPath").asString()).isEqualTo("/w/fox.png");
		assertThat(items.get(5).get("durationMs").asLong()).isEqualTo(250L);
		assertThat(items.get(6).get("output").asString()).isEqualTo("42");
		assertThat(items.get(8).get("review").asString()).isEqualTo("Looks good.");
		// nothing beyond the type for a kind the SDK does not model, and never the raw wire form
		assertThat(items.get(10).size()).isEqualTo(1);
		assertThat(answer.toString()).doesNotContain("raw").doesNotContain("s3").doesNotContain("ctx");
	}

}
