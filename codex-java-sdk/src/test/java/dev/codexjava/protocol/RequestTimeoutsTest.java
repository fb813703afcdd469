package dev.codexjava.protocol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.error.CodexTimeoutException;
import dev.codexjava.error.TransportClosedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Request timeouts ({@link RpcConnection#request(String, JsonNode, Duration)}) behind one alarm
 * ({@link RequestDeadlines}): answered requests leave nothing on the timer and do not schedule a task each; every
 * unanswered request still fails at its own deadline, a shorter one after a longer one included, also when failing
 * another one throws; an observer that throws keeps no caller waiting; a closed connection leaves no alarm behind.
 */
class RequestTimeoutsTest {

	private final CountingScheduler scheduler = new CountingScheduler();

	private final CapturingTransport transport = new CapturingTransport();

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
	}

	@Test
	void answeredRequestsShareOneTimerTask() throws Exception {
		RpcConnection connection = connect(RpcObserver.NONE);
		for (int i = 1; i <= 200; i++) {
			CompletableFuture<JsonNode> answer = connection.request("thread/read", Json.object(), Duration.ofSeconds(60));
			reply(i);
			assertThat(answer.get(5, TimeUnit.SECONDS).get("ok").asInt()).isEqualTo(i);
		}
		// one alarm for all 200 (each request used to schedule its own task and cancel it: a timer wake-up each)
		assertThat(this.scheduler.scheduled.get()).isEqualTo(1);
		assertThat(this.scheduler.getQueue()).hasSize(1);
		assertThat(connection.pendingRequests()).isZero();
	}

	@Test
	void anUnansweredRequestTimesOutAtItsDeadlineWhileOthersAreAnswered() throws Exception {
		RpcConnection connection = connect(RpcObserver.NONE);
		long start = System.nanoTime();
		CompletableFuture<JsonNode> unanswered = connection.request("turn/start", Json.object(), Duration.ofMillis(400));
		for (int i = 2; i <= 50; i++) {
			CompletableFuture<JsonNode> answer = connection.request("thread/read", Json.object(), Duration.ofMillis(400));
			reply(i);
			assertThat(answer.get(5, TimeUnit.SECONDS).get("ok").asInt()).isEqualTo(i);
		}
		assertThatThrownBy(() -> unanswered.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class)
			.hasMessageContaining("turn/start got no response within 400 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
		assertThat(connection.pendingRequests()).isZero();
	}

	@Test
	void aShorterTimeoutAfterALongerOneIsNotKeptWaitingByIt() throws Exception {
		RpcConnection connection = connect(RpcObserver.NONE);
		CompletableFuture<JsonNode> patient = connection.request("turn/start", Json.object(), Duration.ofHours(1));
		long start = System.nanoTime();
		CompletableFuture<JsonNode> hasty = connection.request("thread/read", Json.object(), Duration.ofMillis(200));
		assertThatThrownBy(() -> hasty.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class);
		// fails at its own deadline, not at the hour's alarm (10 s bound: a loaded machine, not the hour)
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(200), Duration.ofSeconds(10));
		assertThat(patient).isNotDone();
		assertThat(connection.pendingRequests()).isEqualTo(1);
	}

	@Test
	void requestsWithLaterDeadlinesStillTimeOutAfterTheAlarmRangForAnEarlierOne() throws Exception {
		RpcConnection connection = connect(RpcObserver.NONE);
		CompletableFuture<JsonNode> first = connection.request("a", Json.object(), Duration.ofMillis(100));
		CompletableFuture<JsonNode> second = connection.request("b", Json.object(), Duration.ofMillis(600));
		CompletableFuture<JsonNode> third = connection.request("c", Json.object(), Duration.ofMillis(1200));
		assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class);
		assertThat(second).isNotDone();
		assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class)
			.hasMessageContaining("b got no response within 600 ms");
		assertThat(third).isNotDone();
		assertThatThrownBy(() -> third.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class)
			.hasMessageContaining("c got no response within 1200 ms");
	}

	@Test
	void aFailureWhileOneRequestTimesOutDoesNotLeaveTheOthersWithoutTimeout() throws Exception {
		// the observer hears of every ended request: it throws (an Error, even) for the first one timed out
		AtomicInteger calls = new AtomicInteger();
		RpcObserver throwing = (method, duration, failure) -> {
			if (calls.incrementAndGet() == 1) {
				throw new AssertionError("observer bug");
			}
		};
		RpcConnection connection = connect(throwing);
		CompletableFuture<JsonNode> a = connection.request("a", Json.object(), Duration.ofMillis(100));
		CompletableFuture<JsonNode> b = connection.request("b", Json.object(), Duration.ofMillis(100));
		CompletableFuture<JsonNode> later = connection.request("later", Json.object(), Duration.ofMillis(700));
		// the observer's failure is its own: every caller still gets its timeout, the later one at its deadline
		for (CompletableFuture<JsonNode> request : List.of(a, b, later)) {
			assertThatThrownBy(() -> request.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class);
		}
		assertThat(calls).hasValue(3);
		assertThat(connection.pendingRequests()).isZero();
	}

	@Test
	void anObserverThatThrowsOnAnAnswerDoesNotKeepTheCallerWaiting() throws Exception {
		RpcConnection connection = connect((method, duration, failure) -> {
			throw new IllegalStateException("observer bug");
		});
		CompletableFuture<JsonNode> answer = connection.request("thread/read", Json.object(), Duration.ofSeconds(60));
		reply(1);
		assertThat(answer.get(5, TimeUnit.SECONDS).get("ok").asInt()).isEqualTo(1);
	}

	@Test
	void aClosedConnectionLeavesNoAlarmOnTheTimer() throws Exception {
		RpcConnection connection = connect(RpcObserver.NONE);
		CompletableFuture<JsonNode> pending = connection.request("turn/start", Json.object(), Duration.ofHours(1));
		assertThat(this.scheduler.getQueue()).hasSize(1);
		connection.close(Duration.ZERO);
		assertThatThrownBy(() -> pending.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(TransportClosedException.class);
		assertThat(this.scheduler.getQueue()).isEmpty();
		// and a request after the close arms nothing either
		assertThatThrownBy(() -> connection.request("x", Json.object(), Duration.ofHours(1)).get(5, TimeUnit.SECONDS))
			.hasCauseInstanceOf(TransportClosedException.class);
		assertThat(this.scheduler.getQueue()).isEmpty();
	}

	@Test
	void aRequestArmedWhileTheAlarmRingsIsNotMissed() throws Exception {
		// the timer thread is held inside the alarm (in the failing of the first request) while another request
		// arms: that one must still time out
		CountDownLatch inAlarm = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		RpcObserver holding = (method, duration, failure) -> {
			if (method.equals("first")) {
				inAlarm.countDown();
				await(release);
			}
		};
		RpcConnection connection = connect(holding);
		CompletableFuture<JsonNode> first = connection.request("first", Json.object(), Duration.ofMillis(50));
		assertThat(inAlarm.await(5, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<JsonNode> second = connection.request("second", Json.object(), Duration.ofMillis(50));
		release.countDown();
		assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class);
		assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class);
	}

	@Test
	void aTimeoutTooLongForNanosecondsWaits() throws Exception {
		RpcConnection connection = connect(RpcObserver.NONE);
		CompletableFuture<JsonNode> patient = connection.request("a", Json.object(), Duration.ofDays(365L * 400));
		CompletableFuture<JsonNode> hasty = connection.request("b", Json.object(), Duration.ofMillis(50));
		assertThatThrownBy(() -> hasty.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class);
		assertThat(patient).isNotDone();
	}

	@Test
	void requestsArmedBeforeTheSchedulerShutsDownStillTimeOutAtTheirDeadlines() throws Exception {
		// a shut-down timer still runs the tasks it holds but takes no new one: the alarm that rings for the first
		// request cannot be set again for the second (each request's own task used to be there already)
		RpcConnection connection = connect(RpcObserver.NONE);
		CompletableFuture<JsonNode> first = connection.request("first", Json.object(), Duration.ofMillis(100));
		long start = System.nanoTime();
		CompletableFuture<JsonNode> second = connection.request("second", Json.object(), Duration.ofMillis(600));
		this.scheduler.shutdown();
		assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class);
		assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class)
			.hasMessageContaining("second got no response within 600 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
		assertThat(connection.pendingRequests()).isZero();
	}

	@Test
	void aRejectedAlarmLosesNoLaterTimeout() throws Exception {
		// the timer refuses one task (a bounded or busy scheduler): the request that asked is told, as before; the
		// alarm already set stays set, and the requests after it still time out
		RpcConnection connection = connect(RpcObserver.NONE);
		CompletableFuture<JsonNode> patient = connection.request("patient", Json.object(), Duration.ofMillis(900));
		this.scheduler.rejectNext.set(true);
		assertThatThrownBy(() -> connection.request("refused", Json.object(), Duration.ofMillis(50)))
			.isInstanceOf(RejectedExecutionException.class);
		CompletableFuture<JsonNode> later = connection.request("later", Json.object(), Duration.ofMillis(300));
		assertThatThrownBy(() -> later.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class)
			.hasMessageContaining("later got no response within 300 ms");
		assertThatThrownBy(() -> patient.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CodexTimeoutException.class);
	}

	@Test
	void thousandsOfConcurrentRequestsEachEndAtTheirOwnDeadlineOrAnswer() throws Exception {
		// four threads ask at once: half are answered (their long timeouts never ring), half are not (50 to 400 ms),
		// and each of those, when it times out, asks again from the timer thread (a dependent stage): every one of
		// them times out, none before its deadline
		RpcConnection connection = connect(RpcObserver.NONE);
		int perThread = 500;
		List<CompletableFuture<Long>> ends = new CopyOnWriteArrayList<>();
		List<CompletableFuture<JsonNode>> answered = new CopyOnWriteArrayList<>();
		ExecutorService askers = Executors.newFixedThreadPool(4);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> asked = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			int seed = t;
			asked.add(askers.submit(() -> {
				await(go);
				for (int i = 0; i < perThread; i++) {
					if (i % 2 == 0) {
						answered.add(connection.request("answered", Json.object(), Duration.ofSeconds(30)));
						continue;
					}
					long timeout = 50 + (seed * 131 + i * 7) % 350;
					ends.add(timedOutAfter(connection, "unanswered", timeout).thenCompose((first) -> {
						// on the timer thread, as a dependent stage
						return timedOutAfter(connection, "again", 100);
					}));
				}
			}));
		}
		go.countDown();
		try {
			for (Future<?> f : asked) {
				f.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			askers.shutdownNow();
		}
		List<Long> ids = this.transport.sent.stream()
			.filter((line) -> line.contains("\"answered\""))
			.map((line) -> Json.parse(line).get("id").asLong())
			.toList();
		for (long id : ids) {
			reply((int) id);
		}
		for (CompletableFuture<JsonNode> answer : answered) {
			assertThat(answer.get(10, TimeUnit.SECONDS)).isNotNull();
		}
		for (CompletableFuture<Long> end : ends) {
			assertThat(end.get(30, TimeUnit.SECONDS)).isNotNegative();
		}
		assertThat(connection.pendingRequests()).isZero();
		// one alarm at most, whatever the number of requests (it may outlive answered ones)
		assertThat(this.scheduler.getQueue()).hasSizeLessThanOrEqualTo(1);
	}

	/** A request never answered: completes with how far past its deadline it timed out (never negative). */
	private static CompletableFuture<Long> timedOutAfter(RpcConnection connection, String method, long millis) {
		long start = System.nanoTime();
		return connection.request(method, Json.object(), Duration.ofMillis(millis)).handle((result, failure) -> {
			assertThat(failure).isInstanceOf(CodexTimeoutException.class);
			return Duration.ofNanos(System.nanoTime() - start).toMillis() - millis;
		});
	}

	private RpcConnection connect(RpcObserver observer) {
		RpcConnection connection = new RpcConnection(this.transport, new NotificationHandler() {
			@Override
			public void onNotification(String method, JsonNode params) {
			}
		}, (request) -> {
		}, this.scheduler, observer);
		connection.start();
		return connection;
	}

	private void reply(int id) {
		this.transport.handler.onLine("{\"id\":" + id + ",\"result\":{\"ok\":" + id + "}}", false);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The client's timer (removes cancelled tasks), counting what is scheduled on it. */
	private static final class CountingScheduler extends ScheduledThreadPoolExecutor {

		final AtomicInteger scheduled = new AtomicInteger();

		/** Refuses the next task asked for. */
		final AtomicBoolean rejectNext = new AtomicBoolean();

		CountingScheduler() {
			super(1);
			setRemoveOnCancelPolicy(true);
		}

		@Override
		protected <V> RunnableScheduledFuture<V> decorateTask(Runnable runnable, RunnableScheduledFuture<V> task) {
			if (this.rejectNext.compareAndSet(true, false)) {
				throw new RejectedExecutionException("refused (test)");
			}
			this.scheduled.incrementAndGet();
			return task;
		}

	}

}
