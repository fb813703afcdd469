package dev.codexjava.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.CapturingTransport;
import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.RpcConnection;
import dev.codexjava.protocol.RpcObserver;
import dev.codexjava.protocol.generated.AgentMessageDeltaNotification;
import dev.codexjava.protocol.generated.Notifications;
import dev.codexjava.transport.Transport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streamed deltas read from a line's bytes (see {@code DeltaLineReader} and {@link NotificationRouter#onDelta}) reach
 * the consumer exactly as when read through the tree: the same events in the same order, the same partial text,
 * result, drops and wake-ups, for the same lines; listeners and subscribers that read raw notifications still get
 * every delta's params.
 */
class DeltaBytePathTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
	}

	@Test
	void theBytePathAndTheStringPathGiveTheSameTurn() throws Exception {
		int typed = 0;
		for (long seed = 1; seed <= 300; seed++) {
			Random random = new Random(seed);
			List<String> lines = script(random);
			boolean[] more = new boolean[lines.size()];
			for (int i = 0; i < more.length - 1; i++) {
				more[i] = random.nextInt(4) != 0;
			}
			int capacity = (random.nextInt(3) == 0) ? 8 + random.nextInt(20) : 10_000;
			Outcome viaBytes = run(lines, more, capacity, true);
			Outcome viaStrings = run(lines, more, capacity, false);
			String context = "seed " + seed;
			assertThat(viaBytes.events()).as(context).isEqualTo(viaStrings.events());
			assertThat(viaBytes.partialText()).as(context).isEqualTo(viaStrings.partialText());
			assertThat(viaBytes.result()).as(context).isEqualTo(viaStrings.result());
			assertThat(viaBytes.signals()).as(context + ": wake-ups").isEqualTo(viaStrings.signals());
			typed += viaBytes.typedDeltas();
		}
		assertThat(typed).as("deltas routed through onDelta").isGreaterThan(10_000);
	}

	@Test
	void aListenerThatReadsNotificationsGetsEveryDeltasParams() throws Exception {
		List<JsonNode> seen = new CopyOnWriteArrayList<>();
		CodexListener listener = new CodexListener() {
			@Override
			public void onNotification(String method, JsonNode params) {
				if (method.equals("item/agentMessage/delta")) {
					seen.add(params);
				}
			}
		};
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().listener(listener).build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			List<String> deltas = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				String line = Wire.agentDelta("t1", "u1", "m1", "part " + i + " é\n");
				deltas.add(line);
				fake.push(line);
			}
			fake.push(Wire.turnCompleted("t1", "u1"));
			List<TurnEvent> events = CompletableFuture.supplyAsync(() -> handle.stream().toList())
				.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(events.stream().filter(TurnEvent.AgentMessageDelta.class::isInstance)).hasSize(50);
			assertThat(seen).containsExactlyElementsOf(deltas.stream().map((l) -> Json.parse(l).get("params")).toList());
		}
	}

	@Test
	void aListenerThatNeedsOtherNotificationsStillGetsThem() throws Exception {
		List<String> seen = new CopyOnWriteArrayList<>();
		CodexListener listener = new CodexListener() {
			@Override
			public void onNotification(String method, JsonNode params) {
				seen.add(method);
			}

			@Override
			public boolean needsNotification(String method) {
				return !method.endsWith("Delta") && !method.endsWith("/delta");
			}
		};
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().listener(listener).build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			fake.push(Wire.turnStarted("t1", "u1"), Wire.agentDelta("t1", "u1", "m1", "a"),
					Wire.agentDelta("t1", "u1", "m1", "b"), Wire.turnCompleted("t1", "u1"));
			List<TurnEvent> events = CompletableFuture.supplyAsync(() -> handle.stream().toList())
				.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(events).filteredOn(TurnEvent.AgentMessageDelta.class::isInstance).hasSize(2);
			assertThat(seen).contains("turn/started", "turn/completed").doesNotContain("item/agentMessage/delta");
		}
	}

	@Test
	void aSubscriberGetsEveryDeltaAndTheStreamToo() throws Exception {
		List<AgentMessageDeltaNotification> seen = new CopyOnWriteArrayList<>();
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			codex.subscribe(Notifications.ITEM_AGENT_MESSAGE_DELTA, seen::add);
			TurnHandle handle = codex.startThread().turn("x");
			for (int i = 0; i < 40; i++) {
				fake.push(Wire.agentDelta("t1", "u1", "m1", "d" + i));
			}
			fake.push(Wire.turnCompleted("t1", "u1"));
			List<TurnEvent> events = CompletableFuture.supplyAsync(() -> handle.stream().toList())
				.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(events.stream().filter(TurnEvent.AgentMessageDelta.class::isInstance)).hasSize(40);
			org.awaitility.Awaitility.await().atMost(WAIT).until(() -> seen.size() == 40);
			assertThat(seen.get(39).delta()).isEqualTo("d39");
			assertThat(seen.get(0).itemId()).isEqualTo("m1");
		}
	}

	@Test
	void aSubscriberRegisteredMidTurnGetsTheNextDeltasAndThenNoneOnceItUnsubscribes() throws Exception {
		List<AgentMessageDeltaNotification> seen = new CopyOnWriteArrayList<>();
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			for (int i = 0; i < 10; i++) {
				fake.push(Wire.agentDelta("t1", "u1", "m1", "a" + i + ","));
			}
			org.awaitility.Awaitility.await().atMost(WAIT).until(() -> handle.partialText("m1").endsWith("a9,"));
			Subscription subscription = codex.subscribe(Notifications.ITEM_AGENT_MESSAGE_DELTA, seen::add);
			for (int i = 0; i < 10; i++) {
				fake.push(Wire.agentDelta("t1", "u1", "m1", "b" + i + ","));
			}
			org.awaitility.Awaitility.await().atMost(WAIT).until(() -> seen.size() == 10);
			subscription.close();
			for (int i = 0; i < 10; i++) {
				fake.push(Wire.agentDelta("t1", "u1", "m1", "c" + i + ","));
			}
			fake.push(Wire.turnCompleted("t1", "u1"));
			List<TurnEvent> events = CompletableFuture.supplyAsync(() -> handle.stream().toList())
				.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(events).filteredOn(TurnEvent.AgentMessageDelta.class::isInstance).hasSize(30);
			assertThat(seen.stream().map(AgentMessageDeltaNotification::delta).toList())
				.containsExactly("b0,", "b1,", "b2,", "b3,", "b4,", "b5,", "b6,", "b7,", "b8,", "b9,");
			assertThat(handle.partialText("m1")).endsWith("b9,c0,c1,c2,c3,c4,c5,c6,c7,c8,c9,");
		}
	}

	@Test
	void deltasThatArriveBeforeTheTurnStartAnswerAreKept() throws Exception {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> FakeTransport.Reply.result(Wire.threadResult("t1")));
		fake.on("turn/start", (p) -> FakeTransport.Reply.result(Wire.turnResult("u1"))
			.pushFirst(Wire.turnStarted("t1", "u1"), Wire.agentDelta("t1", "u1", "m1", "early "))
			.thenPush(Wire.agentDelta("t1", "u1", "m1", "late"), Wire.turnCompleted("t1", "u1")));
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			TurnHandle handle = codex.startThread().turn("x");
			List<TurnEvent> events = CompletableFuture.supplyAsync(() -> handle.stream().toList())
				.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(events).filteredOn(TurnEvent.AgentMessageDelta.class::isInstance)
				.containsExactly(new TurnEvent.AgentMessageDelta("m1", "early "),
						new TurnEvent.AgentMessageDelta("m1", "late"));
			assertThat(handle.partialText("m1")).isEqualTo("early late");
		}
	}

	@Test
	void deltasComeTypedOnlyWhenNobodyReadsTheirParams() {
		assertThat(new NotificationRouter(List.of()).takesDeltas("item/agentMessage/delta")).isTrue();
		CodexListener quiet = new CodexListener() {
			@Override
			public void onTurnCompleted(String threadId, TurnResult result) {
			}
		};
		assertThat(new NotificationRouter(List.of(quiet)).takesDeltas("item/agentMessage/delta")).isTrue();
		CodexListener reader = new CodexListener() {
			@Override
			public void onNotification(String method, JsonNode params) {
			}
		};
		assertThat(new NotificationRouter(List.of(quiet, reader)).takesDeltas("item/agentMessage/delta")).isFalse();
		CodexListener reroutes = new CodexListener() {
			@Override
			public void onNotification(String method, JsonNode params) {
			}

			@Override
			public boolean needsNotification(String method) {
				return method.equals("model/rerouted") || method.equals("item/reasoning/textDelta");
			}
		};
		NotificationRouter selective = new NotificationRouter(List.of(quiet, reroutes));
		assertThat(selective.takesDeltas("item/agentMessage/delta")).isTrue();
		assertThat(selective.takesDeltas("item/reasoning/textDelta")).isFalse();
		Subscriptions subscriptions = new Subscriptions();
		NotificationRouter router = new NotificationRouter(List.of(), (t) -> {
		}, subscriptions);
		assertThat(router.takesDeltas("item/agentMessage/delta")).isTrue();
		subscriptions.subscribe(Notifications.ITEM_AGENT_MESSAGE_DELTA, null, (n) -> {
		});
		assertThat(router.takesDeltas("item/agentMessage/delta")).isFalse();
		assertThat(router.takesDeltas("item/reasoning/textDelta")).isTrue();
	}

	/** What one turn gave its consumer. */
	private record Outcome(List<TurnEvent> events, List<String> partialText, TurnResult result, long signals,
			int typedDeltas) {
	}

	/** Feeds {@code lines} to a connection routing to one bound turn (t1/u1); as bytes or as strings. */
	private Outcome run(List<String> lines, boolean[] more, int capacity, boolean bytes) throws Exception {
		int[] typed = new int[1];
		NotificationRouter router = new NotificationRouter(List.of());
		CapturingTransport transport = new CapturingTransport();
		RpcConnection connection = new RpcConnection(transport, new CountingHandler(router, typed), (request) -> {
		}, this.scheduler, RpcObserver.NONE);
		connection.start();
		TurnTracker tracker = new TurnTracker("t1", capacity, true, (t) -> {
		});
		router.beginStart(tracker);
		router.bind(tracker, "u1");
		for (int i = 0; i < lines.size(); i++) {
			if (bytes) {
				// in a larger buffer, as a transport's read buffer
				byte[] line = lines.get(i).getBytes(StandardCharsets.UTF_8);
				byte[] buffer = new byte[line.length + 10];
				System.arraycopy(line, 0, buffer, 5, line.length);
				transport.handler.onLine(buffer, 5, line.length, more[i]);
			}
			else {
				transport.handler.onLine(lines.get(i), more[i]);
			}
		}
		List<TurnEvent> events = new ArrayList<>();
		for (TurnEvent event = tracker.next(); event != null; event = tracker.next()) {
			events.add(event);
		}
		List<String> partial = new ArrayList<>();
		for (String item : List.of("m1", "m2", "r1")) {
			partial.add(tracker.partialText(item));
		}
		TurnResult result = tracker.result().get(WAIT.toSeconds(), TimeUnit.SECONDS);
		return new Outcome(events, partial, result, tracker.signals(), typed[0]);
	}

	/** A turn's lines: deltas of every kind, most as the app-server writes them, some not. */
	private static List<String> script(Random random) {
		List<String> lines = new ArrayList<>();
		lines.add(Wire.turnStarted("t1", "u1"));
		lines.add(Wire.notification("item/started",
				"{\"threadId\":\"t1\",\"turnId\":\"u1\",\"item\":{\"type\":\"agentMessage\",\"id\":\"m1\",\"text\":\"\"}}"));
		int deltas = 20 + random.nextInt(200);
		String[] methods = { "item/agentMessage/delta", "item/agentMessage/delta", "item/agentMessage/delta",
				"item/reasoning/summaryTextDelta", "item/reasoning/textDelta", "item/commandExecution/outputDelta" };
		String[] texts = { "Hello", " world", "\\n", "\\\"q\\\"", "\\u00e9\\ud83d\\ude00", "é✓😀", "", "\\\\", "\\t" };
		for (int i = 0; i < deltas; i++) {
			String method = methods[random.nextInt(methods.length)];
			String item = method.startsWith("item/agentMessage") ? (random.nextInt(10) == 0 ? "m2" : "m1")
					: method.startsWith("item/reasoning") ? "r1" : "c1";
			String delta = texts[random.nextInt(texts.length)] + texts[random.nextInt(texts.length)];
			String turn = (random.nextInt(30) == 0) ? "other-turn" : "u1";
			String params = switch (random.nextInt(25)) {
				// not the shape the byte path reads: through the tree, as before
				case 0 -> "{\"threadId\":\"t1\",\"turnId\":\"" + turn + "\",\"itemId\":\"" + item + "\",\"delta\":\""
						+ delta + "\",\"contentIndex\":0}";
				case 1 -> "{\"threadId\":\"t1\",\"turnId\":\"" + turn + "\",\"itemId\":7,\"delta\":\"" + delta + "\"}";
				case 2 -> "{\"threadId\":\"t1\",\"turnId\":\"" + turn + "\",\"itemId\":\"" + item + "\"}";
				default -> (random.nextBoolean())
						? "{\"threadId\":\"t1\",\"turnId\":\"" + turn + "\",\"itemId\":\"" + item + "\",\"delta\":\""
								+ delta + "\"}"
						: "{\"delta\":\"" + delta + "\",\"itemId\":\"" + item + "\",\"turnId\":\"" + turn
								+ "\",\"threadId\":\"t1\"}";
			};
			String line = "{\"method\":\"" + method + "\",\"params\":" + params
					+ (random.nextBoolean() ? ",\"emittedAtMs\":" + (1764068460123L + i) : "") + "}";
			if (random.nextInt(100) == 0) {
				// a truncated line: skipped (and logged) on both paths
				line = line.substring(0, line.length() / 2);
			}
			lines.add(line);
			if (random.nextInt(40) == 0) {
				lines.add(Wire.tokenUsage("t1", "u1"));
			}
		}
		lines.add(Wire.agentMessage("t1", "u1", "m1", "final_answer", "the answer"));
		lines.add(Wire.turnCompleted("t1", "u1"));
		return lines;
	}

	/** Counts the deltas the router took typed. */
	private static final class CountingHandler implements dev.codexjava.protocol.NotificationHandler {

		private final NotificationRouter router;

		private final int[] typed;

		CountingHandler(NotificationRouter router, int[] typed) {
			this.router = router;
			this.typed = typed;
		}

		@Override
		public void onNotification(String method, JsonNode params) {
			this.router.onNotification(method, params);
		}

		@Override
		public boolean takesDeltas(String method) {
			return this.router.takesDeltas(method);
		}

		@Override
		public boolean onDelta(String method, String threadId, String turnId, String itemId, String delta) {
			boolean taken = this.router.onDelta(method, threadId, turnId, itemId, delta);
			if (taken) {
				this.typed[0]++;
			}
			return taken;
		}

		@Override
		public void onBurstEnd() {
			this.router.onBurstEnd();
		}

		@Override
		public void onUnreadable(String method, String threadId, String turnId, RuntimeException cause) {
			this.router.onUnreadable(method, threadId, turnId, cause);
		}

	}

	/** Keeps the handler the connection starts it with. */

}
