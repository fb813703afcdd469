package dev.codexjava.client;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.CommandExecOutputDeltaNotification;
import dev.codexjava.protocol.generated.Notifications;
import dev.codexjava.protocol.generated.ThreadNameUpdatedNotification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SubscriptionsTest {

	private final Subscriptions subscriptions = new Subscriptions();

	private static ObjectNode renamed(String threadId, int n) {
		ObjectNode params = Json.object();
		params.put("threadId", threadId);
		params.put("threadName", "name-" + n);
		return params;
	}

	@Test
	void deliversInOrderOffTheCallingThreadOnlyWhatMatches() {
		List<String> all = new CopyOnWriteArrayList<>();
		List<String> mine = new CopyOnWriteArrayList<>();
		List<String> threads = new CopyOnWriteArrayList<>();
		this.subscriptions.subscribe(Notifications.THREAD_NAME_UPDATED, null, (n) -> {
			all.add(n.threadName());
			threads.add(Thread.currentThread().getName());
		});
		this.subscriptions.subscribe(Notifications.THREAD_NAME_UPDATED, "t1",
				(ThreadNameUpdatedNotification n) -> mine.add(n.threadName()));
		for (int i = 0; i < 1000; i++) {
			this.subscriptions.dispatch("thread/name/updated", renamed((i % 2 == 0) ? "t1" : "t2", i));
		}
		this.subscriptions.dispatch("thread/started", renamed("t1", -1));
		await().atMost(Duration.ofSeconds(10)).until(() -> all.size() == 1000 && mine.size() == 500);
		for (int i = 0; i < 1000; i++) {
			assertThat(all.get(i)).isEqualTo("name-" + i);
		}
		for (int i = 0; i < 500; i++) {
			assertThat(mine.get(i)).isEqualTo("name-" + (2 * i));
		}
		assertThat(threads).allSatisfy((t) -> assertThat(t).startsWith("codex-subscription-"));
	}

	@Test
	void aNotificationWithoutParamsReachesTheSubscriberAsAnEmptyRecordNotNull() {
		List<ThreadNameUpdatedNotification> seen = new CopyOnWriteArrayList<>();
		this.subscriptions.subscribe(Notifications.THREAD_NAME_UPDATED, null, seen::add);
		this.subscriptions.dispatch("thread/name/updated", null);
		this.subscriptions.dispatch("thread/name/updated", tools.jackson.databind.node.NullNode.getInstance());
		await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 2);
		assertThat(seen).doesNotContainNull().allSatisfy((n) -> assertThat(n.threadName()).isNull());
		// the raw listener's params are null there; decode takes that as the subscription does
		assertThat(Notifications.THREAD_NAME_UPDATED.decode(null)).isNotNull();
		assertThat(Notifications.THREAD_NAME_UPDATED.decode(tools.jackson.databind.node.NullNode.getInstance()))
			.isNotNull();
	}

	@Test
	void aNotificationThatDoesNotDecodeIsSkippedWithAWarningThatQuotesNoValue() {
		List<CommandExecOutputDeltaNotification> seen = new CopyOnWriteArrayList<>();
		this.subscriptions.subscribe(Notifications.COMMAND_EXEC_OUTPUT_DELTA, null, seen::add);
		PrintStream original = System.err;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		try {
			this.subscriptions.dispatch("command/exec/outputDelta", Json.parse(
					"{\"processId\":\"p\",\"deltaBase64\":\"aGk=\",\"capReached\":\"sk-secret-123\"}"));
			this.subscriptions.dispatch("command/exec/outputDelta",
					Json.parse("{\"processId\":\"p\",\"deltaBase64\":\"aGk=\",\"capReached\":false}"));
			await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 1);
		}
		finally {
			System.setErr(original);
		}
		String log = bytes.toString(StandardCharsets.UTF_8);
		original.print(log);
		assertThat(seen).singleElement().satisfies((n) -> assertThat(n.capReached()).isFalse());
		assertThat(log).contains("Could not decode command/exec/outputDelta")
			.contains("capReached")
			.doesNotContain("sk-secret-123");
	}

	@Test
	void aStalledSubscriberKeepsTheNewestCapacityAndCountsTheRestWithoutBlockingTheCaller() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch first = new CountDownLatch(1);
		List<String> seen = new CopyOnWriteArrayList<>();
		Subscription stalled = this.subscriptions.subscribe(Notifications.THREAD_NAME_UPDATED, null, (n) -> {
			seen.add(n.threadName());
			first.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		try {
			this.subscriptions.dispatch("thread/name/updated", renamed("t", 0));
			assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
			int total = Subscription.CAPACITY + 500;
			long start = System.nanoTime();
			for (int i = 1; i < total; i++) {
				this.subscriptions.dispatch("thread/name/updated", renamed("t", i));
			}
			// the caller (the reader thread) is never held up by the subscriber
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertThat(stalled.dropped()).isEqualTo(total - 1 - Subscription.CAPACITY);
			release.countDown();
			await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 1 + Subscription.CAPACITY);
			assertThat(seen.get(1)).isEqualTo("name-" + (total - Subscription.CAPACITY));
			assertThat(seen.get(seen.size() - 1)).isEqualTo("name-" + (total - 1));
		}
		finally {
			release.countDown();
			stalled.close();
		}
		assertThat(this.subscriptions.size()).isZero();
	}

	@Test
	void aThrowingSubscriberKeepsReceivingAndUndecodableParamsAreSkipped() {
		AtomicInteger calls = new AtomicInteger();
		try (Subscription throwing = this.subscriptions.subscribe(Notifications.THREAD_NAME_UPDATED, null, (n) -> {
			calls.incrementAndGet();
			throw new AssertionError("bug");
		})) {
			ObjectNode bad = Json.object();
			bad.putArray("threadName");
			this.subscriptions.dispatch("thread/name/updated", bad);
			for (int i = 0; i < 10; i++) {
				this.subscriptions.dispatch("thread/name/updated", renamed("t", i));
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() == 10);
			assertThat(throwing.dropped()).isZero();
		}
	}

	@Test
	void everyNotificationIsDeliveredOrCountedAsDropped() {
		AtomicInteger count = new AtomicInteger();
		int total = 200_000;
		try (Subscription counting = this.subscriptions.subscribe(Notifications.THREAD_NAME_UPDATED, null,
				(n) -> count.incrementAndGet())) {
			long start = System.nanoTime();
			for (int i = 0; i < total; i++) {
				this.subscriptions.dispatch("thread/name/updated", renamed("t", i));
			}
			long dispatched = System.nanoTime() - start;
			await().atMost(Duration.ofSeconds(30)).until(() -> count.get() + counting.dropped() == total);
			System.out.printf("SUBSCRIPTION dispatch %.0f ns/notification, delivered %d, dropped %d, total %d ms%n",
					(double) dispatched / total, count.get(), counting.dropped(),
					Duration.ofNanos(System.nanoTime() - start).toMillis());
		}
	}

	@Test
	void aSubscriberRegisteredAfterNotificationsFlowedWithNoneGetsTheNextOnesThroughTheRouter() {
		NotificationRouter router = new NotificationRouter(List.of(), (t) -> {
		}, this.subscriptions);
		assertThat(this.subscriptions.any()).isFalse();
		assertThat(this.subscriptions.wants("thread/name/updated")).isFalse();
		for (int i = 0; i < 100; i++) {
			router.onNotification("thread/name/updated", renamed("t1", i));
		}
		List<String> seen = new CopyOnWriteArrayList<>();
		this.subscriptions.subscribe(Notifications.THREAD_NAME_UPDATED, null, (n) -> seen.add(n.threadName()));
		assertThat(this.subscriptions.any()).isTrue();
		assertThat(this.subscriptions.wants("thread/name/updated")).isTrue();
		assertThat(this.subscriptions.wants("thread/started")).isFalse();
		router.onNotification("thread/name/updated", renamed("t1", 100));
		router.onNotification("thread/name/updated", renamed("t2", 101));
		await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 2);
		assertThat(seen).containsExactly("name-100", "name-101");
	}

}
