package dev.codexjava.spring.autoconfigure.observation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.RetryPolicy;
import dev.codexjava.client.TurnResult;
import dev.codexjava.spring.autoconfigure.testsupport.InMemoryAppServer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The turn and request observations join the caller's trace: their parent is the observation that was current on the
 * application's thread when it started the turn or sent the request, although the SDK reports them from its reader,
 * worker and timer threads (where no observation is current). Runs a real {@link Codex} over the in-memory
 * app-server.
 */
class CodexTracingTests {

	private static final String TURN_STARTED = InMemoryAppServer.result(
			"{\"turn\":{\"id\":\"turn-1\",\"status\":\"inProgress\",\"items\":[],\"error\":null}}");

	private static final String TURN_COMPLETED = InMemoryAppServer.notification("turn/completed",
			"{\"threadId\":\"thr-1\",\"turn\":{\"id\":\"turn-1\",\"status\":\"completed\",\"error\":null,"
					+ "\"startedAt\":1,\"completedAt\":2,\"durationMs\":1000}}");

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	/** Every stopped observation. */
	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final InMemoryAppServer server = new InMemoryAppServer().always("thread/start",
			InMemoryAppServer.threadStarted("thr-1"))
		.always("turn/start", TURN_STARTED)
		.after("turn/start", TURN_COMPLETED);

	private Codex codex;

	CodexTracingTests() {
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				CodexTracingTests.this.stopped.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		});
	}

	private Codex start() {
		CodexObservationListener listener = new CodexObservationListener(this.registry, null, "default");
		this.codex = Codex.start(CodexConfig.builder()
			.listener(listener)
			.retryPolicy(RetryPolicy.builder()
				.maxAttempts(3)
				.initialDelay(Duration.ofMillis(5))
				.maxDelay(Duration.ofMillis(20))
				.build())
			.build(), this.server);
		return this.codex;
	}

	@AfterEach
	void close() {
		if (this.codex != null) {
			this.codex.close();
		}
	}

	@Test
	void aSyncTurnIsAChildOfTheCallersObservation() throws Exception {
		CodexThread thread = start().startThread();
		// the turn/start reply is processed on the reader thread while the caller waits
		this.server.hold("turn/start");
		Thread releaser = new Thread(() -> {
			await().atMost(Duration.ofSeconds(5)).until(() -> this.server.requests("turn/start") == 1);
			this.server.release("turn/start");
		});
		releaser.start();
		Observation caller = Observation.start("http.server.requests", this.registry);
		try (Observation.Scope scope = caller.openScope()) {
			assertThat(thread.run("hi").isCompleted()).isTrue();
		}
		finally {
			caller.stop();
			releaser.join(5000);
		}
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(turns()).hasSize(1));
		assertThat(this.registry).hasObservationWithNameEqualTo("codex.turns")
			.that()
			.hasParentObservationEqualTo(caller)
			.hasContextualNameEqualTo("invoke_agent codex")
			.hasLowCardinalityKeyValue("gen_ai.operation.name", "invoke_agent")
			.hasHighCardinalityKeyValue("gen_ai.conversation.id", "thr-1");
		assertThat(requests("turn/start")).singleElement()
			.satisfies((request) -> assertThat(request.getParentObservation()).isSameAs(caller));
	}

	@Test
	void anAsyncTurnIsAChildOfTheCallersObservation() throws Exception {
		CodexThread thread = start().startThread();
		this.server.hold("turn/start");
		Observation caller = Observation.start("scheduled.task", this.registry);
		CompletableFuture<TurnResult> result;
		try (Observation.Scope scope = caller.openScope()) {
			result = thread.runAsync("hi");
		}
		// the caller's scope is closed before the server accepts the turn (on the reader thread)
		this.server.release("turn/start");
		assertThat(result.get(5, TimeUnit.SECONDS).isCompleted()).isTrue();
		caller.stop();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(turns()).hasSize(1));
		assertThat(this.registry).hasObservationWithNameEqualTo("codex.turns")
			.that()
			.hasParentObservationEqualTo(caller);
	}

	@Test
	void aRequestAndItsRetriesAreChildrenOfTheCallersObservation() {
		this.server.next("thread/start", InMemoryAppServer.error(InMemoryAppServer.OVERLOADED),
				InMemoryAppServer.threadStarted("thr-1"));
		Codex codex = start();
		Observation caller = Observation.start("http.server.requests", this.registry);
		try (Observation.Scope scope = caller.openScope()) {
			codex.startThread();
		}
		finally {
			caller.stop();
		}
		// the second attempt is sent from the SDK's timer thread
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(requests("thread/start")).hasSize(2));
		assertThat(requests("thread/start")).allSatisfy((request) -> {
			assertThat(request.getParentObservation()).isSameAs(caller);
			assertThat(request.getName()).isEqualTo("codex.rpc");
			assertThat(request.getContextualName()).isEqualTo("thread/start");
			assertThat(request.getLowCardinalityKeyValue("rpc.system")).isEqualTo(KeyValue.of("rpc.system", "jsonrpc"));
			// the method only: no parameters (prompts, paths, credentials) on the span
			assertThat(request.getHighCardinalityKeyValues()).isEmpty();
		});
		assertThat(requests("thread/start")).filteredOn((request) -> request.getError() != null).hasSize(1);
		// initialize was sent before any trace: a root
		assertThat(requests("initialize")).singleElement()
			.satisfies((request) -> assertThat(request.getParentObservation()).isNull());
	}

	private List<Observation.Context> turns() {
		return this.stopped.stream().filter((context) -> "codex.turns".equals(context.getName())).toList();
	}

	private List<Observation.Context> requests(String method) {
		return this.stopped.stream()
			.filter((context) -> "codex.rpc".equals(context.getName()))
			.filter((context) -> KeyValue.of("rpc.method", method)
				.equals(context.getLowCardinalityKeyValue("rpc.method")))
			.toList();
	}

}
