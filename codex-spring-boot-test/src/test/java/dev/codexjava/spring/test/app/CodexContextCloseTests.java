package dev.codexjava.spring.test.app;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextManager;

import dev.codexjava.client.Codex;
import dev.codexjava.spring.test.CodexTest;
import dev.codexjava.testkit.InMemoryCodexServer;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What closing a test's application context cleans up: the app-server (process or in-memory connection), the mock
 * model and the throwaway home. The contexts are loaded and closed here as the TestContext framework does it (the
 * {@code marker} property keeps them apart from the other test classes' cached contexts).
 */
class CodexContextCloseTests {

	@Test
	void closingAMockModelContextStopsTheAppServerTheModelAndDeletesTheHome() throws Exception {
		TestContext testContext = new TestContextManager(MockModelContext.class).getTestContext();
		ApplicationContext context = testContext.getApplicationContext();
		MockModel model = context.getBean(MockModel.class);
		MockCodexHome home = context.getBean(MockCodexHome.class);
		Codex codex = context.getBean(Codex.class);
		assertThat(codex.startThread().run("hi").finalResponse()).isEqualTo("ok");
		ProcessHandle appServer = ProcessHandle.of(codex.pid().orElseThrow()).orElseThrow();
		List<ProcessHandle> processes = new java.util.ArrayList<>(appServer.descendants().toList());
		processes.add(appServer);
		int port = model.port();

		testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE); // closes it and drops it from the cache

		for (ProcessHandle process : processes) {
			process.onExit().get(10, TimeUnit.SECONDS);
		}
		assertThat(codex.isRunning()).isFalse();
		assertThat(Files.exists(home.path())).isFalse();
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> new Socket("127.0.0.1", port).close());
	}

	@Test
	void closingAnInMemoryContextClosesTheConnectionAndItsThreads() throws Exception {
		// the in-memory connections of other test classes' cached contexts stay open in this JVM: only the threads
		// this context starts are its own
		Set<Thread> before = inMemoryThreads();
		TestContext testContext = new TestContextManager(InMemoryContext.class).getTestContext();
		ApplicationContext context = testContext.getApplicationContext();
		InMemoryCodexServer server = context.getBean(InMemoryCodexServer.class);
		Codex codex = context.getBean(Codex.class);
		assertThat(codex.startThread().run("hi").finalResponse()).isEqualTo("ok");
		assertThat(server.openConnections()).isEqualTo(1);
		Set<Thread> readers = inMemoryThreads();
		readers.removeAll(before);
		assertThat(readers).isNotEmpty();

		testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);

		assertThat(server.openConnections()).isZero();
		for (Thread reader : readers) {
			reader.join(5000);
			assertThat(reader.isAlive()).as(reader.getName()).isFalse();
		}
		assertThat(codex.isRunning()).isFalse();
	}

	private static Set<Thread> inMemoryThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith("codex-in-memory-"))
			.collect(Collectors.toCollection(HashSet::new));
	}

	@CodexTest(inMemory = false, properties = "marker=close-mock-model")
	static class MockModelContext {

	}

	@CodexTest(properties = "marker=close-in-memory")
	static class InMemoryContext {

	}

}
