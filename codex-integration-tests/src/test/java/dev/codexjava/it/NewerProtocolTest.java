package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.Subscription;
import dev.codexjava.error.InvalidRequestException;
import dev.codexjava.error.MethodNotFoundException;
import dev.codexjava.protocol.generated.ConfigWriteResponse;
import dev.codexjava.protocol.generated.WriteStatus;
import dev.codexjava.protocol.newer.ModelProviderDefaultSetParams;
import dev.codexjava.protocol.newer.NewerMethods;
import dev.codexjava.protocol.newer.NewerNotifications;
import dev.codexjava.protocol.newer.ThreadSearchPartialNotification;
import dev.codexjava.protocol.newer.ThreadSearchResult;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The typed protocol entries newer than the pinned binary ({@code dev.codexjava.protocol.newer}) on the real binary:
 * on 0.171.0 and later they work (run with {@code -Dcodex.bin=.../codex-0.171.0 -Dcodex.version=0.171.0}); on an
 * older binary the request is refused as method not found.
 */
class NewerProtocolTest {

	private static final String SINCE = "0.171.0";

	/** Thread searches at most until a best-effort {@code thread/search/partial} arrives. */
	private static final int SEARCHES = 20;

	@RegisterExtension
	final CodexExtension extension = CodexExtension.builder()
		.home((home) -> home.extraToml("""
				[model_providers.backup]
				name = "backup"
				base_url = "http://127.0.0.1:9/v1"
				wire_api = "responses"
				"""))
		.client((client) -> client.experimentalApi(true))
		.build();

	@Test
	void setDefaultModelProviderWritesTheDefaultProvider(Codex codex) throws Exception {
		assumeNewer(codex);
		ConfigWriteResponse written = codex.admin().setDefaultModelProvider("backup");
		assertThat(written.status()).isEqualTo(WriteStatus.OK);
		assertThat(written.version()).isNotBlank();
		assertThat(codex.admin().readConfig().config().modelProvider()).isEqualTo("backup");
		assertThat(Files.readString(Path.of(codex.serverInfo().codexHome()).resolve("config.toml")))
			.contains("model_provider = \"backup\"");
		// the descriptor, as typed request
		ConfigWriteResponse back = codex.request(NewerMethods.MODEL_PROVIDER_DEFAULT_SET,
				new ModelProviderDefaultSetParams("mock"));
		assertThat(back.status()).isEqualTo(WriteStatus.OK);
		assertThat(codex.admin().readConfig().config().modelProvider()).isEqualTo("mock");
	}

	@Test
	void anUnknownProviderIsRefused(Codex codex) {
		assumeNewer(codex);
		assertThatThrownBy(() -> codex.admin().setDefaultModelProvider("no-such-provider"))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("no-such-provider");
		assertThat(codex.admin().readConfig().config().modelProvider()).as("unchanged").isEqualTo("mock");
	}

	@Test
	void thePinnedBinaryAnswersMethodNotFound(Codex codex) {
		assumeTrue(Versions.compare(codex.serverVersion(), SINCE) < 0,
				"modelProvider/default/set exists on " + codex.serverVersion() + ": this checks an older binary");
		assertThatThrownBy(() -> codex.admin().setDefaultModelProvider("backup"))
			.isInstanceOf(MethodNotFoundException.class);
	}

	@Test
	void aStreamedThreadSearchSendsTypedPartials(Codex codex, MockModel model) {
		assumeNewer(codex);
		model.enqueue(MockResponse.text("noted"));
		CodexThread thread = codex.startThread();
		thread.run("remember the word quokkaberry");
		List<ThreadSearchPartialNotification> partials = new CopyOnWriteArrayList<>();
		try (Subscription subscription = codex.subscribe(NewerNotifications.THREAD_SEARCH_PARTIAL, partials::add)) {
			// thread/search/stream is experimental (raw); its partials are a stable notification, best effort: the
			// server sends one for about two searches in three here, so search again (at most 20 times) until one came
			for (int i = 0; i < SEARCHES && partials.isEmpty(); i++) {
				JsonNode answer = codex.request("thread/search/stream", Map.of("searchTerm", "quokkaberry"));
				assertThat(answer.path("data").valueStream().map((row) -> row.path("thread").path("id").asString()))
					.as("the final answer").contains(thread.id());
			}
			await().atMost(10, TimeUnit.SECONDS).until(() -> !partials.isEmpty());
		}
		List<ThreadSearchResult> rows = partials.stream().flatMap((p) -> p.data().stream()).toList();
		assertThat(rows).anySatisfy((row) -> {
			assertThat(row.thread().id()).isEqualTo(thread.id());
			assertThat(row.snippet()).contains("quokkaberry");
		});
		assertThat(partials.get(0).requestId().raw().isNumber()).as("the stream request's JSON-RPC id").isTrue();
	}

	private static void assumeNewer(Codex codex) {
		assumeTrue(Versions.compare(codex.serverVersion(), SINCE) >= 0, "needs app-server " + SINCE + " or later, this is "
				+ codex.serverVersion() + " (run with -Dcodex.bin=.../codex-0.171.0 -Dcodex.version=0.171.0)");
	}

}
