package dev.codexjava.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.codexjava.client.FakeTransport.Reply;
import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: a thread's own approval handler is dropped when the server reports the thread closed, archived or deleted,
 * and when the client closes, so the table does not grow with every thread; resuming the thread, or a turn through its
 * {@link CodexThread}, registers it again.
 */
@Timeout(30)
class ThreadHandlerLifecycleTest {

	private static final ThreadOptions ACCEPTING = ThreadOptions.builder()
		.approvalHandler(ApprovalHandler.acceptCommandsAndFileChanges())
		.build();

	private final AtomicInteger requestIds = new AtomicInteger();

	private static FakeTransport server() {
		FakeTransport fake = new FakeTransport();
		AtomicInteger threads = new AtomicInteger();
		fake.on("thread/start", (p) -> Reply.result(Wire.threadResult("t" + threads.incrementAndGet())));
		fake.on("thread/resume", (p) -> Reply.result(Wire.threadResult(p.get("threadId").asString())));
		fake.on("turn/start", (p) -> Reply.result(Wire.turnResult("u-" + p.get("threadId").asString())));
		return fake;
	}

	/** How the client answers a command approval of {@code threadId}. */
	private String decisionFor(FakeTransport fake, String threadId) {
		int id = this.requestIds.incrementAndGet();
		fake.serverRequest(id, "item/commandExecution/requestApproval",
				"{\"threadId\":" + Json.write(threadId) + ",\"turnId\":\"u\",\"itemId\":\"c\",\"command\":\"ls\"}");
		return fake.awaitReplyTo(id).get("result").get("decision").asString();
	}

	private static int handlers(Codex codex) {
		return codex.core().threadHandlerCount();
	}

	@Test
	void aThreadsHandlerGoesWhenTheServerClosesArchivesOrDeletesTheThread() {
		FakeTransport fake = server();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			List<CodexThread> threads = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				threads.add(codex.startThread(ACCEPTING));
			}
			assertThat(handlers(codex)).isEqualTo(3);
			assertThat(decisionFor(fake, "t1")).isEqualTo("accept");

			fake.notify("thread/closed", "{\"threadId\":\"t1\"}");
			fake.notify("thread/archived", "{\"threadId\":\"t2\"}");
			fake.notify("thread/deleted", "{\"threadId\":\"t3\"}");
			fake.awaitIdle();

			assertThat(handlers(codex)).isZero();
			assertThat(decisionFor(fake, "t1")).as("the client's handler (decline) answers").isEqualTo("decline");

			// resuming registers the thread's handler again
			codex.resumeThread("t1", ACCEPTING);
			assertThat(handlers(codex)).isEqualTo(1);
			assertThat(decisionFor(fake, "t1")).isEqualTo("accept");

			// so does a turn through the thread's object
			threads.get(1).turn("again");
			assertThat(handlers(codex)).isEqualTo(2);
			assertThat(decisionFor(fake, "t2")).isEqualTo("accept");
		}
	}

	@Test
	void theTableDoesNotGrowWithEveryThreadThatHadAHandler() {
		FakeTransport fake = server();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			for (int i = 1; i <= 200; i++) {
				codex.startThread(ACCEPTING);
				fake.notify("thread/closed", "{\"threadId\":\"t" + i + "\"}");
			}
			fake.awaitIdle();
			assertThat(handlers(codex)).isZero();
		}
	}

	@Test
	void closingTheClientForgetsEveryHandler() {
		FakeTransport fake = server();
		Codex codex = Codex.start(FakeServer.config().build(), fake);
		ClientCore core = codex.core();
		codex.startThread(ACCEPTING);
		codex.startThread(ACCEPTING);
		assertThat(core.threadHandlerCount()).isEqualTo(2);
		codex.close();
		assertThat(core.threadHandlerCount()).isZero();
	}

}
