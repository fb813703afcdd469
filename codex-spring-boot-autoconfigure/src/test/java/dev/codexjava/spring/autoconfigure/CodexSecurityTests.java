package dev.codexjava.spring.autoconfigure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.client.TurnFailedException;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.spring.autoconfigure.health.CodexHealthContributorAutoConfiguration;
import dev.codexjava.spring.autoconfigure.health.CodexHealthIndicator;
import dev.codexjava.spring.autoconfigure.testsupport.MockBackend;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * Where the API key configured with {@code codex.api-key} must never show, on the real {@code codex} binary: the
 * child's command line, anything the SDK or the starter logs (at TRACE, the app-server's stderr included), and the
 * exceptions and failure analysis of a rejected login. Also what environment the child inherits.
 */
@ExtendWith(OutputCaptureExtension.class)
class CodexSecurityTests {

	private static final String API_KEY = "sk-test-SECRET-spring-0123456789abcdef";

	private static final String ENV_SECRET = "sk-test-SECRET-env-fedcba9876543210";

	@RegisterExtension
	final MockBackend backend = new MockBackend();

	private ApplicationContextRunner runner(MockCodexHome codexHome) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodexAutoConfiguration.class,
					CodexHealthContributorAutoConfiguration.class))
			.withPropertyValues("codex.binary=" + CodexBinaries.require(), "codex.codex-home=" + codexHome.path(),
					"codex.working-directory=" + codexHome.path(), "spring.application.name=codex_security");
	}

	private static String proc(long pid, String file) throws Exception {
		return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), file))).replace('\0', '\n');
	}

	private static Set<String> environmentNames(long pid) throws Exception {
		return Arrays.stream(proc(pid, "environ").split("\n"))
			.filter((line) -> line.contains("="))
			.map((line) -> line.substring(0, line.indexOf('=')))
			.collect(Collectors.toSet());
	}

	@Test
	void theApiKeyPropertyNeverReachesTheCommandLineOrTheEnvironment() {
		runner(this.backend.home()).withPropertyValues("codex.api-key=" + API_KEY, "codex.env.SERVICE_TOKEN=" + ENV_SECRET)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				long pid = context.getBean(Codex.class).pid().orElseThrow();
				String cmdline = proc(pid, "cmdline");
				assertThat(cmdline).contains("app-server").doesNotContain(API_KEY).doesNotContain(ENV_SECRET);
				// codex.env values are environment variables by design; the API key is not one
				String environ = proc(pid, "environ");
				assertThat(environ).contains("SERVICE_TOKEN=" + ENV_SECRET).doesNotContain(API_KEY);
				// the key went through account/login/start: codex stored it in CODEX_HOME, owner-only
				Path auth = this.backend.home().path().resolve("auth.json");
				assertThat(auth).exists();
				assertThat(Files.readString(auth)).contains(API_KEY);
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(auth))).isEqualTo("rw-------");
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.backend.home().path())))
					.isEqualTo("rwx------");
			});
	}

	@Test
	void byDefaultTheChildInheritsTheWholeEnvironment() {
		assertThat(System.getenv("HOME")).as("this test needs HOME in the JVM's environment").isNotNull();
		runner(this.backend.home()).run((context) -> {
			Set<String> names = environmentNames(context.getBean(Codex.class).pid().orElseThrow());
			assertThat(names).containsAll(System.getenv().keySet()).contains("CODEX_HOME");
		});
	}

	@Test
	void inheritEnvPassesOnlyTheAllowList() {
		assertThat(System.getenv("HOME")).as("this test needs HOME in the JVM's environment").isNotNull();
		runner(this.backend.home()).withPropertyValues("codex.inherit-env=HOME", "codex.env.EXTRA_FLAG=1").run((context) -> {
			Set<String> names = environmentNames(context.getBean(Codex.class).pid().orElseThrow());
			// PATH is always passed on (the app-server runs shells), CODEX_HOME comes from codex.codex-home
			assertThat(names).containsExactlyInAnyOrder("HOME", "PATH", "EXTRA_FLAG", "CODEX_HOME");
			this.backend.model().enqueue(MockResponse.text("still works"));
			assertThat(context.getBean(Codex.class)
				.startThread(ThreadOptions.builder().ephemeral(true).build())
				.run("hi")
				.finalResponse()).isEqualTo("still works");
		});
	}

	@Test
	void anEmptyInheritEnvPassesNothingButPathAndCodexHome() {
		runner(this.backend.home()).withPropertyValues("codex.inherit-env=").run((context) -> {
			assertThat(context).hasNotFailed();
			Set<String> names = environmentNames(context.getBean(Codex.class).pid().orElseThrow());
			assertThat(names).containsExactlyInAnyOrder("PATH", "CODEX_HOME");
		});
	}

	@Test
	void nothingLoggedAtTraceContainsTheKey(CapturedOutput output) {
		Logger sdk = (Logger) LoggerFactory.getLogger("dev.codexjava");
		Logger stderr = (Logger) LoggerFactory.getLogger("dev.codexjava.appserver.stderr");
		Level sdkLevel = sdk.getLevel();
		Level stderrLevel = stderr.getLevel();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		sdk.addAppender(appender);
		sdk.setLevel(Level.TRACE);
		stderr.setLevel(Level.TRACE);
		try {
			// RUST_LOG=trace: the app-server logs everything it does to stderr, which the SDK logs at DEBUG
			runner(this.backend.home()).withPropertyValues("codex.api-key=" + API_KEY, "codex.env.RUST_LOG=trace",
					"codex.env.SERVICE_TOKEN=" + ENV_SECRET, "codex.config.model_reasoning_effort=low",
					"codex.supervision.initial-delay=10ms")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					Codex codex = context.getBean(Codex.class);
					CodexThread thread = codex.startThread(ThreadOptions.builder().ephemeral(true).build());
					this.backend.model().enqueue(MockResponse.text("fine"));
					assertThat(thread.run("a turn").finalResponse()).isEqualTo("fine");
					this.backend.model().enqueue(MockResponse.failed("server_error", "the model broke"));
					assertThat(catchThrowableOfType(TurnFailedException.class, () -> thread.run("a failing turn")))
						.isNotNull();
					codex.loginApiKey(API_KEY);
					// a crash: the supervisor restarts the app-server and logs in again with the key
					long first = codex.pid().orElseThrow();
					ProcessHandle.of(first).ifPresent(ProcessHandle::destroyForcibly);
					CodexHealthIndicator health = context.getBean(CodexHealthIndicator.class);
					await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
						assertThat(codex.pid().orElseThrow()).isNotEqualTo(first);
						assertThat(health.health().getStatus()).isEqualTo(Status.UP);
					});
					this.backend.model().enqueue(MockResponse.text("after restart"));
					assertThat(codex.startThread(ThreadOptions.builder().ephemeral(true).build())
						.run("again")
						.finalResponse()).isEqualTo("after restart");
				});
		}
		finally {
			sdk.detachAppender(appender);
			sdk.setLevel(sdkLevel);
			stderr.setLevel(stderrLevel);
		}
		List<ILoggingEvent> events = List.copyOf(appender.list);
		List<String> loggers = events.stream().map(ILoggingEvent::getLoggerName).distinct().toList();
		assertThat(loggers).as("the capture saw the SDK's and the app-server's logging")
			.contains("dev.codexjava.client.ClientCore", "dev.codexjava.client.Supervisor",
					"dev.codexjava.transport.StdioProcessTransport", "dev.codexjava.appserver.stderr");
		assertThat(events).filteredOn((event) -> event.getLevel() == Level.DEBUG).isNotEmpty();
		assertThat(events.stream().map(ILoggingEvent::getFormattedMessage))
			.anyMatch((message) -> message.contains("ready"))
			.anyMatch((message) -> message.contains("restarted"));
		// the launch is logged at DEBUG with environment names only and --config values masked
		assertThat(events.stream().map(ILoggingEvent::getFormattedMessage))
			.anyMatch((message) -> message.startsWith("Started app-server pid") && message.contains("SERVICE_TOKEN")
					&& message.contains("model_reasoning_effort=******"));
		for (ILoggingEvent event : events) {
			assertThat(render(event)).as("%s %s", event.getLoggerName(), event.getLevel())
				.doesNotContain(API_KEY)
				.doesNotContain(ENV_SECRET);
		}
		assertThat(output).isNotEmpty().doesNotContain(API_KEY).doesNotContain(ENV_SECRET);
	}

	private static String render(ILoggingEvent event) {
		StringBuilder text = new StringBuilder(event.getFormattedMessage());
		if (event.getArgumentArray() != null) {
			text.append(' ').append(Arrays.deepToString(event.getArgumentArray()));
		}
		text.append(' ').append(event.getMDCPropertyMap());
		if (event.getThrowableProxy() != null) {
			text.append(' ').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
		}
		return text.toString();
	}

	@Test
	void aRejectedLoginSaysWhyWithoutTheKey(CapturedOutput output) {
		try (MockCodexHome chatGptOnly = MockCodexHome.builder(this.backend.model())
			.extraToml("forced_login_method = \"chatgpt\"")
			.build()) {
			runner(chatGptOnly).withPropertyValues("codex.api-key=" + API_KEY).run((context) -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				CodexStartupException startup = findCause(failure, CodexStartupException.class);
				assertThat(startup).isNotNull();
				assertThat(startup.reason()).isEqualTo(CodexStartupException.Reason.LOGIN_FAILED);
				assertThat(startup).hasMessageContaining("API key login is disabled");
				assertThat(stackTrace(failure)).contains("API key login is disabled").doesNotContain(API_KEY);
				FailureAnalysis analysis = new CodexStartupFailureAnalyzer().analyze(failure);
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("API key login is disabled").doesNotContain(API_KEY);
				assertThat(analysis.getAction()).doesNotContain(API_KEY);
			});
		}
		assertThat(output).doesNotContain(API_KEY);
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

	private static String stackTrace(Throwable failure) {
		StringWriter text = new StringWriter();
		failure.printStackTrace(new PrintWriter(text));
		return text.toString();
	}

}
