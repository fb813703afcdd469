package dev.codexjava.client;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.ServerBusyException;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.generated.ConfigReadParams;
import dev.codexjava.protocol.generated.ConfigReadResponse;
import dev.codexjava.protocol.generated.Methods;
import dev.codexjava.protocol.generated.ThreadListParams;
import dev.codexjava.protocol.generated.ThreadListResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class TypedRequestTest {

	@Test
	void typedRequestSendsTheParamsRecordAndDecodesTheResultRecord() {
		FakeTransport fake = new FakeTransport();
		fake.on("config/read", (p) -> Reply.result(Json.parse(
				"{\"config\":{\"model\":\"gpt-x\"},\"origins\":{},\"futureField\":[1,2]}")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			ConfigReadResponse result = codex.request(Methods.CONFIG_READ, new ConfigReadParams("/work", true));
			assertThat(result.config().model()).isEqualTo("gpt-x");
			assertThat(result.unknown()).containsKey("futureField");
			JsonNode sent = fake.requests("config/read").get(0).get("params");
			assertThat(sent).isEqualTo(Json.parse("{\"cwd\":\"/work\",\"includeLayers\":true}"));
		}
	}

	@Test
	void perCallTimeoutOverridesTheClientDefault() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/list", (p) -> Reply.none());
		try (Codex codex = Codex.start(FakeServer.config().requestTimeout(Duration.ofSeconds(20)).build(), fake)) {
			long start = System.nanoTime();
			assertThatThrownBy(() -> codex.request(Methods.THREAD_LIST, emptyThreadList(),
					RequestOptions.timeout(Duration.ofMillis(150))))
				.isInstanceOfSatisfying(CodexTimeoutException.class,
						(ex) -> assertThat(ex.timeout()).isEqualTo(Duration.ofMillis(150)));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void retryCanBeTurnedOffPerCall() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/list", (p) -> Reply.error(-32001, "Server overloaded; retry later."));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThatThrownBy(() -> codex.request(Methods.THREAD_LIST, emptyThreadList(),
					RequestOptions.defaults().retry(false)))
				.isInstanceOf(ServerBusyException.class);
			assertThat(fake.requestCount("thread/list")).isEqualTo(1);
			assertThatThrownBy(() -> codex.request(Methods.THREAD_LIST, emptyThreadList()))
				.isInstanceOf(ServerBusyException.class);
			assertThat(fake.requestCount("thread/list")).as("retried by default")
				.isEqualTo(1 + FakeServer.FAST_RETRY.maxAttempts());
		}
	}

	@Test
	void experimentalMethodIsRefusedWithoutTheExperimentalApi() {
		Method<JsonNode, JsonNode> experimental = experimentalMethod();
		FakeTransport fake = new FakeTransport();
		fake.on(experimental.name(), (p) -> Reply.result(Json.parse("{\"ok\":true}")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThatThrownBy(() -> codex.request(experimental, Json.object()))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining(experimental.name())
				.hasMessageContaining("experimentalApi(true)");
			assertThat(fake.requestCount(experimental.name())).isZero();
		}
		FakeTransport enabled = new FakeTransport();
		enabled.on(experimental.name(), (p) -> Reply.result(Json.parse("{\"ok\":true}")));
		try (Codex codex = Codex.start(FakeServer.config().experimentalApi(true).build(), enabled)) {
			assertThat(codex.request(experimental, Json.object()).get("ok").asBoolean()).isTrue();
		}
	}

	@Test
	void typedResultKeepsUnknownFieldsThroughARoundTrip() {
		ThreadListResponse page = Json.convert(Json.parse("{\"data\":[],\"nextCursor\":\"c2\",\"added\":{\"x\":1}}"),
				ThreadListResponse.class);
		assertThat(page.nextCursor()).isEqualTo("c2");
		assertThat(Json.toTree(page)).isEqualTo(Json.parse("{\"data\":[],\"nextCursor\":\"c2\",\"added\":{\"x\":1}}"));
	}

	private static ThreadListParams emptyThreadList() {
		return Json.convert(Json.object(), ThreadListParams.class);
	}

	@SuppressWarnings("unchecked")
	private static Method<JsonNode, JsonNode> experimentalMethod() {
		List<Method<?, ?>> all = new java.util.ArrayList<>();
		for (java.lang.reflect.Field field : Methods.class.getFields()) {
			try {
				all.add((Method<?, ?>) field.get(null));
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
		assertThat(all).as("stable and experimental descriptors").hasSizeGreaterThan(100);
		return (Method<JsonNode, JsonNode>) all.stream().filter(Method::experimental).findFirst().orElseThrow();
	}


}
