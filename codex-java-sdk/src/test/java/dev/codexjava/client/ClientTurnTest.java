package dev.codexjava.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TurnStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class ClientTurnTest {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private static Reply turnU1(JsonNode params) {
		return Reply.result(Wire.turnResult("u1"));
	}

	/** Collects a turn's stream on another thread, failing instead of hanging. */
	private static List<TurnEvent> collect(TurnHandle handle) throws Exception {
		return CompletableFuture.supplyAsync(() -> handle.stream().toList()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	private static List<Class<?>> types(List<TurnEvent> events) {
		return events.stream().<Class<?>>map(Object::getClass).toList();
	}

	// ------------------------------------------------------------------ a whole turn

	@Test
	void everyItemKindReachesTheEventsAndTheResultAsItsRecordAndAMalformedOneAsOther() throws Exception {
		String plan = "{\"type\":\"plan\",\"id\":\"p1\",\"text\":\"1. look\"}";
		String compaction = "{\"type\":\"contextCompaction\",\"id\":\"cc\"}";
		String broken = "{\"type\":\"imageView\",\"id\":\"v1\",\"path\":[\"not\",\"a\",\"path\"]}";
		String prefix = "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"item\":";
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> turnU1(p).thenPush(Wire.notification("item/started", prefix + plan + "}"),
				Wire.notification("item/completed", prefix + plan + "}"),
				Wire.notification("item/completed", prefix + compaction + "}"),
				Wire.notification("item/completed", prefix + broken + "}"),
				Wire.agentMessage("t1", "u1", "m1", "final_answer", "hi"), Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle turn = codex.startThread().turn("plan it");
			List<TurnEvent> events = collect(turn);
			TurnResult result = turn.result().get(WAIT.toSeconds(), TimeUnit.SECONDS);

			assertThat(events).filteredOn(TurnEvent.ItemStarted.class::isInstance)
				.singleElement()
				.satisfies((e) -> assertThat(((TurnEvent.ItemStarted) e).item()).isInstanceOf(ThreadItem.Plan.class));
			assertThat(events).filteredOn(TurnEvent.ItemCompleted.class::isInstance)
				.<Class<?>>extracting((e) -> ((TurnEvent.ItemCompleted) e).item().getClass())
				.containsExactly(ThreadItem.Plan.class, ThreadItem.ContextCompaction.class, ThreadItem.Other.class,
						ThreadItem.AgentMessage.class);
			assertThat(result.items()).hasSize(4);
			assertThat(((ThreadItem.Plan) result.items().get(0)).text()).isEqualTo("1. look");
			assertThat(result.items().get(2).type()).isEqualTo("imageView");
			assertThat(result.finalResponse()).isEqualTo("hi");
		}
	}

	@Test
	void runReturnsTheFinalResponseUsageAndItems() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> turnU1(p).thenPush(Wire.agentMessage("t1", "u1", "m1", "final_answer", "hi"),
				Wire.tokenUsage("t1", "u1"), Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			TurnResult result = thread.run("Say hi");

			assertThat(result.id()).isEqualTo("u1");
			assertThat(result.threadId()).isEqualTo("t1");
			assertThat(result.status()).isEqualTo(TurnStatus.COMPLETED);
			assertThat(result.isCompleted()).isTrue();
			assertThat(result.error()).isNull();
			assertThat(result.finalResponse()).isEqualTo("hi");
			assertThat(result.startedAt()).isEqualTo(1L);
			assertThat(result.completedAt()).isEqualTo(2L);
			assertThat(result.durationMs()).isEqualTo(1000L);
			assertThat(result.items()).singleElement()
				.isInstanceOfSatisfying(ThreadItem.AgentMessage.class, (m) -> {
					assertThat(m.id()).isEqualTo("m1");
					assertThat(m.text()).isEqualTo("hi");
					assertThat(m.phase()).isEqualTo("final_answer");
				});
			TurnUsage usage = result.usage();
			assertThat(usage.inputTokens()).isEqualTo(10);
			assertThat(usage.cachedInputTokens()).isEqualTo(2);
			assertThat(usage.outputTokens()).isEqualTo(5);
			assertThat(usage.reasoningOutputTokens()).isEqualTo(1);
			assertThat(usage.totalTokens()).isEqualTo(15);
			assertThat(usage.threadTotal().totalTokens()).isEqualTo(160);
			assertThat(usage.modelContextWindow()).isEqualTo(272000L);

			JsonNode params = fake.requestParams("turn/start", 0);
			assertThat(params.get("threadId").asString()).isEqualTo("t1");
			assertThat(params.get("input").get(0).get("type").asString()).isEqualTo("text");
			assertThat(params.get("input").get(0).get("text").asString()).isEqualTo("Say hi");
			assertThat(thread.isBusy()).isFalse();
		}
	}

	@Test
	void usageIsSummedOverModelCallsAndNullWhenNeverReported() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.once("turn/start", (p) -> turnU1(p).thenPush(Wire.tokenUsage("t1", "u1"), Wire.tokenUsage("t1", "u1"),
				Wire.turnCompleted("t1", "u1")));
		fake.once("turn/start", (p) -> Reply.result(Wire.turnResult("u2")).thenPush(Wire.turnCompleted("t1", "u2")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			TurnResult first = thread.run("a");
			assertThat(first.usage().totalTokens()).isEqualTo(30);
			assertThat(first.usage().inputTokens()).isEqualTo(20);
			Awaitility.await().atMost(WAIT).until(() -> !thread.isBusy());
			TurnResult second = thread.run("b");
			assertThat(second.usage()).isNull();
			assertThat(second.finalResponse()).isNull();
		}
	}

	@Test
	void eventsArrivingBeforeTheTurnStartResponseAreNotLost() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start",
				(p) -> turnU1(p).pushFirst(Wire.turnStarted("t1", "u1"),
						Wire.agentMessage("t1", "u1", "m1", "final_answer", "early bird"), Wire.tokenUsage("t1", "u1"))
					.thenPush(Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnResult result = codex.startThread().run("x");
			assertThat(result.finalResponse()).isEqualTo("early bird");
			assertThat(result.usage().totalTokens()).isEqualTo(15);
		}
	}

	@Test
	void aTurnThatCompletesBeforeTheTurnStartResponseStillEnds() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> turnU1(p).pushFirst(Wire.agentMessage("t1", "u1", "m1", null, "fast"),
				Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			TurnHandle handle = thread.turn("x");
			List<TurnEvent> events = collect(handle);
			assertThat(types(events)).containsExactly(TurnEvent.ItemCompleted.class, TurnEvent.Completed.class);
			assertThat(handle.result().get(5, TimeUnit.SECONDS).finalResponse()).isEqualTo("fast");
			assertThat(handle.isDone()).isTrue();
		}
	}

	@Test
	void eventsOfOtherTurnsAreNotDeliveredToThisTurn() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> turnU1(p).pushFirst(Wire.agentMessage("t1", "u0", "x0", null, "older turn"),
				Wire.agentMessage("t9", "u9", "x9", null, "other thread, early")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			fake.push(Wire.agentMessage("t1", "u2", "x2", "final_answer", "another turn"),
					Wire.agentDelta("t1", "u2", "x2", "nope"), Wire.agentMessage("t1", "u1", "m1", null, "mine"),
					Wire.agentMessage("t9", "u9", "x9", "final_answer", "other thread"),
					Wire.turnCompleted("t1", "u2"), Wire.turnCompleted("t1", "u1"));
			List<TurnEvent> events = collect(handle);
			assertThat(types(events)).containsExactly(TurnEvent.ItemCompleted.class, TurnEvent.Completed.class);
			TurnResult result = ((TurnEvent.Completed) events.get(1)).result();
			assertThat(result.items()).extracting(ThreadItem::id).containsExactly("m1");
			assertThat(result.finalResponse()).isEqualTo("mine");
		}
	}

	@Test
	void turnCompletedWithAGarbageTurnObjectStillEndsTheStream() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			fake.push(Wire.agentMessage("t1", "u1", "m1", "final_answer", "answer"),
					Wire.notification("turn/completed",
							"{\"threadId\":\"t1\",\"turn\":{\"id\":\"u1\",\"status\":12345,\"error\":\"weird\"}}"));
			List<TurnEvent> events = collect(handle);
			assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(TurnEvent.Completed.class, (c) -> {
				assertThat(c.result().status()).isEqualTo(TurnStatus.UNKNOWN);
				assertThat(c.result().finalResponse()).isEqualTo("answer");
			});
			assertThat(handle.result().get(5, TimeUnit.SECONDS).status()).isEqualTo(TurnStatus.UNKNOWN);
		}
	}

	@Test
	void turnCompletedWithANonObjectTurnButWithATurnIdEndsTheTurn() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			fake.push(Wire.notification("turn/completed", "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"turn\":\"??\"}"));
			assertThat(handle.result().get(5, TimeUnit.SECONDS).status()).isEqualTo(TurnStatus.UNKNOWN);
		}
	}

	@Test
	void turnCompletedWithoutATurnObjectFailsTheTurnVisibly() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			fake.push(Wire.notification("turn/completed", "{\"threadId\":\"t1\",\"turnId\":\"u1\"}"));
			assertThat(handle.result()).failsWithin(WAIT)
				.withThrowableOfType(ExecutionException.class)
				.havingCause()
				.isInstanceOfSatisfying(TurnFailedException.class, (ex) -> {
					assertThat(ex.result().status()).isEqualTo(TurnStatus.UNKNOWN);
					assertThat(ex.error().message()).contains("could not be read");
				});
		}
	}

	@Test
	void finishedTurnsLeaveNoTimersBehind() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> turnU1(p).thenPush(Wire.agentMessage("t1", "u1", "m1", "final_answer", "hi"),
				Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			for (int i = 0; i < 20; i++) {
				assertThat(thread.run("Say hi").finalResponse()).isEqualTo("hi");
			}
			assertThat(thread.turn("Say hi").stream().toList()).last().isInstanceOf(TurnEvent.Completed.class);
			// every request and turn arms a timeout (the turn's: 30 min) and cancels it when it ends; a cancelled one
			// must not stay queued (heap growth per turn in a long-running client). The streamed turn's Completed
			// event can be seen just before its timeout is cancelled: wait for that
			Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(codex.core().pendingTimers()).isZero());
		}
	}

	// ------------------------------------------------------------------ streaming

	@Test
	void streamDeliversTheTurnsEventsInOrderEndingWithCompleted() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			assertThat(handle.id()).isEqualTo("u1");
			assertThat(handle.threadId()).isEqualTo("t1");
			fake.push(Wire.turnStarted("t1", "u1"),
					Wire.notification("item/started",
							"{\"threadId\":\"t1\",\"turnId\":\"u1\",\"item\":{\"type\":\"agentMessage\",\"id\":\"m1\",\"text\":\"\"}}"),
					Wire.agentDelta("t1", "u1", "m1", "Hel"), Wire.agentDelta("t1", "u1", "m1", "lo"),
					Wire.notification("item/commandExecution/outputDelta",
							"{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"c1\",\"delta\":\"ls\\n\"}"),
					Wire.notification("item/reasoning/summaryTextDelta",
							"{\"threadId\":\"t1\",\"turnId\":\"u1\",\"itemId\":\"r1\",\"delta\":\"think\"}"),
					Wire.agentMessage("t1", "u1", "m1", "final_answer", "Hello"), Wire.tokenUsage("t1", "u1"),
					Wire.notification("error",
							"{\"threadId\":\"t1\",\"turnId\":\"u1\",\"willRetry\":true,\"error\":{\"message\":\"reconnecting\"}}"),
					Wire.turnCompleted("t1", "u1"));
			fake.awaitIdle();
			assertThat(handle.partialText("m1")).isEqualTo("Hello");

			List<TurnEvent> events = collect(handle);
			assertThat(types(events)).containsExactly(TurnEvent.Started.class, TurnEvent.ItemStarted.class,
					TurnEvent.AgentMessageDelta.class, TurnEvent.AgentMessageDelta.class,
					TurnEvent.CommandOutputDelta.class, TurnEvent.ReasoningDelta.class, TurnEvent.ItemCompleted.class,
					TurnEvent.TokenUsage.class, TurnEvent.Error.class, TurnEvent.Completed.class);
			assertThat(events.get(0)).isEqualTo(new TurnEvent.Started("u1"));
			assertThat(events.get(2)).isEqualTo(new TurnEvent.AgentMessageDelta("m1", "Hel"));
			assertThat(events.get(5)).isEqualTo(new TurnEvent.ReasoningDelta("r1", "summary", "think"));
			assertThat(((TurnEvent.TokenUsage) events.get(7)).last().totalTokens()).isEqualTo(15);
			TurnEvent.Error error = (TurnEvent.Error) events.get(8);
			assertThat(error.willRetry()).isTrue();
			assertThat(error.error().message()).isEqualTo("reconnecting");
			assertThat(((TurnEvent.Completed) events.get(9)).result().finalResponse()).isEqualTo("Hello");
		}
	}

	@Test
	void unknownNotificationsOfTheTurnAreDeliveredRawAsOther() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			String params = "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"plan\":[{\"step\":\"read\",\"status\":\"completed\"}]}";
			fake.push(Wire.notification("turn/plan/updated", params),
					Wire.notification("model/rerouted", "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"toModel\":\"m2\"}"),
					Wire.turnCompleted("t1", "u1"));
			List<TurnEvent> events = collect(handle);
			assertThat(events).hasSize(3);
			assertThat(events.get(0)).isInstanceOfSatisfying(TurnEvent.Other.class, (o) -> {
				assertThat(o.method()).isEqualTo("turn/plan/updated");
				assertThat(o.params()).isEqualTo(dev.codexjava.protocol.Json.parse(params));
			});
			assertThat(events.get(1)).isInstanceOfSatisfying(TurnEvent.Other.class,
					(o) -> assertThat(o.method()).isEqualTo("model/rerouted"));
		}
	}

	@Test
	void streamCanBeOpenedOnlyOnce() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			handle.stream();
			assertThatIllegalStateException().isThrownBy(handle::stream).withMessageContaining("only once");
			assertThatIllegalStateException().isThrownBy(handle::publisher).withMessageContaining("only once");
		}
	}

	@Test
	void slowConsumerLosesDeltasAndOtherEventsButNeverItemsOrCompletionAndMemoryStaysBounded() throws Exception {
		int capacity = 16;
		int deltas = 5_000;
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().streamBufferCapacity(capacity).build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			TurnTracker tracker = FakeServer.tracker(handle);
			AtomicInteger maxBuffered = new AtomicInteger();
			for (int i = 0; i < deltas; i++) {
				fake.push(Wire.agentDelta("t1", "u1", "m1", "d" + i + " "));
				if (i % 500 == 0) {
					maxBuffered.accumulateAndGet(tracker.bufferedEvents(), Math::max);
				}
			}
			fake.push(Wire.agentMessage("t1", "u1", "m1", "final_answer", "the whole answer"),
					Wire.notification("turn/diff/updated", "{\"threadId\":\"t1\",\"turnId\":\"u1\",\"diff\":\"\"}"),
					Wire.agentDelta("t1", "u1", "m2", "late delta"), Wire.turnCompleted("t1", "u1"));
			fake.awaitIdle();
			maxBuffered.accumulateAndGet(tracker.bufferedEvents(), Math::max);
			// capacity deltas + EventsDropped + ItemCompleted + Other + (late delta or EventsDropped) + Completed
			assertThat(maxBuffered.get()).isLessThanOrEqualTo(capacity + 5);

			List<TurnEvent> events = collect(handle);
			long deltasSeen = events.stream().filter(TurnEvent.AgentMessageDelta.class::isInstance).count();
			long dropped = events.stream()
				.filter(TurnEvent.EventsDropped.class::isInstance)
				.mapToLong((e) -> ((TurnEvent.EventsDropped) e).droppedDeltas())
				.sum();
			assertThat(deltasSeen).isLessThanOrEqualTo(capacity);
			assertThat(deltasSeen + dropped).isEqualTo(deltas + 1);

			int firstDrop = indexOf(events, TurnEvent.EventsDropped.class);
			int item = indexOf(events, TurnEvent.ItemCompleted.class);
			assertThat(firstDrop).isNotNegative().isLessThan(item);
			// the diff came while the buffer was full: dropped like a delta, and announced by its method
			assertThat(indexOf(events, TurnEvent.Other.class)).isNegative();
			assertThat(events.stream()
				.filter(TurnEvent.EventsDropped.class::isInstance)
				.mapToLong((e) -> ((TurnEvent.EventsDropped) e).droppedByMethod().getOrDefault("turn/diff/updated", 0L))
				.sum()).isEqualTo(1);
			assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(TurnEvent.Completed.class,
					(c) -> assertThat(c.result().finalResponse()).isEqualTo("the whole answer"));
			assertThat(handle.partialText("m1")).as("the collector keeps the full text")
				.startsWith("d0 d1 ")
				.endsWith("d4999 ");
		}
	}

	private static int indexOf(List<TurnEvent> events, Class<?> type) {
		for (int i = 0; i < events.size(); i++) {
			if (type.isInstance(events.get(i))) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void runWithoutStreamingDoesNotBufferEvents() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> {
			Reply reply = turnU1(p);
			for (int i = 0; i < 1_000; i++) {
				reply.thenPush(Wire.agentDelta("t1", "u1", "m1", "x"));
			}
			return reply.thenPush(Wire.agentMessage("t1", "u1", "m1", null, "done"), Wire.turnCompleted("t1", "u1"));
		});
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnResult result = codex.startThread().run("x");
			assertThat(result.finalResponse()).isEqualTo("done");
		}
	}

	@Test
	void publisherHonoursDemandAndCompletes() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			fake.push(Wire.agentDelta("t1", "u1", "m1", "a"), Wire.agentMessage("t1", "u1", "m1", null, "a"),
					Wire.turnCompleted("t1", "u1"));
			List<TurnEvent> received = new CopyOnWriteArrayList<>();
			CountDownLatch completed = new CountDownLatch(1);
			CountDownLatch gotFirst = new CountDownLatch(1);
			Flow.Subscription[] subscription = new Flow.Subscription[1];
			handle.publisher().subscribe(new Flow.Subscriber<>() {
				@Override
				public void onSubscribe(Flow.Subscription s) {
					subscription[0] = s;
					s.request(1);
				}

				@Override
				public void onNext(TurnEvent item) {
					received.add(item);
					gotFirst.countDown();
				}

				@Override
				public void onError(Throwable throwable) {
				}

				@Override
				public void onComplete() {
					completed.countDown();
				}
			});
			assertThat(gotFirst.await(5, TimeUnit.SECONDS)).isTrue();
			fake.awaitIdle();
			assertThat(received).as("no more than requested").hasSize(1);
			subscription[0].request(Long.MAX_VALUE);
			assertThat(completed.await(5, TimeUnit.SECONDS)).isTrue();
			assertThat(types(received)).containsExactly(TurnEvent.AgentMessageDelta.class,
					TurnEvent.ItemCompleted.class, TurnEvent.Completed.class);
		}
	}

	@Test
	void awaitWaitsForTheTurnLikeRunAndThrowsForAFailedOne() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> turnU1(p).thenPush(Wire.agentMessage("t1", "u1", "m1", null, "done")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			fake.push(Wire.turnCompleted("t1", "u1"));
			TurnResult result = handle.await();
			assertThat(result.finalResponse()).isEqualTo("done");
			assertThat(handle.run()).isSameAs(result);
		}
		FakeTransport failing = FakeServer.withThreadAndTurn();
		failing.on("turn/start", (p) -> turnU1(p).thenPush(Wire.overloadedTurn("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().build(), failing)) {
			TurnHandle handle = codex.startThread().turn("x");
			assertThatThrownBy(handle::await).isInstanceOf(TurnFailedException.class)
				.hasMessageContaining("Turn u1 failed");
		}
	}

	// ------------------------------------------------------------------ failed and interrupted turns

	@Test
	void failedTurnThrowsTurnFailedExceptionCarryingTheError() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> turnU1(p).thenPush(Wire.agentMessage("t1", "u1", "m1", "commentary", "trying"),
				Wire.overloadedTurn("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			assertThatThrownBy(() -> thread.run("x")).isInstanceOfSatisfying(TurnFailedException.class, (ex) -> {
				assertThat(ex.error().message()).isEqualTo("Selected model is at capacity.");
				assertThat(ex.error().codexErrorInfo().isServerOverloaded()).isTrue();
				assertThat(ex.error().isServerOverloaded()).isTrue();
				assertThat(ex.result().status()).isEqualTo(TurnStatus.FAILED);
				assertThat(ex.result().items()).hasSize(1);
				assertThat(Retries.isOverload(ex)).isTrue();
			}).hasMessage("Turn u1 failed: Selected model is at capacity. [serverOverloaded]");
		}
	}

	@Test
	void failedTurnEndsTheStreamWithCompletedRatherThanThrowing() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			fake.push(Wire.overloadedTurn("t1", "u1"));
			List<TurnEvent> events = collect(handle);
			assertThat(events).singleElement()
				.isInstanceOfSatisfying(TurnEvent.Completed.class,
						(c) -> assertThat(c.result().status()).isEqualTo(TurnStatus.FAILED));
		}
	}

	@Test
	void retryOnOverloadRetriesTheWholeTurn() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.once("turn/start", (p) -> Reply.result(Wire.turnResult("u1")).thenPush(Wire.overloadedTurn("t1", "u1")),
				(p) -> Reply.result(Wire.turnResult("u2")).thenPush(Wire.overloadedTurn("t1", "u2")));
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u3"))
			.thenPush(Wire.agentMessage("t1", "u3", "m3", "final_answer", "third time lucky"),
					Wire.turnCompleted("t1", "u3")));
		RetryPolicy policy = RetryPolicy.builder()
			.maxAttempts(3)
			.initialDelay(Duration.ofMillis(20))
			.maxDelay(Duration.ofMillis(50))
			.jitter(0)
			.build();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			TurnResult result = Retries.retryOnOverload(policy, () -> thread.run("x"));
			assertThat(result.id()).isEqualTo("u3");
			assertThat(result.finalResponse()).isEqualTo("third time lucky");
			assertThat(fake.requestCount("turn/start")).isEqualTo(3);
		}
	}

	@Test
	void retryOnOverloadGivesUpAfterMaxAttemptsAndDoesNotRetryOtherFailures() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		AtomicInteger n = new AtomicInteger();
		fake.on("turn/start", (p) -> {
			String id = "u" + n.incrementAndGet();
			return Reply.result(Wire.turnResult(id)).thenPush(Wire.overloadedTurn("t1", id));
		});
		RetryPolicy twice = RetryPolicy.builder()
			.maxAttempts(2)
			.initialDelay(Duration.ofMillis(20))
			.maxDelay(Duration.ofMillis(20))
			.jitter(0)
			.build();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			assertThatThrownBy(() -> Retries.retryOnOverload(twice, () -> thread.run("x")))
				.isInstanceOf(TurnFailedException.class);
			assertThat(fake.requestCount("turn/start")).isEqualTo(2);

			fake.on("turn/start", (p) -> {
				String id = "v" + n.incrementAndGet();
				return Reply.result(Wire.turnResult(id))
					.thenPush(Wire.turnCompleted("t1", id, "failed", "{\"message\":\"context window exceeded\","
							+ "\"codexErrorInfo\":\"contextWindowExceeded\"}"));
			});
			Awaitility.await().atMost(WAIT).until(() -> !thread.isBusy());
			assertThatThrownBy(() -> Retries.retryOnOverload(twice, () -> thread.run("x")))
				.isInstanceOfSatisfying(TurnFailedException.class, (ex) -> assertThat(Retries.isOverload(ex)).isFalse());
			assertThat(fake.requestCount("turn/start")).as("not retried").isEqualTo(3);
		}
	}

	@Test
	void interruptedTurnReturnsNormally() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> turnU1(p).thenPush(Wire.turnCompleted("t1", "u1", "interrupted", "null")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnResult result = codex.startThread().run("x");
			assertThat(result.status()).isEqualTo(TurnStatus.INTERRUPTED);
			assertThat(result.isCompleted()).isFalse();
		}
	}

	@Test
	void interruptAsksTheServerToStopTheTurn() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/interrupt", (p) -> Reply.result("{}").thenPush(Wire.turnCompleted("t1", "u1", "interrupted", "null")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			handle.interrupt();
			JsonNode params = fake.requestParams("turn/interrupt", 0);
			assertThat(params.get("threadId").asString()).isEqualTo("t1");
			assertThat(params.get("turnId").asString()).isEqualTo("u1");
			assertThat(handle.result().get(5, TimeUnit.SECONDS).status()).isEqualTo(TurnStatus.INTERRUPTED);
		}
	}

	@Test
	void steerAddsInputToTheRunningTurn() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			handle.steer("also check the tests");
			JsonNode params = fake.requestParams("turn/steer", 0);
			assertThat(params.get("threadId").asString()).isEqualTo("t1");
			assertThat(params.get("expectedTurnId").asString()).isEqualTo("u1");
			assertThat(params.get("input").get(0).get("text").asString()).isEqualTo("also check the tests");
			assertThatThrownBy(() -> handle.steer(" ")).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void turnTimeoutFailsTheTurnAndInterruptsIt() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		Duration turnTimeout = Duration.ofMillis(300);
		try (Codex codex = Codex.start(FakeServer.config().turnTimeout(turnTimeout).build(), fake)) {
			CodexThread thread = codex.startThread();
			assertThatThrownBy(() -> thread.run("x")).isInstanceOfSatisfying(CodexTimeoutException.class,
					(ex) -> assertThat(ex.timeout()).isEqualTo(turnTimeout))
				.hasMessageContaining("u1");
			fake.awaitRequests("turn/interrupt", 1);
			assertThat(fake.requestParams("turn/interrupt", 0).get("turnId").asString()).isEqualTo("u1");
			Awaitility.await().atMost(WAIT).until(() -> !thread.isBusy());
		}
	}

	/**
	 * After a turn timed out, the client interrupts it, but the server ends it a little later; a turn started in
	 * between would be folded into the old one (and interrupted with it). The next turn waits for the old turn's end.
	 */
	@Test
	void aTurnStartedAfterATimedOutTurnWaitsUntilTheServerEndedTheOldOne() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		try (Codex codex = Codex.start(FakeServer.config().turnTimeout(Duration.ofMillis(300)).build(), fake)) {
			CodexThread thread = threadWhoseTurnTimedOut(codex, fake);
			CompletableFuture<TurnResult> second = new CompletableFuture<>();
			Thread caller = new Thread(() -> {
				try {
					second.complete(thread.run("y"));
				}
				catch (Throwable ex) {
					second.completeExceptionally(ex);
				}
			}, "second-turn");
			caller.setDaemon(true);
			caller.start();

			Awaitility.await().atMost(WAIT).until(() -> caller.getState() == Thread.State.TIMED_WAITING);
			assertThat(fake.requestCount("turn/start")).as("nothing sent while the old turn runs on the server")
				.isEqualTo(1);
			fake.push(Wire.turnCompleted("t1", "u1", "interrupted", null));

			assertThat(second.get(10, TimeUnit.SECONDS).id()).isEqualTo("u2");
			assertThat(fake.requestCount("turn/start")).isEqualTo(2);
		}
	}

	@Test
	void turnAsyncAfterATimedOutTurnDoesNotBlockAndStartsOnceTheOldTurnEnded() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/interrupt", (p) -> Reply.result("{}"));
		try (Codex codex = Codex.start(FakeServer.config().turnTimeout(Duration.ofMillis(300)).build(), fake)) {
			CodexThread thread = threadWhoseTurnTimedOut(codex, fake);

			CompletableFuture<TurnResult> second = thread.runAsync("y");

			assertThat(second).as("returned at once, waiting for the old turn's end").isNotDone();
			assertThat(fake.requestCount("turn/start")).isEqualTo(1);
			fake.push(Wire.turnCompleted("t1", "u1", "interrupted", null));
			assertThat(second.get(10, TimeUnit.SECONDS).id()).isEqualTo("u2");
		}
	}

	/**
	 * A thread whose turn {@code u1} timed out: interrupted (the fake answers) but not yet ended by the server; the
	 * next turn/start is answered with {@code u2}, which completes at once.
	 */
	private static CodexThread threadWhoseTurnTimedOut(Codex codex, FakeTransport fake) {
		CodexThread thread = codex.startThread();
		assertThatThrownBy(() -> thread.run("x")).isInstanceOf(CodexTimeoutException.class);
		fake.awaitRequests("turn/interrupt", 1);
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2")).thenPush(Wire.turnCompleted("t1", "u2")));
		return thread;
	}

	@Test
	void turnStartErrorFailsTheCallAndFreesTheThread() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.once("turn/start", (p) -> Reply.error(-32600, "Invalid request: missing field `input`"));
		fake.on("turn/start", (p) -> turnU1(p).thenPush(Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			assertThatThrownBy(() -> thread.run("x")).isInstanceOf(dev.codexjava.error.InvalidParamsException.class);
			assertThat(thread.isBusy()).isFalse();
			assertThat(thread.run("again").status()).isEqualTo(TurnStatus.COMPLETED);
		}
	}

	// ------------------------------------------------------------------ one turn per thread

	@Test
	void secondTurnOnABusyThreadIsRefusedAndTheFirstCompletesWithItsOwnResult() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			TurnHandle first = thread.turn("first");
			assertThat(thread.isBusy()).isTrue();

			assertThatThrownBy(() -> thread.turn("second")).isInstanceOfSatisfying(ThreadBusyException.class, (ex) -> {
				assertThat(ex.threadId()).isEqualTo("t1");
				assertThat(ex.activeTurnId()).isEqualTo("u1");
			});
			assertThatThrownBy(() -> thread.run("second")).isInstanceOf(ThreadBusyException.class);
			assertThat(fake.requestCount("turn/start")).as("refused without asking the server").isEqualTo(1);

			fake.push(Wire.agentMessage("t1", "u1", "m1", "final_answer", "first answer"),
					Wire.turnCompleted("t1", "u1"));
			assertThat(first.result().get(5, TimeUnit.SECONDS).finalResponse()).isEqualTo("first answer");

			Awaitility.await().atMost(WAIT).until(() -> !thread.isBusy());
			fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2"))
				.thenPush(Wire.agentMessage("t1", "u2", "m2", "final_answer", "second answer"),
						Wire.turnCompleted("t1", "u2")));
			assertThat(thread.run("third").finalResponse()).isEqualTo("second answer");
		}
	}

	@Test
	void turnsOnDifferentThreadsRunConcurrently() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.once("thread/start", (p) -> Reply.result(Wire.threadResult("t1")),
				(p) -> Reply.result(Wire.threadResult("t2")));
		fake.on("turn/start", (p) -> {
			String thread = p.get("threadId").asString();
			return Reply.result(Wire.turnResult(thread.equals("t1") ? "u1" : "u2"));
		});
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle a = codex.startThread().turn("a");
			TurnHandle b = codex.startThread().turn("b");
			assertThat(codex.activeTurns()).isEqualTo(2);
			fake.push(Wire.agentMessage("t2", "u2", "m", null, "B"), Wire.agentMessage("t1", "u1", "m", null, "A"),
					Wire.turnCompleted("t2", "u2"), Wire.turnCompleted("t1", "u1"));
			assertThat(a.result().get(5, TimeUnit.SECONDS).finalResponse()).isEqualTo("A");
			assertThat(b.result().get(5, TimeUnit.SECONDS).finalResponse()).isEqualTo("B");
			Awaitility.await().atMost(WAIT).until(() -> codex.activeTurns() == 0);
		}
	}

	/**
	 * Regression test: TurnTracker used to complete the result before clearing the thread's active turn, so a caller
	 * woken by the result could get a spurious ThreadBusyException when starting the next turn right away.
	 */
	@Test
	void aNewTurnIsAllowedAsSoonAsThePreviousResultIsAvailable() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			TurnHandle first = thread.turn("first");
			CountDownLatch checked = new CountDownLatch(1);
			CompletableFuture<TurnResult> result = first.result();
			// Holds the reader thread inside the turn's completion after the result was handed to the caller (a
			// deterministic stand-in for the reader thread being preempted at that point). Registered on reported()
			// (the stage result() depends on) after result(): CompletableFuture moves this later dependent aside and
			// runs it after the caller's own one.
			FakeServer.tracker(first).reported().whenComplete((r, f) -> {
				try {
					checked.await(5, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			fake.push(Wire.turnCompleted("t1", "u1"));
			try {
				assertThat(result.get(5, TimeUnit.SECONDS).status()).isEqualTo(TurnStatus.COMPLETED);
				// isBusy() is exactly what turn() checks before throwing ThreadBusyException
				assertThat(thread.isBusy()).as("thread still busy after its turn's result was delivered").isFalse();
			}
			finally {
				checked.countDown();
			}
			fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2")));
			assertThat(thread.turn("second").id()).isEqualTo("u2");
		}
	}

	/**
	 * Regression test (found by the soak, benchmarks {@code soak}: 34 of 200 streamed turns on 16 threads failed):
	 * TurnTracker ended the stream ({@code TurnEvent.Completed}, then the end) before clearing the thread's active turn,
	 * so a caller starting the next turn as soon as {@code stream()} ended could get a spurious ThreadBusyException.
	 */
	@Test
	@Timeout(10)
	void aNewTurnIsAllowedAsSoonAsTheStreamHasEnded() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			CodexThread thread = codex.startThread();
			TurnHandle first = thread.turn("first");
			TurnTracker tracker = FakeServer.tracker(first);
			CompletableFuture<Boolean> streamEndedWhileBusy = new CompletableFuture<>();
			// observes the moment the turn frees its thread (on the reader thread, before it does so): had the
			// stream already ended, its consumer could start the next turn and find the thread still busy
			FakeServer.beforeDone(tracker, (t) -> streamEndedWhileBusy.complete(FakeServer.ended(t)));
			fake.push(Wire.agentMessage("t1", "u1", "m1", "final_answer", "first answer"),
					Wire.turnCompleted("t1", "u1"));
			List<TurnEvent> events = first.stream().toList();
			assertThat(events).last().isInstanceOfSatisfying(TurnEvent.Completed.class,
					(c) -> assertThat(c.result().finalResponse()).isEqualTo("first answer"));
			assertThat(streamEndedWhileBusy.get(5, TimeUnit.SECONDS))
				.as("the stream ended before the thread was free for the next turn")
				.isFalse();
			assertThat(thread.isBusy()).isFalse();
			fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u2")));
			assertThat(thread.turn("second").id()).isEqualTo("u2");
		}
	}

	@Test
	void listenersSeeTurnsStartAndComplete() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> turnU1(p).thenPush(Wire.tokenUsage("t1", "u1"), Wire.turnCompleted("t1", "u1")));
		List<String> seen = new CopyOnWriteArrayList<>();
		CodexListener listener = new CodexListener() {
			@Override
			public void onTurnStarted(String threadId, String turnId) {
				seen.add("started " + threadId + "/" + turnId);
			}

			@Override
			public void onTurnCompleted(String threadId, TurnResult result) {
				seen.add("completed " + threadId + "/" + result.id() + " tokens=" + result.usage().totalTokens());
			}
		};
		try (Codex codex = Codex.start(FakeServer.config().listener(listener).build(), fake)) {
			codex.startThread().run("x");
			Awaitility.await().atMost(WAIT).until(() -> seen.size() >= 2);
			assertThat(seen).containsExactly("started t1/u1", "completed t1/u1 tokens=15");
		}
	}

	@Test
	void theResultFutureCompletesAfterTheListenersWereToldOfTheTurnsEnd() throws Exception {
		// a metrics listener records the turn in onTurnCompleted: whoever sees the result must see the metrics too
		FakeTransport fake = FakeServer.withThreadAndTurn();
		CountDownLatch resultSeen = new CountDownLatch(1);
		List<String> seen = new CopyOnWriteArrayList<>();
		CodexListener listener = new CodexListener() {
			@Override
			public void onTurnCompleted(String threadId, TurnResult result) {
				try {
					// had the result been published before this returned, the application would see it now
					boolean early = resultSeen.await(1, TimeUnit.SECONDS);
					seen.add("completed " + result.id() + (early ? " after the result was seen" : ""));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		};
		try (Codex codex = Codex.start(FakeServer.config().listener(listener).build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			CompletableFuture<List<String>> atResult = handle.result().thenApply((r) -> {
				List<String> snapshot = List.copyOf(seen);
				resultSeen.countDown();
				return snapshot;
			});
			fake.push(Wire.turnCompleted("t1", "u1"));
			assertThat(atResult.get(5, TimeUnit.SECONDS)).containsExactly("completed u1");
		}
	}

	@Test
	void aStreamEndsAfterTheListenersWereToldOfTheTurnsEnd() throws Exception {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		CountDownLatch endSeen = new CountDownLatch(1);
		List<String> seen = new CopyOnWriteArrayList<>();
		CodexListener listener = new CodexListener() {
			@Override
			public void onTurnCompleted(String threadId, TurnResult result) {
				try {
					boolean early = endSeen.await(1, TimeUnit.SECONDS);
					seen.add("completed " + result.id() + (early ? " after the stream ended" : ""));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		};
		try (Codex codex = Codex.start(FakeServer.config().listener(listener).build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			fake.push(Wire.turnCompleted("t1", "u1"));
			assertThat(handle.stream().toList()).last().isInstanceOf(TurnEvent.Completed.class);
			List<String> atEnd = List.copyOf(seen);
			endSeen.countDown();
			assertThat(atEnd).containsExactly("completed u1");
		}
	}

	@Test
	void listenersSeeTheModelOfEachTurn() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		// the model is a member of the thread/start result, not of the thread object
		fake.on("thread/start", (p) -> Reply.result("{\"thread\":{\"id\":\"t1\",\"modelProvider\":\"openai\","
				+ "\"status\":{\"type\":\"idle\"},\"ephemeral\":false},\"model\":\"gpt-a\"}"));
		java.util.concurrent.atomic.AtomicInteger turns = new java.util.concurrent.atomic.AtomicInteger();
		fake.on("turn/start", (p) -> {
			String id = "u" + turns.incrementAndGet();
			return Reply.result(Wire.turnResult(id)).thenPush(Wire.turnCompleted("t1", id));
		});
		List<String> seen = new CopyOnWriteArrayList<>();
		CodexListener listener = new CodexListener() {
			@Override
			public void onTurnStarted(String threadId, String turnId, String model) {
				seen.add(turnId + "=" + model);
			}
		};
		try (Codex codex = Codex.start(FakeServer.config().listener(listener).build(), fake)) {
			CodexThread thread = codex.startThread();
			assertThat(thread.model()).as("as the server reported it for the new thread").isEqualTo("gpt-a");

			thread.run("first");
			thread.run("second", TurnOptions.builder().model("gpt-b").build());
			thread.run("third");

			assertThat(seen).containsExactly("u1=gpt-a", "u2=gpt-b", "u3=gpt-b");
			assertThat(thread.model()).as("the server keeps a turn's model for later turns").isEqualTo("gpt-b");
		}
	}

	// ------------------------------------------------------------------ structured output

	record Verdict(String summary, boolean ok, List<String> files, Optional<Integer> score) {
	}

	@Test
	void structuredRunSendsTheSchemaAndMapsTheAnswer() {
		FakeTransport fake = FakeServer.withThreadAndTurn();
		fake.on("turn/start", (p) -> turnU1(p).thenPush(
				Wire.agentMessage("t1", "u1", "m1", "final_answer",
						"{\"summary\":\"fine\",\"ok\":true,\"files\":[\"A.java\"],\"score\":null}"),
				Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			Verdict verdict = codex.startThread().run("review", Verdict.class);
			assertThat(verdict).isEqualTo(new Verdict("fine", true, List.of("A.java"), Optional.empty()));
			assertThat(fake.requestParams("turn/start", 0).get("outputSchema"))
				.isEqualTo(JsonSchemas.forType(Verdict.class));
		}
	}

}
