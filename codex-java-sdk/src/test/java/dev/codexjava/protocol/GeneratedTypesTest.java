package dev.codexjava.protocol;

import org.junit.jupiter.api.Test;

import dev.codexjava.protocol.generated.SandboxMode;
import dev.codexjava.protocol.generated.ThreadItem;
import dev.codexjava.protocol.generated.ThreadStartParams;
import dev.codexjava.protocol.generated.ThreadStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated protocol types through the SDK's mapper: unions, open enums, unknown fields. */
class GeneratedTypesTest {

	@Test
	void unionDecodesItsVariantByTypeAndRoundTrips() {
		String json = "{\"type\":\"agentMessage\",\"id\":\"i1\",\"text\":\"hello\",\"phase\":\"final_answer\"}";
		ThreadItem item = Json.convert(Json.parse(json), ThreadItem.class);
		assertThat(item).isInstanceOfSatisfying(ThreadItem.AgentMessage.class, (m) -> {
			assertThat(m.id()).isEqualTo("i1");
			assertThat(m.text()).isEqualTo("hello");
		});
		assertThat(Json.toTree(item)).isEqualTo(Json.parse(json));
	}

	@Test
	void unknownUnionVariantIsKeptRaw() {
		ThreadStatus status = Json.convert(Json.parse("{\"type\":\"hibernating\",\"since\":12}"), ThreadStatus.class);
		assertThat(status).isInstanceOfSatisfying(ThreadStatus.Unknown.class,
				(u) -> assertThat(u.unknown().get("since").asInt()).isEqualTo(12));
		assertThat(Json.convert(Json.parse("{\"type\":\"idle\"}"), ThreadStatus.class))
			.isInstanceOf(ThreadStatus.Idle.class);
	}

	@Test
	void openEnumAcceptsUnknownValues() {
		assertThat(Json.convert(Json.parse("\"read-only\""), SandboxMode.class)).isEqualTo(SandboxMode.READ_ONLY);
		SandboxMode future = Json.convert(Json.parse("\"moon-only\""), SandboxMode.class);
		assertThat(future.value()).isEqualTo("moon-only");
		assertThat(future.known()).isFalse();
		assertThat(SandboxMode.READ_ONLY.known()).isTrue();
		assertThat(Json.write(future)).isEqualTo("\"moon-only\"");
	}

	@Test
	void unknownFieldsAreKeptAndWrittenBack() {
		String json = "{\"model\":\"gpt-x\",\"sandbox\":\"workspace-write\",\"newKnob\":{\"a\":[1]}}";
		ThreadStartParams params = Json.convert(Json.parse(json), ThreadStartParams.class);
		assertThat(params.model()).isEqualTo("gpt-x");
		assertThat(params.sandbox()).isEqualTo(SandboxMode.WORKSPACE_WRITE);
		assertThat(params.unknown()).containsOnlyKeys("newKnob");
		assertThat(Json.toTree(params)).isEqualTo(Json.parse(json));
	}

}
