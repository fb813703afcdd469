package dev.codexjava.client;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.protocol.model.AccountInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class LoginTest {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private static String completed(String loginId, boolean success, String error) {
		return Wire.notification("account/login/completed", "{\"loginId\":\"" + loginId + "\",\"success\":" + success
				+ ",\"error\":" + (error == null ? "null" : "\"" + error + "\"") + "}");
	}

	@Test
	void browserLoginReturnsTheUrlAndItsOutcome() {
		FakeTransport fake = new FakeTransport();
		fake.on("account/login/start", (p) -> Reply.result("{\"type\":\"chatgpt\",\"loginId\":\"L1\",\"authUrl\":\"https://auth/x\"}")
			.thenPush(completed("L1", true, null)));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			LoginHandle login = codex.loginChatgpt();
			assertThat(login.loginId()).isEqualTo("L1");
			assertThat(login.authUrl()).isEqualTo("https://auth/x");
			assertThat(fake.requestParams("account/login/start", 0).get("type").asString()).isEqualTo("chatgpt");
			LoginResult result = login.await(WAIT);
			assertThat(result.success()).isTrue();
		}
	}

	@Test
	void completionArrivingBeforeTheStartResponseIsNotLost() {
		FakeTransport fake = new FakeTransport();
		fake.on("account/login/start",
				(p) -> Reply.result("{\"type\":\"chatgptDeviceCode\",\"loginId\":\"L2\",\"verificationUrl\":\"https://v\","
						+ "\"userCode\":\"ABCD-1234\"}")
					.pushFirst(completed("L2", false, "expired")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			LoginHandle login = codex.loginChatgptDeviceCode();
			assertThat(login.verificationUrl()).isEqualTo("https://v");
			assertThat(login.userCode()).isEqualTo("ABCD-1234");
			LoginResult result = login.await(WAIT);
			assertThat(result.success()).isFalse();
			assertThat(result.error()).isEqualTo("expired");
		}
	}

	@Test
	void awaitTimesOutWhenTheLoginDoesNotFinish() {
		FakeTransport fake = new FakeTransport();
		fake.on("account/login/start", (p) -> Reply.result("{\"type\":\"chatgpt\",\"loginId\":\"L3\",\"authUrl\":\"u\"}"));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			LoginHandle login = codex.loginChatgpt();
			assertThatThrownBy(() -> login.await(Duration.ofMillis(100))).isInstanceOf(CodexTimeoutException.class)
				.hasMessageContaining("L3");
			fake.push(completed("L3", true, null));
			assertThat(login.await(WAIT).success()).as("the login stays open after a timed-out wait").isTrue();
		}
	}

	@Test
	void accountIsRead() {
		FakeTransport fake = new FakeTransport();
		fake.on("account/read", (p) -> Reply.result(
				"{\"account\":{\"type\":\"chatgpt\",\"email\":\"a@b.c\",\"planType\":\"plus\"},\"requiresOpenaiAuth\":true}"));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			AccountInfo account = codex.account();
			assertThat(account.isSignedIn()).isTrue();
			assertThat(account.email()).isEqualTo("a@b.c");
			assertThat(account.planType()).isEqualTo("plus");
			assertThat(account.requiresOpenaiAuth()).isTrue();
		}
	}

	@Test
	void loginApiKeyRejectsBlankKeysWithoutTalkingToTheServer() {
		FakeTransport fake = new FakeTransport();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThatThrownBy(() -> codex.loginApiKey(" ")).isInstanceOf(IllegalArgumentException.class);
			assertThat(fake.requestCount("account/login/start")).isZero();
		}
	}

}
