package dev.codexjava.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexServer;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A pool of real app-servers on one CODEX_HOME: calls on threads this client has not seen. */
class PoolUnseenThreadTest {

	@TempDir
	Path tmp;

	/**
	 * docs/pool.md: unarchiveThread goes to the server that holds the thread; a thread this client has not seen (archived
	 * by another instance, or before a restart of this JVM) is looked up with thread/read first. With one server,
	 * unarchiveThread(id) of an archived thread works; the pool must not refuse it.
	 */
	@Test
	void aThreadArchivedBeforeThisClientStartedCanBeUnarchivedThroughThePool() throws Exception {
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			model.defaultResponse(MockResponse.text("ok"));
			String id;
			try (Codex one = Codex.start(Fixtures.config(home.path()).workingDirectory(this.tmp).build())) {
				CodexThread thread = one.startThread(ThreadOptions.builder().cwd(this.tmp).build());
				thread.run("persist me");
				id = thread.id();
				one.archiveThread(id);
			}
			try (Codex pool = Codex.start(Fixtures.config(home.path()).workingDirectory(this.tmp)
				.startupTimeout(Duration.ofSeconds(20))
				.servers(List.of(CodexServer.local("a"), CodexServer.local("b")))
				.build())) {
				CodexThread restored = pool.unarchiveThread(id);
				assertThat(restored.id()).isEqualTo(id);
				assertThat(pool.listThreads().map(dev.codexjava.protocol.model.ThreadInfo::id)).contains(id);
				assertThat(pool.resumeThread(id).run("back").finalResponse()).isEqualTo("ok");
			}
		}
	}

}
