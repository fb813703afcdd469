package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.AccountRateLimitsUpdatedNotification;
import dev.codexjava.protocol.generated.Notifications;
import dev.codexjava.protocol.generated.ThreadStatus;
import dev.codexjava.protocol.generated.ThreadStatusChangedNotification;
import dev.codexjava.protocol.generated.WarningNotification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications that come with every turn and that the client itself does not route
 * ({@code account/rateLimits/updated}, {@code warning}, and {@code thread/status/changed} while no other client's turn
 * is known to run on a thread): when
 * nobody listens their params are not built (allocation and CPU per turn, issue 12), but a listener or a typed
 * subscriber gets each exactly as before, and a status change still ends another client's turn
 * ({@link ForeignTurnTest}).
 */
class UnroutedNotificationsTest {

	private static final String RATE_LIMITS = "{\"rateLimits\":{\"limitId\":\"codex\",\"limitName\":null,"
			+ "\"primary\":{\"usedPercent\":42,\"windowDurationMins\":300,\"resetsAt\":1764068460},"
			+ "\"secondary\":null,\"credits\":null,\"planType\":null}}";

	private static final String WARNING = "{\"threadId\":\"t1\",\"message\":\"Model metadata for `m` not found\"}";

	private static final String STATUS = "{\"threadId\":\"t1\",\"status\":{\"type\":\"idle\"}}";

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "account/rateLimits/updated|" + RATE_LIMITS, "warning|" + WARNING,
			"thread/status/changed|" + STATUS })
	void aListenerGetsTheParamsAsSent(String method, String params) throws Exception {
		List<JsonNode> seen = new CopyOnWriteArrayList<>();
		CodexListener listener = new CodexListener() {
			@Override
			public void onNotification(String m, JsonNode p) {
				if (method.equals(m)) {
					seen.add(p);
				}
			}
		};
		FakeTransport fake = new FakeTransport();
		try (Codex codex = Codex.start(FakeServer.config().listener(listener).build(), fake)) {
			fake.notify(method, params);
			fake.awaitIdle();
			assertThat(seen).containsExactly(Json.parse(params));
		}
	}

	@Test
	void aTypedSubscriberGetsTheRateLimits() throws Exception {
		List<AccountRateLimitsUpdatedNotification> seen = new CopyOnWriteArrayList<>();
		FakeTransport fake = new FakeTransport();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			fake.notify("account/rateLimits/updated", RATE_LIMITS);
			fake.awaitIdle();
			codex.subscribe(Notifications.ACCOUNT_RATE_LIMITS_UPDATED, seen::add);
			fake.notify("account/rateLimits/updated", RATE_LIMITS);
			await().atMost(Duration.ofSeconds(10)).until(() -> !seen.isEmpty());
			assertThat(seen).hasSize(1);
			assertThat(seen.get(0).rateLimits().limitId()).isEqualTo("codex");
			assertThat(seen.get(0).rateLimits().primary().usedPercent()).isEqualTo(42L);
		}
	}

	@Test
	void typedSubscribersGetWarningsAndStatusChangesSentAfterTheySubscribed() throws Exception {
		List<WarningNotification> warnings = new CopyOnWriteArrayList<>();
		List<ThreadStatusChangedNotification> statuses = new CopyOnWriteArrayList<>();
		FakeTransport fake = new FakeTransport();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			// before anyone subscribed: read and dropped
			fake.notify("warning", WARNING);
			fake.notify("thread/status/changed", STATUS);
			fake.awaitIdle();
			codex.subscribe(Notifications.WARNING, warnings::add);
			codex.subscribe(Notifications.THREAD_STATUS_CHANGED, statuses::add);
			fake.notify("warning", WARNING);
			fake.notify("thread/status/changed", STATUS);
			await().atMost(Duration.ofSeconds(10)).until(() -> !warnings.isEmpty() && !statuses.isEmpty());
			assertThat(warnings).singleElement().satisfies((w) -> {
				assertThat(w.threadId()).isEqualTo("t1");
				assertThat(w.message()).isEqualTo("Model metadata for `m` not found");
			});
			assertThat(statuses).singleElement().satisfies((s) -> {
				assertThat(s.threadId()).isEqualTo("t1");
				assertThat(s.status()).isInstanceOf(ThreadStatus.Idle.class);
			});
		}
	}

	@Test
	void withNobodyToTellTheRouterIgnoresThemButNotWhatItRoutes() {
		NotificationRouter alone = new NotificationRouter(List.of());
		assertThat(alone.ignores("account/rateLimits/updated")).isTrue();
		assertThat(alone.ignores("warning")).isTrue();
		assertThat(alone.ignores("thread/status/changed")).as("no other client's turn known").isTrue();
		assertThat(alone.ignores("turn/completed")).isFalse();
		assertThat(alone.ignores("turn/started")).isFalse();
		assertThat(alone.ignores("item/completed")).isFalse();
		assertThat(alone.ignores("thread/tokenUsage/updated")).isFalse();
		NotificationRouter told = new NotificationRouter(List.of(new CodexListener() {
			@Override
			public void onNotification(String method, JsonNode params) {
			}
		}));
		assertThat(told.ignores("account/rateLimits/updated")).isFalse();
		assertThat(told.ignores("warning")).isFalse();
		assertThat(told.ignores("thread/status/changed")).isFalse();
	}

	/**
	 * A listener that reads no notification, or says which it needs (as the Spring starter's metrics and observation
	 * listeners do: {@code model/rerouted} only), does not keep the others from being left unbuilt; one that needs
	 * one of them gets it.
	 */
	/** A listener that needs notifications of {@code needed} only, and records the method of every one it is told. */
	private static CodexListener recording(List<String> told, String needed) {
		return new CodexListener() {
			@Override
			public boolean needsNotification(String method) {
				return needed.equals(method);
			}

			@Override
			public void onNotification(String method, JsonNode params) {
				told.add(method);
			}
		};
	}

	@Test
	void onlyAListenerThatNeedsThemKeepsThemBuilt() throws Exception {
		assertThat(new NotificationRouter(List.of(new CodexListener() {
		})).ignores("warning")).as("no onNotification").isTrue();
		List<String> told = new CopyOnWriteArrayList<>();
		CodexListener reroutesOnly = recording(told, "model/rerouted");
		NotificationRouter router = new NotificationRouter(List.of(reroutesOnly));
		assertThat(router.ignores("warning")).isTrue();
		assertThat(router.ignores("thread/status/changed")).isTrue();
		assertThat(router.ignores("account/rateLimits/updated")).isTrue();

		CodexListener warningsToo = recording(told, "warning");
		FakeTransport fake = new FakeTransport();
		CodexConfig config = FakeServer.config().listener(reroutesOnly).listener(warningsToo).build();
		try (Codex codex = Codex.start(config, fake)) {
			fake.notify("warning", WARNING);
			fake.notify("thread/status/changed", STATUS);
			fake.notify("model/rerouted",
					"{\"threadId\":\"t1\",\"turnId\":\"u1\",\"fromModel\":\"a\",\"toModel\":\"b\"}");
			fake.awaitIdle();
			// both listeners are told of what is built (each reads what it needs); the status change was not built
			assertThat(told).containsExactly("warning", "warning", "model/rerouted", "model/rerouted");
		}
	}

	@Test
	void aStatusChangeIsReadWhileAnotherClientsTurnIsKnown() {
		NotificationRouter router = new NotificationRouter(List.of());
		router.onAnswer("thread/resume", Json.parse("{\"thread\":{\"id\":\"t1\",\"status\":{\"type\":\"active\"},"
				+ "\"turns\":[{\"id\":\"x2\",\"status\":\"inProgress\"}]}}"));
		assertThat(router.foreignTurn("t1")).isNotNull();
		assertThat(router.ignores("thread/status/changed")).isFalse();
		router.onNotification("thread/status/changed", Json.parse(STATUS));
		assertThat(router.foreignTurn("t1")).isNull();
		assertThat(router.ignores("thread/status/changed")).isTrue();
	}

}
