package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.AccountRateLimitsUpdatedNotification;
import dev.codexjava.protocol.generated.Notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code account/rateLimits/updated} arrives with every turn and names no turn: when nobody listens its params are not
 * built (allocation per turn, issue 12), but a listener or a typed subscriber gets it exactly as before.
 */
class RateLimitsDeliveryTest {

	private static final String PARAMS = "{\"rateLimits\":{\"limitId\":\"codex\",\"limitName\":null,"
			+ "\"primary\":{\"usedPercent\":42,\"windowDurationMins\":300,\"resetsAt\":1764068460},"
			+ "\"secondary\":null,\"credits\":null,\"planType\":null}}";

	@Test
	void aListenerGetsTheParamsAsSent() throws Exception {
		List<JsonNode> seen = new CopyOnWriteArrayList<>();
		CodexListener listener = new CodexListener() {
			@Override
			public void onNotification(String method, JsonNode params) {
				if ("account/rateLimits/updated".equals(method)) {
					seen.add(params);
				}
			}
		};
		FakeTransport fake = new FakeTransport();
		try (Codex codex = Codex.start(FakeServer.config().listener(listener).build(), fake)) {
			fake.notify("account/rateLimits/updated", PARAMS);
			fake.awaitIdle();
			assertThat(seen).containsExactly(Json.parse(PARAMS));
		}
	}

	@Test
	void aTypedSubscriberGetsTheNotification() throws Exception {
		List<AccountRateLimitsUpdatedNotification> seen = new CopyOnWriteArrayList<>();
		FakeTransport fake = new FakeTransport();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			fake.notify("account/rateLimits/updated", PARAMS);
			fake.awaitIdle();
			codex.subscribe(Notifications.ACCOUNT_RATE_LIMITS_UPDATED, seen::add);
			fake.notify("account/rateLimits/updated", PARAMS);
			await().atMost(Duration.ofSeconds(10)).until(() -> !seen.isEmpty());
			assertThat(seen).hasSize(1);
			assertThat(seen.get(0).rateLimits().limitId()).isEqualTo("codex");
			assertThat(seen.get(0).rateLimits().primary().usedPercent()).isEqualTo(42L);
		}
	}

	@Test
	void withNobodyToTellTheRouterIgnoresItButNotWhatItRoutes() {
		NotificationRouter alone = new NotificationRouter(List.of());
		assertThat(alone.ignores("account/rateLimits/updated")).isTrue();
		assertThat(alone.ignores("thread/status/changed")).isFalse();
		assertThat(alone.ignores("turn/completed")).isFalse();
		assertThat(new NotificationRouter(List.of(new CodexListener() {
		})).ignores("account/rateLimits/updated")).isFalse();
	}

}
