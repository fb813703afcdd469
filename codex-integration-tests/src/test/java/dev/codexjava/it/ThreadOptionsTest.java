package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.SandboxMode;
import dev.codexjava.client.ThreadListOptions;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnOptions;
import dev.codexjava.error.InvalidParamsException;
import dev.codexjava.protocol.generated.ApprovalsReviewer;
import dev.codexjava.protocol.generated.ThreadSourceKind;
import dev.codexjava.protocol.generated.ThreadStartSource;
import dev.codexjava.protocol.generated.WebSearchMode;
import dev.codexjava.protocol.model.ThreadInfo;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sandbox, web search, reviewer, source and thread-list options on the real binary. */
@ExtendWith(CodexExtension.class)
class ThreadOptionsTest {

	@TempDir
	Path tmp;

	@Test
	void sandboxWebSearchAndSourceOptionsReachTheModelAndTheThread(Codex codex, MockModel model) throws Exception {
		Path threadRoot = Files.createDirectories(this.tmp.resolve("thread-root"));
		Path turnRoot = Files.createDirectories(this.tmp.resolve("turn-root"));
		model.enqueue(MockResponse.text("one"), MockResponse.text("two"));
		CodexThread thread = codex.startThread(ThreadOptions.builder()
			.cwd(this.tmp)
			.sandbox(SandboxMode.WORKSPACE_WRITE)
			.additionalDirectories(threadRoot)
			.networkAccess(true)
			.webSearch(WebSearchMode.LIVE)
			.sessionStartSource(ThreadStartSource.STARTUP)
			.threadSource("it-source")
			.build());
		thread.run("first");
		thread.run("second", TurnOptions.builder()
			.sandbox(SandboxMode.WORKSPACE_WRITE)
			.writableRoots(List.of(turnRoot))
			.networkAccess(false)
			.approvalsReviewer(ApprovalsReviewer.AUTO_REVIEW)
			.build());

		// what the server tells the model about its sandbox, and the tools it offers
		String first = model.requests().get(0).body();
		assertThat(first).contains("Network access is enabled.")
			.contains("`" + threadRoot + "`")
			.doesNotContain(turnRoot.toString());
		JsonNode webSearch = webSearchTool(model.requests().get(0).json());
		assertThat(webSearch).isNotNull();
		assertThat(webSearch.path("external_web_access").asBoolean()).isTrue();
		String second = lastPermissions(model.requests().get(1).body());
		assertThat(second).contains("Network access is restricted.").contains("`" + turnRoot + "`");
		// the turn's reviewer and sandbox stay the thread's, as the server reports on resume
		JsonNode resumed = codex.request("thread/resume", Map.of("threadId", thread.id()));
		assertThat(resumed.path("approvalsReviewer").asString()).isEqualTo("auto_review");
		assertThat(resumed.path("sandbox").path("writableRoots").valueStream().map(JsonNode::asString))
			.contains(turnRoot.toString());
		assertThat(resumed.path("sandbox").path("networkAccess").asBoolean(true)).isFalse();
		assertThat(thread.read().raw().path("threadSource").asString()).isEqualTo("it-source");
	}

	@Test
	void threadListFiltersSelectThreads(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("one"), MockResponse.text("two"));
		CodexThread a = codex.startThread();
		a.run("first");
		CodexThread b = codex.startThread();
		b.run("second");

		assertThat(ids(codex, ThreadListOptions.builder().modelProviders(List.of("mock")))).contains(a.id(), b.id());
		assertThat(ids(codex, ThreadListOptions.builder().modelProviders(List.of("elsewhere")))).isEmpty();
		// threads started over app-server v2 are recorded with the vscode source
		assertThat(ids(codex, ThreadListOptions.builder().sourceKinds(List.of(ThreadSourceKind.VSCODE))))
			.contains(a.id(), b.id());
		assertThat(ids(codex, ThreadListOptions.builder().sourceKinds(List.of(ThreadSourceKind.EXEC)))).isEmpty();
		assertThat(ids(codex, ThreadListOptions.builder().excludedThreadIds(List.of(a.id())).useStateDbOnly(false)))
			.contains(b.id())
			.doesNotContain(a.id());
	}

	@Test
	void theOriginatorsFilterReachesTheServerWhichRefusesANonEmptyListLocally(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("one"));
		CodexThread thread = codex.startThread();
		thread.run("first");

		// hosted backends only: the local app-server answers -32602 (0.169.0 and 0.171.0)
		assertThatThrownBy(() -> ids(codex, ThreadListOptions.builder().originators(List.of("codex_vscode"))))
			.isInstanceOf(InvalidParamsException.class)
			.hasMessageContaining("originator filtering is not supported by the local app-server");
		// an empty list filters nothing
		assertThat(ids(codex, ThreadListOptions.builder().originators(List.of()))).contains(thread.id());
	}

	private static List<String> ids(Codex codex, ThreadListOptions.Builder options) {
		return codex.listThreads(options.build()).map(ThreadInfo::id).toList();
	}

	private static JsonNode webSearchTool(JsonNode request) {
		for (JsonNode tool : request.path("tools")) {
			if ("web_search".equals(tool.path("type").asString())) {
				return tool;
			}
		}
		return null;
	}

	/** The last permissions instructions of a model request (a turn that changes the sandbox adds new ones). */
	private static String lastPermissions(String body) {
		int start = body.lastIndexOf("<permissions instructions>");
		assertThat(start).isNotNegative();
		return body.substring(start, body.indexOf("</permissions instructions>", start));
	}

}
