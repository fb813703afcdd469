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
