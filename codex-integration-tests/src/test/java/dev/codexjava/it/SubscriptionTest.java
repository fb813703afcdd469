package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.ApprovalDecision;
import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.CommandApprovalRequest;
import dev.codexjava.client.Subscription;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.generated.AgentMessageDeltaNotification;
import dev.codexjava.protocol.generated.Notifications;
import dev.codexjava.protocol.generated.ServerRequestResolvedNotification;
import dev.codexjava.protocol.generated.ThreadNameUpdatedNotification;
import dev.codexjava.protocol.generated.ThreadStartedNotification;
import dev.codexjava.protocol.generated.ThreadStatus;
import dev.codexjava.protocol.generated.ThreadStatusChangedNotification;
import dev.codexjava.protocol.generated.ThreadTokenUsageUpdatedNotification;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.testkit.CodexExtension;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Typed subscriptions to thread-level and global notifications on the real binary. */
@ExtendWith(CodexExtension.class)
class SubscriptionTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@TempDir
	Path tmp;

	@Test
	void threadSubscribersReceiveTheirThreadsNameStatusAndTokenUsageOffTheReaderThread(Codex codex, MockModel model) {
		model.enqueue(MockResponse.text("answer").withUsage(100, 20, 30, 5, 130));
		List<ThreadStartedNotification> started = new CopyOnWriteArrayList<>();
		List<String> deliveryThreads = new CopyOnWriteArrayList<>();
		try (Subscription global = codex.subscribe(Notifications.THREAD_STARTED, (n) -> {
			started.add(n);
			deliveryThreads.add(Thread.currentThread().getName());
		})) {
			CodexThread thread = codex.startThread();
			CodexThread other = codex.startThread();
			List<ThreadNameUpdatedNotification> names = new CopyOnWriteArrayList<>();
			List<ThreadStatus> statuses = new CopyOnWriteArrayList<>();
			List<ThreadTokenUsageUpdatedNotification> usage = new CopyOnWriteArrayList<>();
			try (Subscription name = thread.subscribe(Notifications.THREAD_NAME_UPDATED, names::add);
					Subscription status = thread.subscribe(Notifications.THREAD_STATUS_CHANGED,
							(ThreadStatusChangedNotification n) -> statuses.add(n.status()));
					Subscription tokens = thread.subscribe(Notifications.THREAD_TOKEN_USAGE_UPDATED, usage::add)) {
				other.setName("not this one");
				thread.setName("renamed");
				TurnResult result = thread.run("hello");

				await().atMost(WAIT).until(() -> !usage.isEmpty() && !names.isEmpty());
				assertThat(names).singleElement().satisfies((n) -> {
					assertThat(n.threadId()).isEqualTo(thread.id());
					assertThat(n.threadName()).isEqualTo("renamed");
				});
				assertThat(usage).allSatisfy((u) -> assertThat(u.threadId()).isEqualTo(thread.id()));
				assertThat(usage.get(usage.size() - 1).turnId()).isEqualTo(result.id());
				assertThat(usage.get(usage.size() - 1).tokenUsage().last().totalTokens()).isEqualTo(130L);
				// in the order the server sent them: active while the turn ran, idle after it
				await().atMost(WAIT).untilAsserted(() -> assertThat(statuses).last().isInstanceOf(ThreadStatus.Idle.class));
				assertThat(statuses).anySatisfy((s) -> assertThat(s).isInstanceOf(ThreadStatus.Active.class));
				assertThat(statuses.indexOf(statuses.stream().filter(ThreadStatus.Active.class::isInstance).findFirst()
					.orElseThrow())).isLessThan(statuses.size() - 1);
			}
			await().atMost(WAIT).until(() -> started.size() >= 2);
			assertThat(started).extracting((n) -> n.thread().id()).contains(thread.id(), other.id());
			assertThat(deliveryThreads).allSatisfy((t) -> assertThat(t).startsWith("codex-subscription-"));
		}
	}

	@Test
	void aClosedSubscriptionReceivesNothingMore(Codex codex) {
		CodexThread thread = codex.startThread();
		List<String> names = new CopyOnWriteArrayList<>();
		List<String> control = new CopyOnWriteArrayList<>();
		Subscription name = thread.subscribe(Notifications.THREAD_NAME_UPDATED, (n) -> names.add(n.threadName()));
		try (Subscription all = codex.subscribe(Notifications.THREAD_NAME_UPDATED, (n) -> control.add(n.threadName()))) {
			thread.setName("first");
			await().atMost(WAIT).until(() -> names.contains("first"));
			name.close();
			assertThat(name.isClosed()).isTrue();
			thread.setName("second");
			await().atMost(WAIT).until(() -> control.contains("second"));
			assertThat(names).containsExactly("first");
		}
	}

	@Test
	void stalledAndThrowingSubscribersDoNotHoldUpTheTurnOrTheOthers(Codex codex, MockModel model) throws Exception {
		int deltas = Subscription.CAPACITY + 2000;
		model.enqueue(MockResponse.deltas(deltas, "x"));
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger stalledCalls = new AtomicInteger();
		AtomicInteger throwingCalls = new AtomicInteger();
		List<String> received = new CopyOnWriteArrayList<>();
		List<String> completed = new CopyOnWriteArrayList<>();
		CodexThread thread = codex.startThread();
		try (Subscription stalled = thread.subscribe(Notifications.ITEM_AGENT_MESSAGE_DELTA, (n) -> {
			stalledCalls.incrementAndGet();
			awaitQuietly(release);
		}); Subscription throwing = thread.subscribe(Notifications.ITEM_AGENT_MESSAGE_DELTA, (n) -> {
			throwingCalls.incrementAndGet();
			throw new AssertionError("subscriber bug");
		}); Subscription counting = thread.subscribe(Notifications.ITEM_AGENT_MESSAGE_DELTA,
				(AgentMessageDeltaNotification n) -> received.add(n.delta()));
				Subscription turns = thread.subscribe(Notifications.TURN_COMPLETED, (n) -> completed.add(n.turn().id()))) {
			TurnResult result = thread.run("stream a lot");
			assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
			assertThat(result.finalResponse()).hasSize(deltas);

			// the others are served although one blocks and one throws: every delta is delivered or, if a burst
			// outran a subscriber by more than CAPACITY, counted as dropped; none is lost silently
			await().atMost(WAIT).until(() -> received.size() + counting.dropped() == deltas);
			await().atMost(WAIT).until(() -> throwingCalls.get() + throwing.dropped() == deltas);
			await().atMost(WAIT).until(() -> completed.contains(result.id()));
			// the stalled one is stuck in its first delivery: its backlog is bounded, the oldest were dropped
			await().atMost(WAIT).until(() -> stalledCalls.get() == 1);
			assertThat(stalled.dropped()).isEqualTo(deltas - 1 - Subscription.CAPACITY);

			// the client keeps working while it is stuck
			model.enqueue(MockResponse.text("still fine"));
			assertThat(thread.run("again").finalResponse()).isEqualTo("still fine");

			release.countDown();
			// after it catches up it receives the newest CAPACITY deltas (the last turn's included)
			await().atMost(WAIT).until(() -> stalledCalls.get() >= 1 + Subscription.CAPACITY);
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void serverRequestResolvedIsDeliveredAfterAnApproval() throws Exception {
		Path marker = this.tmp.resolve("approved.txt");
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).approvalPolicy("on-request").build()) {
			model.enqueue(MockResponse.toolCall("call-1", "touch " + marker + " && echo created", true),
					MockResponse.text("done after tool"));
			CodexConfig config = Fixtures.config(home.path()).approvalHandler(new ApprovalHandler() {
				@Override
				public ApprovalDecision onCommandExecution(CommandApprovalRequest request) {
					return ApprovalDecision.ACCEPT;
				}
			}).build();
			try (Codex codex = Codex.start(config)) {
				List<ServerRequestResolvedNotification> resolved = new CopyOnWriteArrayList<>();
				try (Subscription subscription = codex.subscribe(Notifications.SERVER_REQUEST_RESOLVED, resolved::add)) {
					CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).cwd(this.tmp).build());
					TurnResult result = thread.run("create the marker");
					assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
					assertThat(Files.exists(marker)).isTrue();
					await().atMost(WAIT).until(() -> !resolved.isEmpty());
					assertThat(resolved).singleElement()
						.satisfies((n) -> assertThat(n.threadId()).isEqualTo(thread.id()));
				}
			}
		}
	}

	@Test
	void misuseIsRefused(Codex codex) {
		CodexThread thread = codex.startThread();
		assertThatThrownBy(() -> thread.subscribe(Notifications.ACCOUNT_RATE_LIMITS_UPDATED, (n) -> {
		})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Codex.subscribe");
		assertThatThrownBy(() -> codex.subscribe(new dev.codexjava.protocol.NotificationType<>("x/y",
				tools.jackson.databind.JsonNode.class, true), (n) -> {
				})).isInstanceOf(IllegalStateException.class).hasMessageContaining("experimentalApi(true)");
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
