package dev.codexjava.it;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.RequestOptions;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.ConfigReadParams;
import dev.codexjava.protocol.generated.ConfigReadResponse;
import dev.codexjava.protocol.generated.Methods;
import dev.codexjava.protocol.generated.Model;
import dev.codexjava.protocol.generated.ModelListParams;
import dev.codexjava.protocol.generated.ModelListResponse;
import dev.codexjava.protocol.generated.ThreadListParams;
import dev.codexjava.protocol.generated.ThreadListResponse;
import dev.codexjava.protocol.generated.ThreadLoadedListParams;
import dev.codexjava.protocol.generated.ThreadReadParams;
import dev.codexjava.protocol.generated.ThreadReadResponse;
import dev.codexjava.protocol.model.ModelInfo;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Typed requests (generated descriptors and records) on the real binary. */
@ExtendWith(CodexExtension.class)
class TypedProtocolTest {

	@Test
	void configReadIsTyped(Codex codex) {
		ConfigReadResponse config = codex.request(Methods.CONFIG_READ, new ConfigReadParams(null, true),
				RequestOptions.timeout(Duration.ofSeconds(20)).retry(false));
		assertThat(config.config()).isNotNull();
		assertThat(config.layers()).as("asked for the layers").isNotNull();
		assertThat(config.config().modelProvider()).as("the mock home's provider").isNotBlank();
	}

	@Test
	void modelListIsTypedAndAgreesWithTheHandWrittenApi(Codex codex) {
		ModelListResponse page = codex.request(Methods.MODEL_LIST, new ModelListParams(null, true, 100L, null));
		List<String> typed = page.data().stream().map(Model::id).toList();
		assertThat(typed).isNotEmpty();
		assertThat(typed).containsExactlyInAnyOrderElementsOf(
				codex.models(true).stream().map(ModelInfo::id).toList());
	}

	@Test
	void threadCallsAreTyped(Codex codex, MockModel model) {
		CodexThread thread = codex.startThread();
		ThreadReadResponse read = codex.request(Methods.THREAD_READ, new ThreadReadParams(false, thread.id()));
		assertThat(read.thread().id()).isEqualTo(thread.id());
		assertThat(codex.request(Methods.THREAD_LOADED_LIST, new ThreadLoadedListParams(null, 50L)).data())
			.contains(thread.id());
		ThreadListResponse list = codex.request(Methods.THREAD_LIST,
				Json.convert(Json.parse("{\"limit\":10}"), ThreadListParams.class));
		assertThat(list.data()).as("a page, empty or not").isNotNull();
	}

	@Test
	void experimentalMethodNeedsTheExperimentalApi(Codex codex, MockModel model) {
		assertThat(Methods.MOCK_EXPERIMENTAL_METHOD.experimental()).isTrue();
		assertThatThrownBy(() -> codex.request(Methods.MOCK_EXPERIMENTAL_METHOD, Json.object()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("mock/experimentalMethod")
			.hasMessageContaining("experimentalApi(true)");
		try (Codex experimental = Codex.start(Fixtures.config(model).experimentalApi(true).build())) {
			JsonNode result = experimental.request(Methods.MOCK_EXPERIMENTAL_METHOD, Json.object());
			assertThat(result).as("answered by the server").isNotNull();
		}
	}

}
