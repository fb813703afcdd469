package dev.codexjava.sample;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.codexjava.protocol.generated.CollabAgentTool;
import dev.codexjava.protocol.generated.CollabAgentToolCallStatus;
import dev.codexjava.protocol.generated.HookPromptFragment;
import dev.codexjava.protocol.generated.SubAgentActivityKind;
import dev.codexjava.protocol.model.ThreadItem;

import static org.assertj.core.api.Assertions.assertThat;

/** What the page's event stream shows of each item kind: the JSON of {@link ItemView}. */
class ItemViewTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final JsonNode RAW = MAPPER.createObjectNode();

	/** One item of every kind the SDK models, with the field the page should show. */
	private static final Map<ThreadItem, String> SHOWN = Map.ofEntries(
			Map.entry(new ThreadItem.UserMessage("u", "fix the build", RAW), "fix the build"),
			Map.entry(new ThreadItem.AgentMessage("a", "done", "final_answer", RAW), "done"),
			Map.entry(new ThreadItem.Reasoning("r", List.of("look", "at it"), RAW), "look\nat it"),
			Map.entry(new ThreadItem.CommandExecution("c", "ls -la", "/w", "completed", 0, "a.txt", 4L, RAW), "ls -la"),
			Map.entry(new ThreadItem.FileChange("f", "completed", MAPPER.readTree("[{\"path\":\"a.txt\",\"kind\":"
					+ "{\"type\":\"add\"}}]"), RAW), "a.txt (add)"),
			Map.entry(new ThreadItem.McpToolCall("m", "docs", "search", "completed", RAW), "docs/search"),
			Map.entry(new ThreadItem.DynamicToolCall("d", "lookup", "crm", RAW, "completed", true, "42", 3L, RAW),
					"crm.lookup"),
			Map.entry(new ThreadItem.WebSearch("w", "jspecify nullmarked", RAW), "jspecify nullmarked"),
			Map.entry(new ThreadItem.HookPrompt("h", List.of(new HookPromptFragment("run1", "be brief")), RAW),
					"be brief"),
			Map.entry(new ThreadItem.FunctionCallOutput("o", "shell", null, "ok", RAW), "shell"),
			Map.entry(new ThreadItem.Plan("p", "1. test\n2. fix", RAW), "1. test\n2. fix"),
			Map.entry(new ThreadItem.CollabAgentToolCall("x", CollabAgentTool.of("spawnAgent"),
					CollabAgentToolCallStatus.of("completed"), "t1", List.of("t2"), "write tests", "gpt-5", Map.of(),
					RAW), "spawnAgent (gpt-5)"),
			Map.entry(new ThreadItem.SubAgentActivity("s", SubAgentActivityKind.of("started"), "/root/tester", "t2",
					null, RAW), "/root/tester"),
			Map.entry(new ThreadItem.ImageView("i", "/w/shot.png", RAW), "/w/shot.png"),
			Map.entry(new ThreadItem.Sleep("z", 1500L, RAW), "1500 ms"),
			Map.entry(new ThreadItem.ImageGeneration("g", "completed", "a red fox", "/w/fox.png", null, RAW),
					"/w/fox.png"),
			Map.entry(new ThreadItem.EnteredReviewMode("e", "current changes", RAW), "current changes"),
			Map.entry(new ThreadItem.ExitedReviewMode("q", "looks good", RAW), "looks good"),
			Map.entry(new ThreadItem.ContextCompaction("k", RAW), "context compacted"));

	@Test
	void everyItemKindOfTheSdkIsShownWithWhatItIsAbout() {
		Set<Class<?>> kinds = Arrays.stream(ThreadItem.class.getPermittedSubclasses())
			.filter((kind) -> kind != ThreadItem.Other.class)
			.collect(Collectors.toSet());
		assertThat(SHOWN.keySet().stream().map(Object::getClass).collect(Collectors.toSet()))
			.as("a shown example of every item kind").isEqualTo(kinds);
		SHOWN.forEach((item, shown) -> {
			JsonNode json = json(item);
			assertThat(json.get("id").asString()).isEqualTo(item.id());
			assertThat(json.get("type").asString()).isEqualTo(item.type());
			assertThat(json.toString()).as("the view of %s", item.type()).contains(MAPPER.writeValueAsString(shown));
		});
	}

	@Test
	void commandsAndToolCallsCarryTheirStatusAndOutput() {
		JsonNode command = json(new ThreadItem.CommandExecution("c", "make", "/w", "failed", 2, "error: x", 9L, RAW));
		assertThat(command.get("status").asString()).isEqualTo("failed");
		assertThat(command.get("exitCode").asInt()).isEqualTo(2);
		assertThat(command.get("output").asString()).isEqualTo("error: x");

		JsonNode tool = json(new ThreadItem.DynamicToolCall("d", "lookup", null, RAW, "completed", true, "42", 3L, RAW));
		assertThat(tool.get("summary").asString()).isEqualTo("lookup");
		assertThat(tool.get("status").asString()).isEqualTo("completed");
		assertThat(tool.get("output").asString()).isEqualTo("42");

		JsonNode agent = json(new ThreadItem.CollabAgentToolCall("x", CollabAgentTool.of("wait"),
				CollabAgentToolCallStatus.of("inProgress"), "t1", List.of("t2"), null, null, Map.of(), RAW));
		assertThat(agent.get("status").asString()).isEqualTo("inProgress");
		assertThat(agent.get("summary").asString()).isEqualTo("wait");
	}

	@Test
	void fieldsThatDoNotApplyAreLeftOut() {
		JsonNode search = json(new ThreadItem.WebSearch("w", "q", RAW));
		assertThat(search.propertyNames()).containsExactlyInAnyOrder("id", "type", "summary");
	}

	@Test
	void anUnknownKindShowsItsTypeAndStatus() {
		JsonNode raw = MAPPER.readTree("{\"type\":\"teleport\",\"id\":\"n\",\"status\":\"completed\"}");
		JsonNode json = json(new ThreadItem.Other("teleport", "n", raw));
		assertThat(json.get("type").asString()).isEqualTo("teleport");
		assertThat(json.get("status").asString()).isEqualTo("completed");
	}

	private static JsonNode json(ThreadItem item) {
		return MAPPER.valueToTree(ItemView.of(item));
	}

}
