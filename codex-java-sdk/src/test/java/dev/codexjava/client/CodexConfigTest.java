package dev.codexjava.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CodexConfigTest {

	@Test
	void configOverridesAreRenderedAsTomlInOrder() {
		CodexConfig config = CodexConfig.builder()
			.config("model", "gpt-5.4")
			.config("features", Map.of("plugins", false))
			.rawConfig("model_reasoning_effort=\"high\"")
			.config("sandbox_workspace_write.writable_roots", List.of("/a", "/b"))
			.build();
		assertThat(config.configOverrides()).containsExactly("model=\"gpt-5.4\"", "features.plugins=false",
				"model_reasoning_effort=\"high\"", "sandbox_workspace_write.writable_roots=[\"/a\", \"/b\"]");
	}

	@Test
	void tablesPassedWholeKeepWhatEarlierConfigCallsSetUnderTheirKey() {
		// -c projects={...} replaces what earlier -c arguments set under projects: the builder merges them instead
		CodexConfig config = CodexConfig.builder()
			.config("projects", Map.of("/srv/a", Map.of("trust_level", "trusted")))
			.config("model", "gpt-5.4")
			.config("projects.bare.trust_level", "untrusted")
			.config("projects", Map.of("/srv/b", Map.of("trust_level", "trusted")))
			.config("projects", Map.of("/srv/a", Map.of("trust_level", "untrusted")))
			.build();
		assertThat(config.configOverrides()).containsExactly("model=\"gpt-5.4\"",
				"projects={ \"/srv/a\" = { trust_level = \"untrusted\" }, bare = { trust_level = \"untrusted\" }, "
						+ "\"/srv/b\" = { trust_level = \"trusted\" } }");
	}

	@Test
	void aTableBelowAnEarlierTableIsMergedIntoIt() {
		CodexConfig config = CodexConfig.builder()
			.config("mcp_servers", Map.of("docs.v2", Map.of("command", "docs"), "local",
					Map.of("env", Map.of("A", "1"))))
			.config("mcp_servers.local.env", Map.of("B.C", "2"))
			.build();
		assertThat(config.configOverrides()).hasSize(1);
		assertThat(config.configOverrides().get(0)).startsWith("mcp_servers={ ")
			.contains("\"docs.v2\" = { command = \"docs\" }")
			.contains("local = { env = { A = \"1\", \"B.C\" = \"2\" } }");
	}

	@Test
	void aTableThatWouldReplaceARawOverrideIsRejected() {
		CodexConfig.Builder builder = CodexConfig.builder().rawConfig("projects.x.trust_level=\"trusted\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.config("projects", Map.of("/srv/ws", Map.of("trust_level", "trusted"))))
			.withMessageContaining("'projects'")
			.withMessageContaining("rawConfig override 'projects.x.trust_level'");
		assertThat(builder.build().configOverrides()).containsExactly("projects.x.trust_level=\"trusted\"");
	}

	@Test
	void keysTheBinaryWouldMisreadAreRejectedNamingTheKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CodexConfig.builder().config("projects./srv/ws.trust_level", "trusted"))
			.withMessageStartingWith("config key 'projects./srv/ws.trust_level' is not a dotted path of bare keys");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CodexConfig.builder().rawConfig("mcp_servers.\"docs.v2\".command=\"docs\""))
			.withMessageStartingWith("config key 'mcp_servers.\"docs.v2\".command' is not a dotted path of bare keys");
		assertThat(CodexConfig.builder().rawConfig(" projects={ \"/srv/ws\" = { trust_level = \"trusted\" } }")
			.build()
			.configOverrides()).hasSize(1);
	}

	@Test
	void theShutdownHookIsOnByDefaultAndCopiedByToBuilder() {
		assertThat(CodexConfig.builder().build().shutdownHook()).isTrue();
		CodexConfig off = CodexConfig.builder().shutdownHook(false).build();
		assertThat(off.shutdownHook()).isFalse();
		assertThat(off.toBuilder().build().shutdownHook()).isFalse();
	}

	@Test
	void toBuilderKeepsMergingTables() {
		CodexConfig first = CodexConfig.builder().config("projects", Map.of("/srv/a", Map.of("trust_level", "trusted")))
			.build();
		CodexConfig second = first.toBuilder()
			.config("projects", Map.of("/srv/b", Map.of("trust_level", "trusted")))
			.build();
		assertThat(second.configOverrides()).containsExactly(
				"projects={ \"/srv/a\" = { trust_level = \"trusted\" }, \"/srv/b\" = { trust_level = \"trusted\" } }");
		assertThat(first.configOverrides()).containsExactly("projects={ \"/srv/a\" = { trust_level = \"trusted\" } }");
	}

	@Test
	void configRejectsNullValuesAndBlankKeys() {
		assertThatIllegalArgumentException().isThrownBy(() -> CodexConfig.builder().config("model", null))
			.withMessageContaining("'model'")
			.withMessageContaining("must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> CodexConfig.builder().config("", "x"))
			.withMessage("config key must not be blank");
	}

	@Test
	void rawConfigRequiresKeyEqualsValue() {
		for (String bad : new String[] { null, "", "model", "=gpt", " no equals " }) {
			assertThatIllegalArgumentException().as("rawConfig(%s)", bad)
				.isThrownBy(() -> CodexConfig.builder().rawConfig(bad))
				.withMessage("rawConfig expects 'key=value', got '" + bad + "'");
		}
		assertThat(CodexConfig.builder().rawConfig("a.b=[1, 2]").build().configOverrides()).containsExactly("a.b=[1, 2]");
	}

	@Test
	void toStringNeverShowsEnvironmentValuesOrTheApiKey() {
		CodexConfig config = CodexConfig.builder()
			.env("OPENAI_API_KEY", "sk-env-secret-123")
			.env(Map.of("HTTPS_PROXY", "http://user:proxy-password@proxy:8080"))
			.apiKey("sk-config-secret-456")
			.codexHome(Path.of("/tmp/codex-home"))
			.build();
		String text = config.toString();
		assertThat(text).doesNotContain("sk-env-secret-123", "proxy-password", "sk-config-secret-456", "sk-");
		assertThat(text).contains("OPENAI_API_KEY", "HTTPS_PROXY", "apiKey=******", "/tmp/codex-home");
		assertThat(config.hasApiKey()).isTrue();
		assertThat(CodexConfig.builder().build().toString()).contains("apiKey=none");
	}

	@Test
	void blankApiKeyMeansNone() {
		assertThat(CodexConfig.builder().apiKey("  ").build().hasApiKey()).isFalse();
		assertThat(CodexConfig.builder().apiKey(null).build().hasApiKey()).isFalse();
	}

	@Test
	void environmentNamesAndValuesAreValidated() {
		assertThatIllegalArgumentException().isThrownBy(() -> CodexConfig.builder().env("A=B", "x"))
			.withMessageContaining("A=B");
		assertThatIllegalArgumentException().isThrownBy(() -> CodexConfig.builder().env(" ", "x"));
		assertThatNullPointerException().isThrownBy(() -> CodexConfig.builder().env("NAME", null))
			.withMessageContaining("NAME");
	}

	@Test
	void durationsAndSizesAreValidated() {
		assertThatIllegalArgumentException().isThrownBy(() -> CodexConfig.builder().requestTimeout(Duration.ZERO))
			.withMessageContaining("requestTimeout must be a positive duration");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CodexConfig.builder().startupTimeout(Duration.ofSeconds(-1)))
			.withMessageContaining("startupTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> CodexConfig.builder().shutdownTimeout(null))
			.withMessageContaining("shutdownTimeout");
		assertThat(CodexConfig.builder().turnTimeout(null).build().turnTimeout()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> CodexConfig.builder().streamBufferCapacity(15))
			.withMessage("streamBufferCapacity must be at least 16, was 15");
		assertThatIllegalArgumentException().isThrownBy(() -> CodexConfig.builder().maxMessageBytes(100))
			.withMessage("maxMessageBytes must be at least 1024, was 100");
		assertThatIllegalArgumentException().isThrownBy(() -> CodexConfig.builder().clientName(" "))
			.withMessage("clientName must not be blank");
	}

	@Test
	void defaultsAreSafe() {
		CodexConfig config = CodexConfig.builder().build();
		assertThat(config.approvalHandler()).isSameAs(ApprovalHandler.DECLINE_ALL);
		assertThat(config.retryPolicy()).isEqualTo(RetryPolicy.defaults());
		assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(config.clientName()).isEqualTo(CodexConfig.DEFAULT_CLIENT_NAME);
		assertThat(config.experimentalApi()).isFalse();
		assertThat(config.inheritEnvironment()).isTrue();
	}

	@Test
	void toBuilderCopiesEverythingAndTheCopyIsIndependent() {
		CodexConfig original = CodexConfig.builder()
			.config("a", 1)
			.env("X", "1")
			.apiKey("sk-k")
			.requestTimeout(Duration.ofSeconds(7))
			.streamBufferCapacity(32)
			.optOutNotificationMethods("item/agentMessage/delta")
			.build();
		CodexConfig copy = original.toBuilder().config("b", 2).build();
		assertThat(copy.configOverrides()).containsExactly("a=1", "b=2");
		assertThat(original.configOverrides()).containsExactly("a=1");
		assertThat(copy.environment()).containsEntry("X", "1");
		assertThat(copy.hasApiKey()).isTrue();
		assertThat(copy.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
		assertThat(copy.streamBufferCapacity()).isEqualTo(32);
		assertThat(copy.optOutNotificationMethods()).containsExactly("item/agentMessage/delta");
	}

	@Test
	void approvalThreadsAndTimeoutHaveBoundedDefaultsAndRejectNonsense() {
		CodexConfig defaults = CodexConfig.builder().build();
		assertThat(defaults.approvalThreads()).isEqualTo(16);
		assertThat(defaults.approvalTimeout()).isEqualTo(Duration.ofMinutes(5));
		CodexConfig custom = CodexConfig.builder().approvalThreads(2).approvalTimeout(null).build().toBuilder().build();
		assertThat(custom.approvalThreads()).isEqualTo(2);
		assertThat(custom.approvalTimeout()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> CodexConfig.builder().approvalThreads(0))
			.withMessageContaining("approvalThreads");
		assertThatIllegalArgumentException().isThrownBy(() -> CodexConfig.builder().approvalThreads(1025));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CodexConfig.builder().approvalTimeout(Duration.ofSeconds(-1)))
			.withMessageContaining("approvalTimeout");
	}

	@Test
	void remoteEndpointAndLaunchCommandShowNoSecretsAndExcludeEachOther() {
		dev.codexjava.transport.RemoteEndpoint endpoint = dev.codexjava.transport.RemoteEndpoint
			.builder("ws://127.0.0.1:4500")
			.auth(dev.codexjava.transport.RemoteAuth.capabilityToken(() -> "cap-token-secret-789"))
			.build();
		CodexConfig config = CodexConfig.builder().endpoint(endpoint).build();
		assertThat(config.toString()).contains("ws://127.0.0.1:4500", "capability-token")
			.doesNotContain("cap-token-secret-789");
		assertThat(config.toBuilder().build().endpoint()).isSameAs(endpoint);
		CodexConfig wrapped = CodexConfig.builder()
			.launchCommand("ssh", "host", "OPENAI_API_KEY=sk-in-argv", "codex", "app-server")
			.build();
		assertThat(wrapped.toString()).contains("launchCommand=ssh (5 words)").doesNotContain("sk-in-argv");
		assertThat(wrapped.launchCommand()).hasSize(5);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> CodexConfig.builder().endpoint(endpoint).launchCommand("codex").build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not both");
	}

}
