package dev.codexjava.protocol.model;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.CollabAgentStatus;
import dev.codexjava.protocol.generated.CollabAgentTool;
import dev.codexjava.protocol.generated.CollabAgentToolCallStatus;
import dev.codexjava.protocol.generated.ImageGenerationFailure;
import dev.codexjava.protocol.generated.SubAgentActivityKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Every item kind of the schema read from schema-shaped JSON, leniently. */
class ThreadItemTest {

	private static ThreadItem read(String json) {
		return ThreadItemReader.read(Json.parse(json));
	}

	@Test
	void everyKindOfTheGeneratedUnionHasItsOwnRecord() {
		JsonSubTypes.Type[] kinds = dev.codexjava.protocol.generated.ThreadItem.class
			.getAnnotation(JsonSubTypes.class)
			.value();
		assertThat(kinds).hasSize(19);
		for (JsonSubTypes.Type kind : kinds) {
			ThreadItem item = read("{\"type\":\"" + kind.name() + "\",\"id\":\"i1\"}");
			assertThat(item).as(kind.name()).isNotInstanceOf(ThreadItem.Other.class);
			assertThat(item.type()).isEqualTo(kind.name());
			assertThat(item.id()).isEqualTo("i1");
			// a bare item (required fields missing) still decodes into the generated record
			assertThat(item.typed()).get().isInstanceOf(kind.value());
		}
		assertThat(Arrays.stream(ThreadItem.class.getPermittedSubclasses()).map(Class::getSimpleName))
			.hasSize(20)
			.containsAll(Arrays.stream(kinds).map((kind) -> kind.value().getSimpleName()).toList())
			.contains("Other");
	}

	@Test
	void hookPrompt() {
		ThreadItem.HookPrompt item = (ThreadItem.HookPrompt) read("""
				{"type":"hookPrompt","id":"h1","fragments":[{"hookRunId":"r1","text":"one"},
				{"hookRunId":"r2","text":"two"}]}""");
		assertThat(item.fragments()).extracting((f) -> f.hookRunId()).containsExactly("r1", "r2");
		assertThat(item.text()).isEqualTo("one\ntwo");
	}

	@Test
	void functionCallOutputAsStringOrContentItems() {
		ThreadItem.FunctionCallOutput plain = (ThreadItem.FunctionCallOutput) read("""
				{"type":"functionCallOutput","id":"f1","name":"lookup","namespace":null,"output":"42"}""");
		assertThat(plain.name()).isEqualTo("lookup");
		assertThat(plain.namespace()).isNull();
		assertThat(plain.output()).isEqualTo("42");
		ThreadItem.FunctionCallOutput parts = (ThreadItem.FunctionCallOutput) read("""
				{"type":"functionCallOutput","id":"f2","name":"lookup","namespace":"ns","output":[
				{"type":"input_text","text":"a"},{"type":"input_image","image_url":"data:x"},
				{"type":"input_text","text":"b"}]}""");
		assertThat(parts.namespace()).isEqualTo("ns");
		assertThat(parts.output()).isEqualTo("a\nb");
	}

	@Test
	void plan() {
		ThreadItem.Plan item = (ThreadItem.Plan) read("{\"type\":\"plan\",\"id\":\"p1\",\"text\":\"1. read\\n2. fix\"}");
		assertThat(item.text()).isEqualTo("1. read\n2. fix");
	}

	@Test
	void collabAgentToolCallWithUnknownEnumValuesKept() {
		ThreadItem.CollabAgentToolCall item = (ThreadItem.CollabAgentToolCall) read("""
				{"type":"collabAgentToolCall","id":"c1","tool":"spawnAgent","status":"completed",
				"senderThreadId":"t1","receiverThreadIds":["t2"],"prompt":"do it","model":"gpt-x",
				"reasoningEffort":"high","agentsStates":{"t2":{"status":"running","message":null},
				"t3":{"status":"hibernating"}}}""");
		assertThat(item.tool()).isEqualTo(CollabAgentTool.SPAWN_AGENT);
		assertThat(item.status()).isEqualTo(CollabAgentToolCallStatus.COMPLETED);
		assertThat(item.senderThreadId()).isEqualTo("t1");
		assertThat(item.receiverThreadIds()).containsExactly("t2");
		assertThat(item.prompt()).isEqualTo("do it");
		assertThat(item.model()).isEqualTo("gpt-x");
		assertThat(item.agentsStates()).containsOnlyKeys("t2", "t3");
		assertThat(item.agentsStates().get("t2").status()).isEqualTo(CollabAgentStatus.RUNNING);
		assertThat(item.agentsStates().get("t3").status().value()).isEqualTo("hibernating");
		assertThat(item.agentsStates().get("t3").status().known()).isFalse();

		ThreadItem.CollabAgentToolCall future = (ThreadItem.CollabAgentToolCall) read("""
				{"type":"collabAgentToolCall","id":"c2","tool":"teleportAgent","status":"queued"}""");
		assertThat(future.tool().value()).isEqualTo("teleportAgent");
		assertThat(future.tool().known()).isFalse();
		assertThat(future.status().value()).isEqualTo("queued");
		assertThat(future.receiverThreadIds()).isEmpty();
		assertThat(future.agentsStates()).isEmpty();
	}

	@Test
	void subAgentActivity() {
		ThreadItem.SubAgentActivity item = (ThreadItem.SubAgentActivity) read("""
				{"type":"subAgentActivity","id":"s1","kind":"started","agentPath":"/root/helper",
				"agentThreadId":"t9","model":"gpt-x"}""");
		assertThat(item.kind()).isEqualTo(SubAgentActivityKind.STARTED);
		assertThat(item.agentPath()).isEqualTo("/root/helper");
		assertThat(item.agentThreadId()).isEqualTo("t9");
		assertThat(item.model()).isEqualTo("gpt-x");
	}

	@Test
	void imageViewSleepAndReviewMode() {
		assertThat(((ThreadItem.ImageView) read("{\"type\":\"imageView\",\"id\":\"v\",\"path\":\"/tmp/a.png\"}"))
			.path()).isEqualTo("/tmp/a.png");
		assertThat(((ThreadItem.Sleep) read("{\"type\":\"sleep\",\"id\":\"z\",\"durationMs\":1500}")).durationMs())
			.isEqualTo(1500L);
		assertThat(((ThreadItem.EnteredReviewMode) read(
				"{\"type\":\"enteredReviewMode\",\"id\":\"e\",\"review\":\"current changes\"}")).review())
			.isEqualTo("current changes");
		assertThat(((ThreadItem.ExitedReviewMode) read(
				"{\"type\":\"exitedReviewMode\",\"id\":\"x\",\"review\":\"Looks good.\"}")).review())
			.isEqualTo("Looks good.");
		assertThat(read("{\"type\":\"contextCompaction\",\"id\":\"cc\"}"))
			.isInstanceOf(ThreadItem.ContextCompaction.class);
	}

	@Test
	void imageGenerationWithAndWithoutFailure() {
		ThreadItem.ImageGeneration done = (ThreadItem.ImageGeneration) read("""
				{"type":"imageGeneration","id":"g1","status":"completed","revisedPrompt":"a red fox",
				"savedPath":"/home/u/.codex/images/g1.png","generationId":"gen-1","transparentBackground":false}""");
		assertThat(done.status()).isEqualTo("completed");
		assertThat(done.revisedPrompt()).isEqualTo("a red fox");
		assertThat(done.savedPath()).isEqualTo("/home/u/.codex/images/g1.png");
		assertThat(done.failure()).isNull();
		ThreadItem.ImageGeneration failed = (ThreadItem.ImageGeneration) read("""
				{"type":"imageGeneration","id":"g2","status":"failed",
				"failure":{"type":"usageLimitExceeded","limitId":"images","resetsAt":1700000000}}""");
		assertThat(failed.failure()).isInstanceOfSatisfying(ImageGenerationFailure.UsageLimitExceeded.class,
				(f) -> assertThat(f.limitId()).isEqualTo("images"));
	}

	@Test
	void unknownExtraFieldsStayInRawAndInTheTypedRecord() {
		ThreadItem item = read("""
				{"type":"plan","id":"p1","text":"x","futureField":{"a":1},"startedAtMs":5}""");
		assertThat(item).isInstanceOf(ThreadItem.Plan.class);
		assertThat(item.raw().get("futureField").get("a").asInt()).isEqualTo(1);
		assertThat(item.typed()).get()
			.isInstanceOfSatisfying(dev.codexjava.protocol.generated.ThreadItem.Plan.class, (plan) -> {
				assertThat(plan.text()).isEqualTo("x");
				assertThat(plan.startedAtMs()).isEqualTo(5L);
				assertThat(plan.unknown()).containsKey("futureField");
			});
	}

	@Test
	void typedGivesTheFieldsTheModelRecordLeavesInRaw() {
		ThreadItem item = read("""
				{"type":"commandExecution","id":"c","command":"ls","cwd":"/w","status":"completed","exitCode":0,
				"commandActions":[{"type":"listFiles","command":"ls","path":null}],"source":"agent"}""");
		assertThat(((ThreadItem.CommandExecution) item).exitCode()).isZero();
		assertThat(item.typed()).get()
			.isInstanceOfSatisfying(dev.codexjava.protocol.generated.ThreadItem.CommandExecution.class,
					(command) -> assertThat(command.commandActions()).hasSize(1));
	}

	@Test
	void missingOptionalFieldsAreNullOrEmpty() {
		ThreadItem.ImageGeneration image = (ThreadItem.ImageGeneration) read(
				"{\"type\":\"imageGeneration\",\"id\":\"g\",\"status\":\"generating\"}");
		assertThat(image.revisedPrompt()).isNull();
		assertThat(image.savedPath()).isNull();
		assertThat(image.failure()).isNull();
		ThreadItem.HookPrompt hook = (ThreadItem.HookPrompt) read("{\"type\":\"hookPrompt\",\"id\":\"h\"}");
		assertThat(hook.fragments()).isEmpty();
		assertThat(hook.text()).isEmpty();
		ThreadItem.FunctionCallOutput output = (ThreadItem.FunctionCallOutput) read(
				"{\"type\":\"functionCallOutput\",\"id\":\"f\",\"name\":\"n\"}");
		assertThat(output.output()).isNull();
		ThreadItem.Sleep sleep = (ThreadItem.Sleep) read("{\"type\":\"sleep\",\"id\":\"z\",\"durationMs\":null}");
		assertThat(sleep.durationMs()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"type\":\"plan\",\"id\":\"w\",\"text\":42}",
			"{\"type\":\"plan\",\"id\":{\"nested\":true},\"text\":\"x\"}",
			"{\"type\":\"hookPrompt\",\"id\":\"w\",\"fragments\":\"one\"}",
			"{\"type\":\"hookPrompt\",\"id\":\"w\",\"fragments\":[{\"hookRunId\":[1],\"text\":\"t\"}]}",
			"{\"type\":\"collabAgentToolCall\",\"id\":\"w\",\"receiverThreadIds\":[1,2]}",
			"{\"type\":\"collabAgentToolCall\",\"id\":\"w\",\"agentsStates\":[]}",
			"{\"type\":\"imageGeneration\",\"id\":\"w\",\"status\":\"failed\",\"failure\":\"quota\"}",
			"{\"type\":\"functionCallOutput\",\"id\":\"w\",\"name\":\"n\",\"output\":{\"text\":\"x\"}}",
			"{\"type\":\"agentMessage\",\"id\":\"w\",\"text\":[\"hi\"]}",
			"{\"type\":\"userMessage\",\"id\":\"w\",\"content\":\"hi\"}",
			"{\"type\":\"dynamicToolCall\",\"id\":\"w\",\"tool\":\"t\",\"success\":\"yes\"}",
			"{\"type\":\"fileChange\",\"id\":\"w\",\"status\":\"completed\",\"changes\":{}}" })
	void aFieldOfTheWrongJsonTypeMakesTheItemOtherWithItsRawKept(String json) {
		JsonNode raw = Json.parse(json);
		ThreadItem item = ThreadItemReader.read(raw);
		assertThat(item).isInstanceOf(ThreadItem.Other.class);
		assertThat(item.type()).isEqualTo(raw.get("type").asString());
		assertThat(item.raw()).isSameAs(raw);
	}

	@Test
	void numbersStayLenient() {
		ThreadItem.Sleep sleep = (ThreadItem.Sleep) read(
				"{\"type\":\"sleep\",\"id\":\"z\",\"durationMs\":\"soon\"}");
		assertThat(sleep.durationMs()).isNull();
		ThreadItem.CommandExecution command = (ThreadItem.CommandExecution) read(
				"{\"type\":\"commandExecution\",\"id\":\"c\",\"exitCode\":99999999999999999999,\"durationMs\":-4}");
		assertThat(command.exitCode()).isNull();
		assertThat(command.durationMs()).isNull();
	}

	@Test
	void unknownKindsAndItemsWithoutTypeAreOther() {
		assertThat(read("{\"type\":\"hologram\",\"id\":\"h\"}")).isEqualTo(
				new ThreadItem.Other("hologram", "h", Json.parse("{\"type\":\"hologram\",\"id\":\"h\"}")));
		assertThat(read("{\"id\":\"h\"}").type()).isEqualTo("unknown");
		assertThat(read("{\"type\":7,\"id\":\"h\"}").type()).isEqualTo("unknown");
		assertThat(ThreadItemReader.read(null).type()).isEqualTo("unknown");
		assertThat(ThreadItemReader.read(null).typed()).isEmpty();
	}

	@Test
	void nullAndNonObjectItemsAreOtherWithANonNullRaw() {
		ThreadItem missing = ThreadItemReader.read(null);
		assertThat(missing).isInstanceOf(ThreadItem.Other.class);
		assertThat(missing.raw()).as("raw() is not @Nullable").isNotNull();
		assertThat(missing.raw().isNull()).isTrue();
		assertThat(missing.id()).isNull();
		for (String json : new String[] { "\"agentMessage\"", "[{\"type\":\"agentMessage\"}]", "42", "null" }) {
			JsonNode raw = Json.parse(json);
			ThreadItem item = ThreadItemReader.read(raw);
			assertThat(item).as(json).isInstanceOf(ThreadItem.Other.class);
			assertThat(item.type()).isEqualTo("unknown");
			assertThat(item.raw()).isSameAs(raw);
			assertThat(item.typed()).isEmpty();
		}
	}

	@Test
	@SuppressWarnings("deprecation")
	void theDeprecatedFromStillReadsAsTheReaderDoes() {
		JsonNode raw = Json.parse(
				"{\"type\":\"agentMessage\",\"id\":\"a\",\"text\":\"hi\",\"phase\":\"final_answer\"}");

		assertThat(ThreadItem.from(raw)).isEqualTo(new ThreadItem.AgentMessage("a", "hi", "final_answer", raw))
			.isEqualTo(ThreadItemReader.read(raw));
		assertThat(ThreadItem.from(Json.parse("{\"type\":\"hologram\",\"id\":\"h\"}")))
			.isInstanceOf(ThreadItem.Other.class);
	}

	@Test
	void olderKindsKeepTheirFields() {
		List<ThreadItem> items = List.of(
				read("{\"type\":\"userMessage\",\"id\":\"u\",\"content\":[{\"type\":\"text\",\"text\":\"a\"},"
						+ "{\"type\":\"image\",\"url\":\"x\"},{\"type\":\"text\",\"text\":\"b\"}]}"),
				read("{\"type\":\"reasoning\",\"id\":\"r\",\"summary\":[\"s1\",{\"text\":\"s2\"}]}"),
				read("{\"type\":\"webSearch\",\"id\":\"w\",\"query\":\"java records\"}"));
		assertThat(((ThreadItem.UserMessage) items.get(0)).text()).isEqualTo("a\nb");
		assertThat(((ThreadItem.Reasoning) items.get(1)).summary()).containsExactly("s1", "s2");
		assertThat(((ThreadItem.WebSearch) items.get(2)).query()).isEqualTo("java records");
	}

	@Test
	void aUserMessagesTextJoinsItsTextPartsWhateverTheirNumber() {
		String one = "{\"type\":\"userMessage\",\"id\":\"u\",\"content\":[{\"type\":\"text\",\"text\":\"Say ok\"}]}";
		assertThat(((ThreadItem.UserMessage) read(one)).text()).isEqualTo("Say ok");
		assertThat(((ThreadItem.UserMessage) read(one.replace("[{", "[{\"type\":\"image\"},{"))).text())
			.isEqualTo("Say ok");
		assertThat(((ThreadItem.UserMessage) read(one.replace("[{", "[{\"text\":\"\"},{"))).text())
			.as("an empty first part adds no line break").isEqualTo("Say ok");
		assertThat(((ThreadItem.UserMessage) read(one.replace("[{", "[{\"text\":\"a\"},{\"text\":\"\"},{"))).text())
			.isEqualTo("a\n\nSay ok");
		assertThat(((ThreadItem.UserMessage) read(one.replace("[{\"type\":\"text\",\"text\":\"Say ok\"}]", "[]")))
			.text()).isEmpty();
	}

}
