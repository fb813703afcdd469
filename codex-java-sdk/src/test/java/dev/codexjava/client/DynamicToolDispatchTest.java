package dev.codexjava.client;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How the client dispatches {@code item/tool/call} for a thread with dynamic tools, against a fake server: what
 * {@code thread/start} declares, that approvals still reach the thread's approval handler, and what happens to a call
 * past its timeout.
 */
@Timeout(30)
class DynamicToolDispatchTest {

	private static FakeTransport server() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> FakeTransport.Reply.result(Wire.threadResult("t1")));
		return fake;
	}

	@Test
	void threadStartDeclaresTheToolsAndApprovalsStillReachTheThreadsHandler() {
		FakeTransport fake = server();
		DynamicTool tool = DynamicTool.of("echo", "Echoes", Json.parse("{\"type\":\"object\"}"),
				(call) -> DynamicToolResult.text(call.arguments().path("text").asString()));
		try (Codex codex = Codex.start(FakeServer.config().experimentalApi(true).build(), fake)) {
			codex.startThread(ThreadOptions.builder()
				.dynamicTool(tool)
				.approvalHandler(ApprovalHandler.acceptCommandsAndFileChanges())
				.build());

			JsonNode spec = fake.requestParams("thread/start", 0).get("dynamicTools").get(0);
			assertThat(spec).isEqualTo(Json.parse(
					"{\"type\":\"function\",\"name\":\"echo\",\"description\":\"Echoes\",\"inputSchema\":{\"type\":\"object\"}}"));

			fake.serverRequest(1, "item/tool/call", "{\"threadId\":\"t1\",\"turnId\":\"u\",\"callId\":\"c\","
					+ "\"tool\":\"echo\",\"arguments\":{\"text\":\"hi\"}}");
			assertThat(fake.awaitReplyTo(1).get("result")).isEqualTo(
					Json.parse("{\"contentItems\":[{\"type\":\"inputText\",\"text\":\"hi\"}],\"success\":true}"));

			fake.serverRequest(2, "item/commandExecution/requestApproval",
					"{\"threadId\":\"t1\",\"turnId\":\"u\",\"itemId\":\"c\",\"command\":\"ls\"}");
			assertThat(fake.awaitReplyTo(2).get("result").get("decision").asString()).isEqualTo("accept");
		}
	}

	@Test
	void aTimedOutCallIsInterruptedItsLateResultDroppedAndItsThreadServesTheNextCall() throws Exception {
		FakeTransport fake = server();
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean nextSawInterrupt = new AtomicBoolean(true);
		AtomicBoolean wasInterrupted = new AtomicBoolean();
		// waits for the release ignoring interrupts, then leaves the interrupt flag set, as careless code does
		DynamicTool stubborn = DynamicTool.of("stubborn", "Ignores interrupts", Json.object(), (call) -> {
			boolean interrupted = false;
			while (true) {
				try {
					release.await();
					break;
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
			}
			wasInterrupted.set(interrupted);
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
			return DynamicToolResult.text("late");
		}).withTimeout(Duration.ofMillis(200));
		DynamicTool probe = DynamicTool.of("probe", "Reports the interrupt flag", Json.object(), (call) -> {
			nextSawInterrupt.set(Thread.currentThread().isInterrupted());
			return DynamicToolResult.text("ok");
		});
		// one handler thread: the probe runs on the thread the stubborn call ran on
		try (Codex codex = Codex.start(FakeServer.config().experimentalApi(true).approvalThreads(1).build(), fake)) {
			codex.startThread(ThreadOptions.builder().dynamicTool(stubborn).dynamicTool(probe).build());
			fake.serverRequest(1, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"stubborn\",\"arguments\":{}}");
			JsonNode timedOut = fake.awaitReplyTo(1).get("result");
			assertThat(timedOut.get("success").asBoolean()).isFalse();
			assertThat(timedOut.toString()).contains("within its timeout of 200 ms");

			release.countDown();
			fake.serverRequest(2, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"probe\",\"arguments\":{}}");
			assertThat(fake.awaitReplyTo(2).get("result").get("success").asBoolean()).isTrue();
			assertThat(nextSawInterrupt).isFalse();
			assertThat(wasInterrupted).as("the timed-out call's thread was interrupted").isTrue();
			// one answer to the timed-out call: its late result was dropped
			assertThat(fake.sent().stream().filter((m) -> !m.has("method") && m.path("id").asInt() == 1).count())
				.isEqualTo(1);
		}
	}

	/** A handler that ignores interrupts, like a blocking socket read; {@code release} lets it return. */
	private static DynamicTool stuck(CountDownLatch release) {
		return DynamicTool.of("stuck", "Ignores interrupts", Json.object(), (call) -> {
			while (true) {
				try {
					release.await();
					return DynamicToolResult.text("late");
				}
				catch (InterruptedException ex) {
					// ignored
				}
			}
		}).withTimeout(Duration.ofMillis(100));
	}

	@Test
	void toolHandlersThatIgnoreTheirTimeoutDoNotStarveApprovals() throws Exception {
		FakeTransport fake = server();
		CountDownLatch release = new CountDownLatch(1);
		try (Codex codex = Codex.start(FakeServer.config()
			.experimentalApi(true)
			.approvalThreads(2)
			.approvalTimeout(Duration.ofSeconds(2))
			.build(), fake)) {
			codex.startThread(ThreadOptions.builder()
				.dynamicTool(stuck(release))
				.approvalHandler(ApprovalHandler.acceptCommandsAndFileChanges())
				.build());
			fake.serverRequest(1, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"stuck\",\"arguments\":{}}");
			fake.serverRequest(2, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"stuck\",\"arguments\":{}}");
			assertThat(fake.awaitReplyTo(1).get("result").get("success").asBoolean()).isFalse();
			assertThat(fake.awaitReplyTo(2).get("result").get("success").asBoolean()).isFalse();
			fake.serverRequest(3, "item/commandExecution/requestApproval",
					"{\"threadId\":\"t1\",\"turnId\":\"u\",\"itemId\":\"c\",\"command\":\"ls\"}");
			assertThat(fake.awaitReplyTo(3).get("result").get("decision").asString()).isEqualTo("accept");
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void abandonedToolHandlersAreReportedAndBeyondTheCapNewCallsFailAtOnce() throws Exception {
		FakeTransport fake = server();
		CountDownLatch release = new CountDownLatch(1);
		List<String> abandoned = new CopyOnWriteArrayList<>();
		DynamicTool echo = DynamicTool.of("echo", "Echoes", Json.object(), (call) -> DynamicToolResult.text("ok"));
		CodexListener listener = new CodexListener() {
			@Override
			public void onToolHandlerAbandoned(String threadId, String tool, Duration timeout, int count) {
				abandoned.add(tool + " " + count);
			}
		};
		try (Codex codex = Codex.start(FakeServer.config()
			.experimentalApi(true)
			.approvalThreads(1)
			.listener(listener)
			.build(), fake)) {
			codex.startThread(ThreadOptions.builder().dynamicTool(stuck(release)).dynamicTool(echo).build());
			fake.serverRequest(1, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"stuck\",\"arguments\":{}}");
			assertThat(fake.awaitReplyTo(1).get("result").get("success").asBoolean()).isFalse();
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !abandoned.isEmpty());
			assertThat(abandoned).containsExactly("stuck 1");
			// the cap (approvalThreads = 1) is reached: the next call fails at once, saying why
			fake.serverRequest(2, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"echo\",\"arguments\":{}}");
			JsonNode refused = fake.awaitReplyTo(2).get("result");
			assertThat(refused.get("success").asBoolean()).isFalse();
			assertThat(refused.toString()).contains("still run past their timeout");
			// the stuck handler returns: calls run again
			release.countDown();
			Awaitility.await().atMost(Duration.ofSeconds(10))
				.until(() -> codex.core().serverRequests().abandonedThreads() == 0);
			fake.serverRequest(3, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"echo\",\"arguments\":{}}");
			assertThat(fake.awaitReplyTo(3).get("result").get("success").asBoolean()).isTrue();
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void aForkRunsItsParentsToolsAndCannotDeclareOthers() {
		FakeTransport fake = server();
		fake.on("thread/fork", (p) -> FakeTransport.Reply.result(Wire.threadResult("t2")));
		DynamicTool echo = DynamicTool.of("echo", "Echoes", Json.object(), (call) -> DynamicToolResult.text("echo"));
		DynamicTool other = DynamicTool.of("other", "Other", Json.object(), (call) -> DynamicToolResult.text("x"));
		try (Codex codex = Codex.start(FakeServer.config().experimentalApi(true).build(), fake)) {
			CodexThread parent = codex.startThread(ThreadOptions.builder().dynamicTool(echo).build());
			CodexThread fork = parent.fork(ForkOptions.builder().lastTurnId("u1").build());
			assertThat(fork.id()).isEqualTo("t2");
			fake.serverRequest(1, "item/tool/call", "{\"threadId\":\"t2\",\"tool\":\"echo\",\"arguments\":{}}");
			JsonNode result = fake.awaitReplyTo(1).get("result");
			assertThat(result.get("success").asBoolean()).as(result.toString()).isTrue();

			assertThatIllegalArgumentException()
				.isThrownBy(() -> parent.fork(ForkOptions.builder()
					.threadOptions(ThreadOptions.builder().dynamicTool(other).build())
					.build()))
				.withMessageContaining("thread/fork cannot declare dynamic tools")
				.withMessageContaining("[other]");
		}
	}

	public static int add(int a, int b) {
		return a + b;
	}

	@Test
	void anArgumentsValueNeverReachesTheLog() throws Exception {
		FakeTransport fake = server();
		DynamicTool tool = DynamicTool.ofMethod("Adds", null,
				DynamicToolDispatchTest.class.getMethod("add", int.class, int.class));
		PrintStream original = System.err;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		try (Codex codex = Codex.start(FakeServer.config().experimentalApi(true).build(), fake)) {
			codex.startThread(ThreadOptions.builder().dynamicTool(tool).build());
			fake.serverRequest(1, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"add\","
					+ "\"arguments\":{\"a\":\"sk-SECRET-TOKEN-123\",\"b\":1}}");
			assertThat(fake.awaitReplyTo(1).get("result").get("success").asBoolean()).isFalse();
		}
		finally {
			System.setErr(original);
		}
		String log = bytes.toString(StandardCharsets.UTF_8);
		assertThat(log).contains("Dynamic tool 'add' failed").doesNotContain("sk-SECRET-TOKEN-123");
	}

	@Test
	void errorsFromHandlersAndOddArgumentsBecomeFailedResults() {
		FakeTransport fake = server();
		DynamicTool oom = DynamicTool.of("oom", "OOM", Json.object(), (call) -> {
			throw new OutOfMemoryError("Java heap space");
		});
		DynamicTool so = DynamicTool.of("so", "SO", Json.object(), (call) -> recurse(0));
		try (Codex codex = Codex.start(FakeServer.config().experimentalApi(true).approvalThreads(1).build(), fake)) {
			codex.startThread(ThreadOptions.builder().dynamicTool(oom).dynamicTool(so).build());
			fake.serverRequest(1, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"oom\",\"arguments\":{}}");
			assertThat(fake.awaitReplyTo(1).get("result").get("success").asBoolean()).isFalse();
			fake.serverRequest(2, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"so\",\"arguments\":{}}");
			assertThat(fake.awaitReplyTo(2).get("result").get("success").asBoolean()).isFalse();
			fake.serverRequest(3, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"nope\",\"arguments\":[1,2]}");
			assertThat(fake.awaitReplyTo(3).get("result").toString()).contains("Unknown tool 'nope'");
			fake.serverRequest(4, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"oom\",\"arguments\":\"x\"}");
			assertThat(fake.awaitReplyTo(4).get("result").get("success").asBoolean()).isFalse();
		}
	}

	private static DynamicToolResult recurse(int n) {
		return (n < 0) ? null : recurse(n + 1);
	}

	@Test
	void anExceptionWhoseGetMessageThrowsStillGivesAFailedResult() {
		FakeTransport fake = server();
		DynamicTool bad = DynamicTool.of("bad", "Bad", Json.object(), (call) -> {
			throw new RuntimeException() {
				@Override
				public String getMessage() {
					throw new IllegalStateException("boom");
				}
			};
		});
		try (Codex codex = Codex.start(FakeServer.config().experimentalApi(true).build(), fake)) {
			codex.startThread(ThreadOptions.builder().dynamicTool(bad).build());
			fake.serverRequest(1, "item/tool/call", "{\"threadId\":\"t1\",\"tool\":\"bad\",\"arguments\":{}}");
			JsonNode reply = fake.awaitReplyTo(1);
			assertThat(reply.has("result")).as(reply.toString()).isTrue();
			assertThat(reply.get("result").get("success").asBoolean()).isFalse();
			assertThat(reply.get("result").toString()).contains("The tool call failed");
		}
	}

}
