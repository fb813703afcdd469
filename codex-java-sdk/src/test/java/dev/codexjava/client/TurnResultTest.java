package dev.codexjava.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.codexjava.error.CodexException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.ThreadItemReader;
import dev.codexjava.protocol.model.TurnStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TurnResultTest {

	private static ThreadItem agent(String id, String phase, String text) {
		return new ThreadItem.AgentMessage(id, text, phase, Json.object());
	}

	private static ThreadItem user(String text) {
		return ThreadItemReader.read(Json.parse(
				"{\"type\":\"userMessage\",\"id\":\"m0\",\"content\":[{\"type\":\"text\",\"text\":" + Json.write(text)
						+ "}]}"));
	}

	private static TurnResult result(String finalResponse) {
		return new TurnResult("u1", "t1", TurnStatus.COMPLETED, null, 1L, 2L, 1000L, finalResponse, List.of(), null);
	}

	@Test
	void newestFinalAnswerWins() {
		List<ThreadItem> items = List.of(user("q"), agent("a1", "final_answer", "old"), agent("a2", null, "plain"),
				agent("a3", "final_answer", "new"), agent("a4", "commentary", "thinking aloud"));
		assertThat(TurnResult.finalResponseOf(items)).isEqualTo("new");
	}

	@Test
	void withoutFinalAnswerTheNewestPhaselessMessageWins() {
		List<ThreadItem> items = List.of(agent("a1", null, "first"), agent("a2", null, "second"),
				agent("a3", "commentary", "later commentary"));
		assertThat(TurnResult.finalResponseOf(items)).isEqualTo("second");
	}

	@Test
	void commentaryAndPartialAnswersAreNeverUsed() {
		List<ThreadItem> items = List.of(user("q"), agent("a1", "commentary", "c"),
				agent("a2", "partial_answer", "p"));
		assertThat(TurnResult.finalResponseOf(items)).isNull();
	}

	@Test
	void reviewIsTheTextOfTheTypedExitedReviewModeItem() {
		List<ThreadItem> items = List.of(
				ThreadItemReader
					.read(Json.parse("{\"type\":\"enteredReviewMode\",\"id\":\"e\",\"review\":\"changes\"}")),
				ThreadItemReader
					.read(Json.parse("{\"type\":\"exitedReviewMode\",\"id\":\"x\",\"review\":\"All good.\"}")));
		assertThat(items.get(1)).isInstanceOf(ThreadItem.ExitedReviewMode.class);
		assertThat(new TurnResult("u1", "t1", TurnStatus.COMPLETED, null, 1L, 2L, 1000L, null, items, null).review())
			.isEqualTo("All good.");
		assertThat(result("x").review()).isNull();
	}

	@Test
	void noAgentMessageMeansNoFinalResponse() {
		assertThat(TurnResult.finalResponseOf(List.of())).isNull();
		assertThat(TurnResult.finalResponseOf(List.of(user("only the question")))).isNull();
	}

	@Test
	void itemsAreCopiedDefensively() {
		List<ThreadItem> items = new ArrayList<>(List.of(agent("a", null, "x")));
		TurnResult result = new TurnResult("u1", "t1", TurnStatus.COMPLETED, null, null, null, null, "x", items, null);
		items.clear();
		assertThat(result.items()).hasSize(1);
		assertThat(result.isCompleted()).isTrue();
	}

	record Answer(String summary, int score, List<String> files, Optional<String> note) {
	}

	@Test
	void finalResponseAsMapsJsonOntoARecord() {
		Answer answer = result("{\"summary\":\"ok\",\"score\":7,\"files\":[\"a\",\"b\"],\"note\":null}")
			.finalResponseAs(Answer.class);
		assertThat(answer).isEqualTo(new Answer("ok", 7, List.of("a", "b"), Optional.empty()));
		assertThat(result("{\"summary\":\"ok\",\"score\":7,\"files\":[],\"note\":\"n\"}").finalResponseAs(Answer.class)
			.note()).contains("n");
	}

	@Test
	void finalResponseAsExplainsTextThatIsNotJson() {
		assertThatThrownBy(() -> result("Sure! Here is the summary...").finalResponseAs(Answer.class))
			.isExactlyInstanceOf(CodexException.class)
			.hasMessageContaining("final response of turn u1 does not map onto")
			.hasMessageContaining(Answer.class.getName());
	}

	@Test
	void finalResponseAsExplainsJsonOfTheWrongShape() {
		assertThatThrownBy(() -> result("{\"summary\":\"ok\",\"score\":\"not a number\"}").finalResponseAs(Answer.class))
			.isExactlyInstanceOf(CodexException.class)
			.hasMessageContaining("does not map onto");
	}

	@Test
	void finalResponseAsExplainsAMissingFinalResponse() {
		assertThatThrownBy(() -> result(null).finalResponseAs(Answer.class))
			.isExactlyInstanceOf(CodexException.class)
			.hasMessage("Turn u1 has no final response to map onto " + Answer.class.getName());
	}


	@Test
	void serializesWithWireValuesAndItemTypesForAnApplicationsObjectMapper() {
		// what a Spring controller returning a TurnResult produces with the application's own Jackson 3 mapper
		tools.jackson.databind.ObjectMapper appMapper = tools.jackson.databind.json.JsonMapper.builder().build();
		ThreadItem answer = ThreadItemReader.read(Json.parse("{\"type\":\"agentMessage\",\"id\":\"a1\",\"text\":\"hi\","
				+ "\"phase\":\"final_answer\"}"));
		TurnResult result = new TurnResult("u1", "t1", TurnStatus.COMPLETED, null, 1L, 2L, 1000L, "hi",
				List.of(answer), null);
		tools.jackson.databind.JsonNode json = appMapper.readTree(appMapper.writeValueAsString(result));
		assertThat(json.get("status").asString()).isEqualTo("completed");
		assertThat(json.get("items").get(0).get("type").asString()).isEqualTo("agentMessage");
		assertThat(json.get("items").get(0).get("text").asString()).isEqualTo("hi");
		assertThat(json.get("finalResponse").asString()).isEqualTo("hi");
		assertThat(appMapper.readValue("\"interrupted\"", TurnStatus.class)).isEqualTo(TurnStatus.INTERRUPTED);
		assertThat(appMapper.readValue("\"someNewStatus\"", TurnStatus.class)).isEqualTo(TurnStatus.UNKNOWN);
	}

}
