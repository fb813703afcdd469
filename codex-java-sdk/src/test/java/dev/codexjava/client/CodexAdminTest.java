package dev.codexjava.client;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.CodexRpcException;
import dev.codexjava.protocol.generated.McpServerStatus;
import dev.codexjava.protocol.generated.WriteStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link CodexAdmin} and {@link AsyncCodexAdmin}: one implementation, the blocking face waiting on the async one. */
@Timeout(30)
class CodexAdminTest {

	private static FakeTransport fake() {
		FakeTransport fake = new FakeTransport();
		fake.on("config/read", (p) -> Reply.result("{\"config\":{\"model\":\"gpt-mock\"},\"origins\":{}}"));
		fake.on("mcpServerStatus/list", (p) -> {
			JsonNode cursor = p.get("cursor");
			return (cursor == null || cursor.isNull())
					? Reply.result("{\"data\":[{\"name\":\"docs\"}],\"nextCursor\":\"c2\"}")
					: Reply.result("{\"data\":[{\"name\":\"tickets\"}],\"nextCursor\":null}");
		});
		fake.on("config/batchWrite",
				(p) -> Reply.result("{\"status\":\"ok\",\"version\":\"v2\",\"filePath\":\"/home/u/.codex/config.toml\"}"));
		fake.on("skills/list", (p) -> Reply.result("{}"));
		fake.on("modelProvider/default/set",
				(p) -> Reply.result("{\"status\":\"ok\",\"version\":\"v3\",\"filePath\":\"/home/u/.codex/config.toml\","
						+ "\"overriddenMetadata\":null}"));
		fake.on("fuzzyFileSearch", (p) -> Reply.error(-32603, "search failed"));
		return fake;
	}

	private static <T> T get(CompletableFuture<T> future) throws Exception {
		return future.get(10, TimeUnit.SECONDS);
	}

	@Test
	void blockingAndAsyncFacesReturnTheSameTypedResults() throws Exception {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexAdmin admin = codex.admin();
			AsyncCodexAdmin async = codex.async().admin();

			assertThat(admin.readConfig().config().model()).isEqualTo("gpt-mock");
			assertThat(get(async.readConfig()).config().model()).isEqualTo("gpt-mock");
			assertThat(fake.requestParams("config/read", 1).get("includeLayers").asBoolean()).isFalse();

			assertThat(admin.mcpServers()).extracting(McpServerStatus::name).containsExactly("docs", "tickets");
			assertThat(get(async.mcpServers())).extracting(McpServerStatus::name).containsExactly("docs", "tickets");
			assertThat(fake.requests("mcpServerStatus/list")).hasSize(4);
			assertThat(fake.requestParams("mcpServerStatus/list", 3).get("cursor").asString()).isEqualTo("c2");

			assertThat(admin.skills()).isEmpty();
			assertThat(get(async.skills(Path.of("/w")))).isEmpty();
			assertThat(fake.requestParams("skills/list", 1).get("cwds").get(0).asString()).isEqualTo("/w");
		}
	}

	@Test
	void writesSendTheEditsInOrderThroughEitherFace() throws Exception {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("model", "gpt-x");
			values.put("features.web_search", true);
			assertThat(codex.admin().writeValues(values).version()).isEqualTo("v2");
			assertThat(get(codex.async().admin().writeValues(values)).version()).isEqualTo("v2");
			for (int i = 0; i < 2; i++) {
				JsonNode params = fake.requestParams("config/batchWrite", i);
				assertThat(params.get("edits")).extracting((e) -> e.get("keyPath").asString())
					.containsExactly("model", "features.web_search");
				assertThat(params.get("edits").get(1).get("value").asBoolean()).isTrue();
				assertThat(params.get("reloadUserConfig").asBoolean()).isTrue();
			}
		}
	}

	@Test
	void theDefaultModelProviderIsSetThroughEitherFace() throws Exception {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThat(codex.admin().setDefaultModelProvider("backup").version()).isEqualTo("v3");
			assertThat(get(codex.async().admin().setDefaultModelProvider("openai")).status())
				.isEqualTo(WriteStatus.OK);
			assertThat(fake.requestParams("modelProvider/default/set", 0).get("providerId").asString())
				.isEqualTo("backup");
			assertThat(fake.requestParams("modelProvider/default/set", 1).get("providerId").asString())
				.isEqualTo("openai");
		}
	}

	@Test
	void failuresReachTheBlockingCallerUnwrappedAndTheAsyncOneAsTheFuturesCause() {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThatThrownBy(() -> codex.admin().searchFiles("adm", List.of(Path.of("/w"))))
				.isInstanceOfSatisfying(CodexRpcException.class, (ex) -> {
					assertThat(ex.code()).isEqualTo(-32603);
					assertThat(ex.rpcMessage()).isEqualTo("search failed");
				});
			CompletableFuture<?> future = codex.async().admin().searchFiles("adm", List.of(Path.of("/w")));
			assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
				.hasCauseInstanceOf(CodexRpcException.class);
		}
	}

	@Test
	void invalidArgumentsFailAtOnceWithoutARequest() {
		FakeTransport fake = fake();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThatIllegalArgumentException().isThrownBy(() -> codex.admin().writeValue(" ", 1));
			assertThatIllegalArgumentException().isThrownBy(() -> codex.async().admin().writeValues(Map.of()));
			assertThatIllegalArgumentException()
				.isThrownBy(() -> codex.async().admin().searchFiles("x", List.of()));
			assertThat(fake.requests("config/value/write")).isEmpty();
			assertThat(fake.requests("config/batchWrite")).isEmpty();
			assertThatIllegalArgumentException().isThrownBy(() -> codex.admin().setDefaultModelProvider(" "));
			assertThat(fake.requests("fuzzyFileSearch")).isEmpty();
			assertThat(fake.requests("modelProvider/default/set")).isEmpty();
		}
	}

}
