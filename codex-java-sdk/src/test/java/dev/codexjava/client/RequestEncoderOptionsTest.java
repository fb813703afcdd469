package dev.codexjava.client;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.ApprovalsReviewer;
import dev.codexjava.protocol.generated.ThreadListParams;
import dev.codexjava.protocol.generated.ThreadSourceKind;
import dev.codexjava.protocol.generated.ThreadStartParams;
import dev.codexjava.protocol.generated.ThreadStartSource;
import dev.codexjava.protocol.generated.TurnStartParams;
import dev.codexjava.protocol.generated.WebSearchMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The sandbox, reviewer, source and list-filter options as the wire params the schema defines. */
class RequestEncoderOptionsTest {

	private static final Path ROOT = Path.of("/work/extra").toAbsolutePath();

	@Test
	void threadStartCarriesSandboxSettingsAsConfigOverridesAndTheSources() {
		ThreadOptions options = ThreadOptions.builder()
			.config("model_reasoning_effort", "high")
			.additionalDirectories(ROOT)
			.networkAccess(true)
			.webSearch(WebSearchMode.LIVE)
			.sessionStartSource(ThreadStartSource.CLEAR)
			.threadSource("nightly-job")
			.approvalsReviewer(ApprovalsReviewer.AUTO_REVIEW)
			.build();

		JsonNode params = RequestEncoder.threadStart(options);

		assertThat(params.get("config")).isEqualTo(Json.parse("{\"model_reasoning_effort\":\"high\","
				+ "\"sandbox_workspace_write.writable_roots\":[\"" + ROOT + "\"],"
				+ "\"sandbox_workspace_write.network_access\":true,\"web_search\":\"live\"}"));
		ThreadStartParams typed = Json.convert(params, ThreadStartParams.class);
		assertThat(typed.sessionStartSource()).isEqualTo(ThreadStartSource.CLEAR);
		assertThat(typed.threadSource()).isEqualTo("nightly-job");
		assertThat(typed.approvalsReviewer()).isEqualTo(ApprovalsReviewer.AUTO_REVIEW);
		assertThat(typed.unknown()).isEmpty();
	}

	@Test
	void resumeHasNoStartOnlyFieldsAndForkKeepsTheThreadSource() {
		ThreadOptions options = ThreadOptions.builder()
			.sessionStartSource(ThreadStartSource.STARTUP)
			.threadSource("nightly-job")
			.build();

		assertThat(RequestEncoder.thread(options, "t1").has("sessionStartSource")).isFalse();
		assertThat(RequestEncoder.thread(options, "t1").has("threadSource")).isFalse();
		JsonNode fork = RequestEncoder.fork(ForkOptions.builder().threadOptions(options).build(), "t1");
		assertThat(fork.path("threadSource").asString()).isEqualTo("nightly-job");
		assertThat(fork.has("sessionStartSource")).isFalse();
	}

	@Test
	void noOptionsSendNoConfig() {
		assertThat(RequestEncoder.threadStart(ThreadOptions.none()).has("config")).isFalse();
	}

	@Test
	void turnStartCarriesAWorkspaceWriteSandboxPolicyAndTheReviewer() {
		TurnOptions options = TurnOptions.builder()
			.sandbox(SandboxMode.WORKSPACE_WRITE)
			.writableRoots(List.of(ROOT))
			.networkAccess(true)
			.approvalsReviewer(ApprovalsReviewer.USER)
			.build();

		JsonNode params = RequestEncoder.turnStart("t1", List.of(Input.text("hi")), options);

		assertThat(params.get("sandboxPolicy")).isEqualTo(Json.parse(
				"{\"type\":\"workspaceWrite\",\"writableRoots\":[\"" + ROOT + "\"],\"networkAccess\":true}"));
		TurnStartParams typed = Json.convert(params, TurnStartParams.class);
		assertThat(typed.approvalsReviewer()).isEqualTo(ApprovalsReviewer.USER);
		assertThat(typed.unknown()).isEmpty();
		assertThat(options.toBuilder().build().writableRoots()).containsExactly(ROOT);
	}

	@Test
	void sandboxSettingsThatTheChosenSandboxCannotTakeAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TurnOptions.builder().additionalDirectories(ROOT).build())
			.withMessageContaining("WORKSPACE_WRITE");
		assertThatIllegalArgumentException().isThrownBy(
				() -> TurnOptions.builder().sandbox(SandboxMode.DANGER_FULL_ACCESS).networkAccess(false).build());
		JsonNode readOnly = RequestEncoder.turnStart("t1", List.of(Input.text("hi")),
				TurnOptions.builder().sandbox(SandboxMode.READ_ONLY).networkAccess(false).build());
		assertThat(readOnly.get("sandboxPolicy"))
			.isEqualTo(Json.parse("{\"type\":\"readOnly\",\"networkAccess\":false}"));
	}

	@Test
	void writableRootsAddUpInOrderAndABuiltOptionDoesNotChangeWithItsBuilder() {
		Path other = Path.of("/work/other").toAbsolutePath();
		ThreadOptions.Builder thread = ThreadOptions.builder().writableRoots(List.of(ROOT));
		ThreadOptions first = thread.build();
		ThreadOptions both = thread.additionalDirectories(other).networkAccess(false).build();
		TurnOptions turn = TurnOptions.builder()
			.sandbox(SandboxMode.WORKSPACE_WRITE)
			.additionalDirectories(ROOT)
			.writableRoots(List.of(other))
			.build();

		assertThat(RequestEncoder.threadStart(first).path("config").path("sandbox_workspace_write.writable_roots"))
			.isEqualTo(Json.parse("[\"" + ROOT + "\"]"));
		assertThat(RequestEncoder.threadStart(first).path("config").has("sandbox_workspace_write.network_access"))
			.isFalse();
		assertThat(RequestEncoder.threadStart(both).path("config").path("sandbox_workspace_write.writable_roots"))
			.isEqualTo(Json.parse("[\"" + ROOT + "\",\"" + other + "\"]"));
		assertThat(RequestEncoder.turnStart("t1", List.of(Input.text("hi")), turn).path("sandboxPolicy"))
			.isEqualTo(Json.parse("{\"type\":\"workspaceWrite\",\"writableRoots\":[\"" + ROOT + "\",\"" + other
					+ "\"]}"));
	}

	@Test
	void threadListCarriesTheNewFilters() {
		ThreadListOptions options = ThreadListOptions.builder()
			.cwds(List.of(ROOT, ROOT.resolve("b")))
			.modelProviders(List.of("mock"))
			.sourceKinds(List.of(ThreadSourceKind.APP_SERVER, ThreadSourceKind.EXEC))
			.excludedThreadIds(List.of("t9"))
			.currentAccountOnly(true)
			.useStateDbOnly(true)
			.build();

		JsonNode params = RequestEncoder.threadList(options, "c1");

		assertThat(params.get("cwd")).isEqualTo(Json.parse("[\"" + ROOT + "\",\"" + ROOT.resolve("b") + "\"]"));
		ThreadListParams typed = Json.convert(params, ThreadListParams.class);
		assertThat(typed.modelProviders()).containsExactly("mock");
		assertThat(typed.sourceKinds()).containsExactly(ThreadSourceKind.APP_SERVER, ThreadSourceKind.EXEC);
		assertThat(typed.excludedThreadIds()).containsExactly("t9");
		assertThat(typed.currentAccountOnly()).isTrue();
		assertThat(typed.useStateDbOnly()).isTrue();
		assertThat(typed.cursor()).isEqualTo("c1");
		assertThat(typed.unknown()).isEmpty();
		// one cwd stays a text; the later of cwd and cwds wins
		assertThat(RequestEncoder.threadList(ThreadListOptions.builder().cwds(List.of(ROOT)).cwd(ROOT).build(), null)
			.get("cwd")
			.isString()).isTrue();
	}

}
