package dev.codexjava.spring.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

import dev.codexjava.client.ApprovalDecision;
import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.AsyncCodex;
import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexListener;
import dev.codexjava.client.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CodexAutoConfiguration}: beans, conditions and the mapping of {@code codex.*} properties. Nothing
 * here starts a process ({@code codex.lifecycle.auto-startup=false}).
 */
class CodexAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class))
		.withPropertyValues("codex.lifecycle.auto-startup=false");

	@Test
	void createsClientConfigLifecycleAndStatusWithDefaults() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(Codex.class)
				.hasSingleBean(AsyncCodex.class)
				.hasSingleBean(CodexConfig.class)
				.hasSingleBean(CodexLifecycle.class)
				.hasSingleBean(CodexStatus.class)
				.hasSingleBean(CodexProperties.class);
			Codex codex = context.getBean(Codex.class);
			CodexConfig config = context.getBean(CodexConfig.class);
			assertThat(codex.config()).isSameAs(config);
			assertThat(context.getBean(AsyncCodex.class)).isSameAs(codex.async());
			assertThat(config.clientName()).isEqualTo("codex_spring_boot");
			assertThat(config.codexBinary()).isNull();
			assertThat(config.configOverrides()).isEmpty();
			assertThat(config.approvalHandler()).isSameAs(ApprovalHandler.DECLINE_ALL);
			assertThat(config.retryPolicy()).isEqualTo(RetryPolicy.defaults());
			assertThat(config.startupTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
			assertThat(config.turnTimeout()).isEqualTo(Duration.ofMinutes(30));
			assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(config.hasApiKey()).isFalse();
			assertThat(config.listeners()).containsExactly(context.getBean(CodexStatus.class));
		});
	}

	@Test
	void clientNameDefaultsToTheApplicationName() {
		this.runner.withPropertyValues("spring.application.name=order-service")
			.run((context) -> assertThat(context.getBean(CodexConfig.class).clientName()).isEqualTo("order-service"));
	}

	@Test
	void clientVersionDefaultsToTheSdkVersionFromTheBuildNotAJarManifest() {
		// the tests run on target/classes: no manifest, as in a native image; the version is still sent
		assertThat(CodexAutoConfiguration.class.getPackage().getImplementationVersion()).isNull();
		this.runner.run((context) -> assertThat(context.getBean(CodexConfig.class).clientVersion()).isNotBlank()
			.isEqualTo(Codex.sdkVersion())
			.isNotEqualTo("0.1.0-dev"));
	}

	@Test
	void lifecycleUsesDefaultPhaseAndProperties() {
		assertThat(new CodexProperties().getLifecycle().isAutoStartup()).isTrue();
		assertThat(new CodexProperties().getLifecycle().isWaitForStartup()).isTrue();
		this.runner.run((context) -> {
			CodexLifecycle lifecycle = context.getBean(CodexLifecycle.class);
			assertThat(lifecycle.getPhase()).isEqualTo(Integer.MAX_VALUE - 3072);
			assertThat(lifecycle.isAutoStartup()).isFalse();
		});
		this.runner.withPropertyValues("codex.lifecycle.phase=42", "codex.lifecycle.auto-startup=true",
				"codex.lifecycle.wait-for-startup=false", "codex.binary=/does/not/exist/codex")
			.run((context) -> {
				CodexLifecycle lifecycle = context.getBean(CodexLifecycle.class);
				assertThat(lifecycle.getPhase()).isEqualTo(42);
				assertThat(lifecycle.isAutoStartup()).isTrue();
			});
	}

	@Test
	void disabledWithProperty() {
		this.runner.withPropertyValues("codex.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(Codex.class)
				.doesNotHaveBean(CodexConfig.class)
				.doesNotHaveBean(CodexLifecycle.class)
				.doesNotHaveBean(CodexProperties.class));
	}

	@Test
	void backsOffWithoutTheSdkOnTheClasspath() {
		this.runner.withClassLoader(new FilteredClassLoader(Codex.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CodexProperties.class)
				.doesNotHaveBean(CodexLifecycle.class)
				.doesNotHaveBean(CodexStatus.class));
	}

	@Test
	void userCodexBeanWins() {
		Codex mine = Codex.create(CodexConfig.builder().clientName("mine").build());
		this.runner.withBean("myCodex", Codex.class, () -> mine).run((context) -> {
			assertThat(context).hasSingleBean(Codex.class);
			assertThat(context.getBean(Codex.class)).isSameAs(mine);
			assertThat(context.getBean(AsyncCodex.class)).isSameAs(mine.async());
			assertThat(context).hasSingleBean(CodexLifecycle.class);
		});
	}

	@Test
	void userCodexConfigBeanWins() {
		CodexConfig mine = CodexConfig.builder().clientName("mine").shutdownHook(false).build();
		this.runner.withBean(CodexConfig.class, () -> mine)
			.run((context) -> assertThat(context.getBean(Codex.class).config()).isSameAs(mine));
	}

	@Test
	void theClientTheContextClosesNeverRegistersAJvmShutdownHookOfItsOwn() {
		// the SDK's hook would run in parallel with Spring's and end in-flight turns before the web server drains
		this.runner.run((context) -> {
			assertThat(context.getBean(CodexConfig.class).shutdownHook()).isFalse();
			assertThat(context.getBean(Codex.class).config().shutdownHook()).isFalse();
		});
		CodexConfig mine = CodexConfig.builder().clientName("mine").build();
		this.runner.withBean(CodexConfig.class, () -> mine).run((context) -> {
			CodexConfig used = context.getBean(Codex.class).config();
			assertThat(used.shutdownHook()).isFalse();
			assertThat(used.clientName()).isEqualTo("mine");
		});
	}

	@Test
	void configKeysThatAreNotBareKeysArePassedAsOneInlineTable() {
		this.runner
			.withPropertyValues("codex.config.projects.[/srv/ws].trust_level=trusted",
					"codex.config.mcp_servers.[docs.v2].command=docs-mcp",
					"codex.config.mcp_servers.[docs.v2].enabled=false")
			.run((context) -> assertThat(context.getBean(CodexConfig.class).configOverrides()).containsExactly(
					"projects={ \"/srv/ws\" = { trust_level = \"trusted\" } }",
					"mcp_servers={ \"docs.v2\" = { command = \"docs-mcp\", enabled = false } }"));
	}

	@Test
	void zeroTurnTimeoutMeansNoLimit() {
		this.runner.withPropertyValues("codex.turn-timeout=0")
			.run((context) -> assertThat(context.getBean(CodexConfig.class).turnTimeout()).isNull());
		this.runner.run((context) -> assertThat(context.getBean(CodexConfig.class).turnTimeout())
			.isEqualTo(Duration.ofMinutes(30)));
	}

	@Test
	void mapsPropertiesOntoTheConfig() {
		this.runner
			.withPropertyValues("codex.binary=/opt/codex/bin/codex", "codex.codex-home=/tmp/codex-home",
					"codex.working-directory=/srv/work", "codex.env.[MY_VAR]=value", "codex.api-key=sk-secret",
					"codex.model=gpt-5.1", "codex.approval-policy=never", "codex.sandbox=workspace-write",
					"codex.client.name=my_app", "codex.client.title=My App", "codex.client.version=1.2.3",
					"codex.startup-timeout=10s", "codex.request-timeout=2m", "codex.turn-timeout=1h",
					"codex.shutdown-timeout=3s", "codex.retry.max-retries=4", "codex.retry.delay=100ms",
					"codex.retry.multiplier=3", "codex.retry.max-delay=5s", "codex.retry.jitter=50ms")
			.run((context) -> {
				CodexConfig config = context.getBean(CodexConfig.class);
				assertThat(config.codexBinary()).isEqualTo(Path.of("/opt/codex/bin/codex"));
				assertThat(config.codexHome()).isEqualTo(Path.of("/tmp/codex-home"));
				assertThat(config.workingDirectory()).isEqualTo(Path.of("/srv/work"));
				assertThat(config.environment()).containsExactly(Map.entry("MY_VAR", "value"));
				assertThat(config.hasApiKey()).isTrue();
				assertThat(config.toString()).doesNotContain("sk-secret");
				assertThat(config.configOverrides()).containsExactly("model=\"gpt-5.1\"", "approval_policy=\"never\"",
						"sandbox_mode=\"workspace-write\"");
				assertThat(config.clientName()).isEqualTo("my_app");
				assertThat(config.clientTitle()).isEqualTo("My App");
				assertThat(config.clientVersion()).isEqualTo("1.2.3");
				assertThat(config.startupTimeout()).isEqualTo(Duration.ofSeconds(10));
				assertThat(config.requestTimeout()).isEqualTo(Duration.ofMinutes(2));
				assertThat(config.turnTimeout()).isEqualTo(Duration.ofHours(1));
				assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(3));
				// max-retries counts retries: 4 retries are 5 attempts; 50ms of jitter on 100ms is the SDK's 0.5
				assertThat(config.retryPolicy())
					.isEqualTo(new RetryPolicy(5, Duration.ofMillis(100), 3.0, Duration.ofSeconds(5), 0.5));
			});
	}

	@Test
	void approvalThreadsAndTimeoutAreMappedWithSafeDefaults() {
		this.runner.run((context) -> {
			CodexConfig config = context.getBean(CodexConfig.class);
			assertThat(config.approvalThreads()).isEqualTo(CodexConfig.DEFAULT_APPROVAL_THREADS);
			assertThat(config.approvalTimeout()).isEqualTo(CodexConfig.DEFAULT_APPROVAL_TIMEOUT);
		});
		this.runner.withPropertyValues("codex.approvals.handler-threads=4", "codex.approvals.timeout=90s")
			.run((context) -> {
				CodexConfig config = context.getBean(CodexConfig.class);
				assertThat(config.approvalThreads()).isEqualTo(4);
				assertThat(config.approvalTimeout()).isEqualTo(Duration.ofSeconds(90));
			});
		this.runner.withPropertyValues("codex.approvals.timeout=0")
			.run((context) -> assertThat(context.getBean(CodexConfig.class).approvalTimeout()).isNull());
	}

	@Test
	void sandboxAndApprovalPolicyAcceptEnumStyleValuesToo() {
		this.runner.withPropertyValues("codex.approval-policy=ON_REQUEST", "codex.sandbox=danger_full_access")
			.run((context) -> assertThat(context.getBean(CodexConfig.class).configOverrides())
				.containsExactly("approval_policy=\"on-request\"", "sandbox_mode=\"danger-full-access\""));
	}

	@Test
	void configMapIsFlattenedWithInferredTypesAndDedicatedPropertiesWin() {
		this.runner
			.withPropertyValues("codex.config.model_reasoning_effort=high", "codex.config.features.plugins=false",
					"codex.config.tools.web_search=true", "codex.config.model_context_window=128000",
					"codex.config.temperature=0.5", "codex.config.notify[0]=notify-send",
					"codex.config.notify[1]=Codex", "codex.config.label=\"42\"", "codex.config.model=ignored",
					"codex.model=gpt-5.1")
			.run((context) -> assertThat(context.getBean(CodexConfig.class).configOverrides()).containsExactly(
					"model_reasoning_effort=\"high\"", "features.plugins=false", "tools.web_search=true",
					"model_context_window=128000", "temperature=0.5", "notify=[\"notify-send\", \"Codex\"]",
					"label=\"42\"", "model=\"ignored\"", "model=\"gpt-5.1\""));
	}

	@Test
	void configMapKeepsTypedValuesFromYaml() {
		// YAML property sources hold typed values (booleans, numbers, lists)
		this.runner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("yaml-like",
					Map.of("codex.config.features.plugins", false, "codex.config.project_doc_max_bytes", 4096,
							"codex.config.shell_environment_policy.include_only[0]", "PATH"))))
			.run((context) -> assertThat(context.getBean(CodexConfig.class).configOverrides())
				.containsExactlyInAnyOrder("features.plugins=false", "project_doc_max_bytes=4096",
						"shell_environment_policy.include_only=[\"PATH\"]"));
	}

	@Test
	void retryCanBeDisabled() {
		this.runner.withPropertyValues("codex.retry.enabled=false", "codex.retry.max-retries=7")
			.run((context) -> assertThat(context.getBean(CodexConfig.class).retryPolicy())
				.isEqualTo(RetryPolicy.none()));
	}

	@Test
	void retryDefaultsAreTodaysPolicy() {
		// 2 retries = 3 attempts, 250ms, x2, 2s, jitter unset = a fifth of the delay = the SDK's 0.2
		this.runner.run((context) -> assertThat(context.getBean(CodexConfig.class).retryPolicy())
			.isEqualTo(RetryPolicy.defaults()));
	}

	@Test
	void maxRetriesZeroMeansOneAttempt() {
		this.runner.withPropertyValues("codex.retry.max-retries=0").run((context) -> {
			RetryPolicy policy = context.getBean(CodexConfig.class).retryPolicy();
			assertThat(policy.maxAttempts()).isEqualTo(1);
			assertThat(policy.retries()).isFalse();
		});
	}

	@Test
	void theSdksRetryHasASwitchOfItsOwn() {
		this.runner.withPropertyValues("codex.retry.sdk.enabled=false", "codex.retry.max-retries=7")
			.run((context) -> assertThat(context.getBean(CodexConfig.class).retryPolicy())
				.isEqualTo(RetryPolicy.none()));
		// the advice's switch leaves the SDK's retry alone
		this.runner.withPropertyValues("codex.retry.advice.enabled=false", "codex.retry.max-retries=7")
			.run((context) -> assertThat(context.getBean(CodexConfig.class).retryPolicy().maxAttempts())
				.isEqualTo(8));
	}

	@Test
	void approvalsDefaultAccept() {
		this.runner.withPropertyValues("codex.approvals.default=accept").run((context) -> {
			ApprovalHandler handler = context.getBean(CodexConfig.class).approvalHandler();
			assertThat(handler.onCommandExecution(null)).isEqualTo(ApprovalDecision.ACCEPT);
			assertThat(handler.onFileChange(null)).isEqualTo(ApprovalDecision.ACCEPT);
		});
	}

	@Test
	void userApprovalHandlerBeanWinsOverApprovalsDefault() {
		ApprovalHandler mine = new ApprovalHandler() {
		};
		this.runner.withPropertyValues("codex.approvals.default=accept")
			.withBean(ApprovalHandler.class, () -> mine)
			.run((context) -> assertThat(context.getBean(CodexConfig.class).approvalHandler()).isSameAs(mine));
	}

	@Test
	void listenerBeansAreAddedToTheConfig() {
		CodexListener mine = new CodexListener() {
		};
		this.runner.withBean("myListener", CodexListener.class, () -> mine)
			.run((context) -> assertThat(context.getBean(CodexConfig.class).listeners()).contains(mine)
				.contains(context.getBean(CodexStatus.class)));
	}

	@Test
	void customizersRunInOrderAfterTheProperties() {
		this.runner.withPropertyValues("codex.client.name=from_properties", "codex.model=gpt-5.1")
			.withBean("second", CodexConfigCustomizer.class, () -> new OrderedCustomizer(2, "second"))
			.withBean("first", CodexConfigCustomizer.class, () -> new OrderedCustomizer(1, "first"))
			.withBean("last", CodexConfigCustomizer.class, () -> new OrderedCustomizer(Ordered.LOWEST_PRECEDENCE, "last"))
			.run((context) -> {
				CodexConfig config = context.getBean(CodexConfig.class);
				assertThat(config.configOverrides()).containsExactly("model=\"gpt-5.1\"", "step=\"first\"",
						"step=\"second\"", "step=\"last\"");
				assertThat(config.clientName()).isEqualTo("last");
			});
	}

	@Test
	void nothingRunsAtBeanCreation() {
		this.runner.withPropertyValues("codex.binary=/does/not/exist/codex").run((context) -> {
			assertThat(context).hasNotFailed();
			Codex codex = context.getBean(Codex.class);
			assertThat(codex.isRunning()).isFalse();
			assertThat(codex.pid()).isEmpty();
			assertThat(context.getBean(CodexLifecycle.class).isRunning()).isFalse();
			assertThat(context.getBean(CodexStatus.class).snapshot().state())
				.isEqualTo(CodexStatus.State.NOT_STARTED);
		});
	}

	private record OrderedCustomizer(int order, String name) implements CodexConfigCustomizer, Ordered {

		@Override
		public void customize(CodexConfig.Builder builder) {
			builder.config("step", this.name).clientName(this.name);
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

}
