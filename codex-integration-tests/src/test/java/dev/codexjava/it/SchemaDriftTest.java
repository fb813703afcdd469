package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.testkit.CodexBinaries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails when the pinned binary's protocol schema no longer has a method, notification or server request the SDK
 * relies on.
 */
class SchemaDriftTest {

	static final List<String> CLIENT_REQUESTS = List.of("initialize", "thread/start", "thread/resume", "thread/fork",
			"thread/archive", "thread/unarchive", "thread/list", "thread/read", "thread/name/set",
			"thread/compact/start", "thread/goal/set", "thread/goal/get", "thread/goal/clear", "turn/start",
			"turn/steer", "turn/interrupt", "model/list", "account/read", "account/login/start",
			"account/login/cancel", "account/logout");

	static final List<String> NOTIFICATIONS = List.of("turn/started", "turn/completed", "item/started",
			"item/completed", "item/agentMessage/delta", "item/reasoning/summaryTextDelta", "item/reasoning/textDelta",
			"item/commandExecution/outputDelta", "thread/tokenUsage/updated", "error", "account/login/completed",
			"thread/goal/updated", "thread/goal/cleared");

	static final List<String> SERVER_REQUESTS = List.of("item/commandExecution/requestApproval",
			"item/fileChange/requestApproval", "item/permissions/requestApproval", "item/tool/requestUserInput",
			"mcpServer/elicitation/request");

	@TempDir
	Path out;

	@Test
	void everyMethodTheSdkUsesExistsInThePinnedSchema() throws Exception {
		Process process = new ProcessBuilder(CodexBinaries.require().toString(), "app-server", "generate-json-schema",
				"--out", this.out.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.out.resolve("log.txt").toFile())
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();

		assertThat(methods("ClientRequest.json")).containsAll(CLIENT_REQUESTS);
		assertThat(methods("ServerNotification.json")).containsAll(NOTIFICATIONS);
		assertThat(methods("ServerRequest.json")).containsAll(SERVER_REQUESTS);
		assertThat(methods("ClientNotification.json")).contains("initialized");
	}

	private Set<String> methods(String file) throws Exception {
		JsonNode schema = Json.parse(Files.readString(this.out.resolve(file)));
		Set<String> names = new HashSet<>();
		for (JsonNode variant : schema.get("oneOf")) {
			JsonNode method = variant.path("properties").path("method");
			method.path("enum").forEach((v) -> names.add(v.asString()));
			if (method.has("const")) {
				names.add(method.get("const").asString());
			}
		}
		assertThat(names).as("methods in " + file).isNotEmpty();
		return names;
	}

}
