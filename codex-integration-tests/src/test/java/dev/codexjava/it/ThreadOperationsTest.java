package dev.codexjava.it;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexListener;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.LoginHandle;
import dev.codexjava.client.LoginResult;
import dev.codexjava.client.ThreadListOptions;
import dev.codexjava.protocol.model.AccountInfo;
import dev.codexjava.protocol.model.ModelInfo;
import dev.codexjava.protocol.model.ThreadInfo;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Thread lifecycle, listing, models, account and the raw escape hatch on the real binary. */
@ExtendWith(CodexExtension.class)
class ThreadOperationsTest {

	@Test
	void threadResumedFromANewProcessKeepsItsHistory(MockModel model, MockCodexHome home) {
		model.enqueue(MockResponse.text("remembered"), MockResponse.text("continued"));
		String threadId;
		try (Codex first = Codex.start(Fixtures.config(home.path()).build())) {
			CodexThread thread = first.startThread();
			threadId = thread.id();
			thread.run("remember the word pineapple");
		}
		try (Codex second = Codex.start(Fixtures.config(home.path()).build())) {
			CodexThread resumed = second.resumeThread(threadId);
			assertThat(resumed.id()).isEqualTo(threadId);
			assertThat(resumed.run("what was the word?").finalResponse()).isEqualTo("continued");
		}
		assertThat(model.requests().get(1).allUserTexts()).contains("remember the word pineapple", "what was the word?");
		assertThat(model.requests().get(1).body()).contains("remembered");
	}

	@Test
	void forkReadRenameArchiveAndList(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("original answer"), MockResponse.text("fork answer"));
		CodexThread thread = codex.startThread();
		thread.run("original question");
		thread.setName("my thread");

		ThreadInfo read = thread.read(true);
		assertThat(read.id()).isEqualTo(thread.id());
		assertThat(read.name()).isEqualTo("my thread");
		assertThat(read.raw().get("turns").size()).isEqualTo(1);

		CodexThread fork = codex.forkThread(thread.id());
		assertThat(fork.id()).isNotEqualTo(thread.id());
		fork.run("fork question");
		assertThat(model.requests().get(1).allUserTexts()).contains("original question", "fork question");

		List<String> ids = codex.listThreads().map(ThreadInfo::id).toList();
		assertThat(ids).contains(thread.id(), fork.id());
		List<String> paged = codex.listThreads(ThreadListOptions.builder().pageSize(1).build())
			.map(ThreadInfo::id)
			.toList();
		assertThat(paged).containsExactlyInAnyOrderElementsOf(ids);

		codex.archiveThread(fork.id());
		assertThat(codex.listThreads().map(ThreadInfo::id)).doesNotContain(fork.id());
		assertThat(codex.listThreads(ThreadListOptions.builder().archived(true).build()).map(ThreadInfo::id))
			.contains(fork.id());
		CodexThread restored = codex.unarchiveThread(fork.id());
		assertThat(restored.id()).isEqualTo(fork.id());
		assertThat(codex.listThreads().map(ThreadInfo::id)).contains(fork.id());
	}

	@Test
	void compactRunsOnTheServer(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("something"));
		model.defaultResponse(MockResponse.text("summary of the conversation"));
		CodexThread thread = codex.startThread();
		thread.run("talk");
		thread.compact();
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> model.requestCount() >= 2);
	}

	@Test
	void modelsAreListedOverAllPages(Codex codex) {
		List<ModelInfo> models = codex.models();
		assertThat(models).isNotEmpty();
		assertThat(models).allSatisfy((m) -> assertThat(m.model()).isNotBlank());
		assertThat(codex.models(true).size()).isGreaterThanOrEqualTo(models.size());
	}

	@Test
	void apiKeyLoginAccountAndLogout(MockCodexHome home) {
		List<String> authModes = new java.util.concurrent.CopyOnWriteArrayList<>();
		CodexListener listener = new CodexListener() {
			@Override
			public void onNotification(String method, JsonNode params) {
				if ("account/updated".equals(method)) {
					authModes.add(String.valueOf(params.get("authMode")));
				}
			}
		};
		try (Codex codex = Codex.start(Fixtures.config(home.path()).listener(listener).build())) {
			AccountInfo before = codex.account();
			assertThat(before.isSignedIn()).isFalse();
			// the mock provider needs no OpenAI login, so the server reports no account even after a key login
			assertThat(before.requiresOpenaiAuth()).isFalse();

			codex.loginApiKey("sk-test-not-a-real-key");
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(authModes).contains("\"apikey\""));
			assertThat(codex.account().raw().toString()).doesNotContain("sk-test-not-a-real-key");

			codex.logout();
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(authModes).last().isEqualTo("null"));
		}
	}

	@Test
	void chatgptLoginCanBeCancelled(Codex codex) {
		LoginHandle login = codex.loginChatgpt();
		assertThat(login.loginId()).isNotBlank();
		assertThat(login.authUrl()).startsWith("http");

		login.cancel();
		LoginResult result = login.await(java.time.Duration.ofSeconds(10));

		assertThat(result.success()).isFalse();
		assertThat(result.loginId()).isEqualTo(login.loginId());
	}

	@Test
	void rawRequestsReachUnwrappedMethods(Codex codex) {
		CodexThread thread = codex.startThread();
		JsonNode loaded = codex.request("thread/loaded/list", Map.of());
		assertThat(loaded.get("data").toString()).contains(thread.id());

		record LoadedList(List<String> data) {
		}
		assertThat(codex.request("thread/loaded/list", Map.of(), LoadedList.class).data()).contains(thread.id());
	}

}
