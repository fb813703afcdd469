package dev.codexjava.client;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.codexjava.transport.RemoteAuth;
import dev.codexjava.transport.RemoteEndpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The pool's configuration: server names, conflicts, toString; one server's status. */
class PoolConfigTest {

	@Test
	void serverNamesAreLowCardinalityIdentifiers() {
		assertThat(CodexServer.local("pod-0.a_b").name()).isEqualTo("pod-0.a_b");
		assertThat(CodexServer.local("x".repeat(40)).endpoint()).isEmpty();
		for (String bad : new String[] { "", "a b", "x".repeat(41), "a/b", "ünï", "a\nb" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> CodexServer.local(bad))
				.withMessageContaining("Invalid server name");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> CodexServer.local(null));
	}

	@Test
	void namesMustBeUniqueAndServersExcludeEndpoint() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CodexConfig.builder().servers(List.of(CodexServer.local("a"), CodexServer.local("a"))))
			.withMessageContaining("Duplicate server name 'a'");
		RemoteEndpoint endpoint = RemoteEndpoint.of("ws://127.0.0.1:4500");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CodexConfig.builder().endpoint(endpoint).servers(CodexServer.local("a")).build())
			.withMessageContaining("not both");
	}

	@Test
	void toStringShowsServerNamesAndNoSecrets() {
		RemoteEndpoint endpoint = RemoteEndpoint.builder("ws://127.0.0.1:4500")
			.auth(RemoteAuth.capabilityToken(() -> "s3cr3t-token"))
			.build();
		CodexConfig config = CodexConfig.builder()
			.servers(CodexServer.local("local-1"), CodexServer.remote("pod-0", endpoint))
			.sharedThreadStorage(true)
			.apiKey("sk-secret")
			.build();
		assertThat(config.toString()).contains("servers=[local-1, pod-0]", "sharedThreadStorage=true")
			.doesNotContain("s3cr3t").doesNotContain("sk-secret");
		assertThat(config.toBuilder().build().servers()).extracting(CodexServer::name).containsExactly("local-1", "pod-0");
		assertThat(CodexConfig.builder().build().servers()).isEmpty();
		assertThat(CodexConfig.builder().build().sharedThreadStorage()).isFalse();
	}

	@Test
	void aMemberGetsOneServerThePoolListenersAndItsOwn() {
		CodexListener shared = new CodexListener() {
		};
		CodexListener own = new CodexListener() {
		};
		RemoteEndpoint endpoint = RemoteEndpoint.of("ws://127.0.0.1:4500");
		CodexConfig config = CodexConfig.builder()
			.launchCommand("wrapper", "codex", "app-server")
			.listener(shared)
			.servers(CodexServer.local("a"), CodexServer.remote("b", endpoint))
			.serverListeners((name) -> name.equals("b") ? own : null)
			.build();
		CodexConfig a = ServerPool.memberConfig(config, config.servers().get(0));
		CodexConfig b = ServerPool.memberConfig(config, config.servers().get(1));
		assertThat(a.servers()).isEmpty();
		assertThat(a.endpoint()).isNull();
		assertThat(a.launchCommand()).containsExactly("wrapper", "codex", "app-server");
		assertThat(a.listeners()).containsExactly(shared);
		assertThat(b.endpoint()).isSameAs(endpoint);
		assertThat(b.launchCommand()).isNull();
		assertThat(b.listeners()).containsExactly(shared, own);
	}

	@Test
	void aSingleServerClientReportsOneServerNamedDefault() {
		try (Codex codex = Codex.create(CodexConfig.builder().build())) {
			assertThat(codex.servers()).singleElement().satisfies((s) -> {
				assertThat(s.name()).isEqualTo("default");
				assertThat(s.target()).isEqualTo("local");
				assertThat(s.state()).isEqualTo(ServerState.DOWN);
				assertThat(s.problem()).contains("not started");
			});
		}
		FakeTransport fake = FakeServer.withThreadAndTurn();
		try (Codex codex = Codex.start(FakeServer.config().build(), fake)) {
			assertThat(codex.async().servers()).singleElement().satisfies((s) -> {
				assertThat(s.state()).isEqualTo(ServerState.UP);
				assertThat(s.problem()).isEmpty();
			});
		}
	}

}
