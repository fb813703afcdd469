package dev.codexjava.spring.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;

import dev.codexjava.client.ApprovalPolicy;
import dev.codexjava.client.SandboxMode;

/**
 * Configuration properties for the Codex app-server client ({@code codex.*}). Invalid values are rejected while
 * binding, with a message that names the property and its allowed values.
 */
@ConfigurationProperties("codex")
public class CodexProperties {

	/**
	 * Whether to auto-configure a Codex client.
	 */
	private boolean enabled = true;

	/**
	 * Path of the Codex executable. When not set, the CODEX_BIN environment variable and then 'codex' on the PATH
	 * are used.
	 */
	private Path binary;

	/**
	 * CODEX_HOME of the app-server (config.toml, auth, sessions). When not set, the child inherits it.
	 */
	private Path codexHome;

	/**
	 * Working directory of the app-server, also the default working directory of new threads. When not set, the
	 * application's working directory is used.
	 */
	private Path workingDirectory;

	/**
	 * Codex configuration overrides, passed as '--config key=value' (TOML). Nested keys are flattened to dotted
	 * keys. String values 'true'/'false' and numbers are written as TOML booleans and numbers; wrap a value in
	 * double quotes to force a string.
	 */
	private Map<String, Object> config = new LinkedHashMap<>();

	/**
	 * Extra environment variables for the app-server process.
	 */
	private Map<String, String> env = new LinkedHashMap<>();

	/**
	 * Names of the application's environment variables the app-server inherits (an allow-list, e.g. PATH, HOME,
	 * LANG). When not set, it inherits the whole environment; when set (even to an empty list), only these, plus
	 * codex.env, CODEX_HOME and PATH.
	 */
	private List<String> inheritEnv;

	/**
	 * OpenAI API key to log in with after start-up. Sent through the protocol; never put on the command line and
	 * never logged.
	 */
	private String apiKey;

	/**
	 * Model to use by default (the 'model' configuration key).
	 */
	private String model;

	/**
	 * Default approval policy (the 'approval_policy' configuration key): 'on-request' or 'never'. 'untrusted' is
	 * only supported per thread or turn.
	 */
	private ApprovalPolicy approvalPolicy;

	/**
	 * Default sandbox for commands the agent runs (the 'sandbox_mode' configuration key).
	 */
	private SandboxMode sandbox;

	/**
	 * Time allowed for spawning the app-server and completing the handshake.
	 */
	private Duration startupTimeout = Duration.ofSeconds(30);

	/**
	 * Time allowed for each request's response.
	 */
	private Duration requestTimeout = Duration.ofSeconds(60);

	/**
	 * Time allowed for a whole turn; 0 for no limit.
	 */
	private Duration turnTimeout = Duration.ofMinutes(30);

	/**
	 * Whether the client opts into the app-server's experimental API (experimental methods and fields, such as the
	 * dynamic tools that offer Java or Spring AI tools to Codex).
	 */
	private boolean experimentalApi;

	/**
	 * How long the app-server may keep reporting that it cannot reach the model (connection failures it retries)
	 * before the turn fails with ModelUnreachableException and is interrupted; 0 to wait for the turn timeout.
	 */
	private Duration modelUnreachableTimeout = Duration.ofSeconds(15);

	/**
	 * Grace period for the app-server to exit on close before it is terminated.
	 */
	private Duration shutdownTimeout = Duration.ofSeconds(5);

	/**
	 * Command that runs the local app-servers instead of '<binary> app-server', for example 'docker run -i --rm IMAGE
	 * codex app-server' as a list; the --config overrides are appended. Never put secrets in it (argv is readable by
	 * other processes).
	 */
	private List<String> launchCommand;

	/**
	 * Running app-servers to connect to instead of (or next to) local children (experimental, like the binary's
	 * WebSocket transport). Each entry has a name, a ws://, wss:// or unix:// url, and optionally a token-file or jwt
	 * credentials, allow-credentials-in-clear and an ssl-bundle.
	 */
	private List<Server> servers = new ArrayList<>();

	/**
	 * Whether the servers of a pool share thread storage (one CODEX_HOME on one host, as local children do), so a
	 * thread whose server is down is resumed on another one. Leave false for servers with separate storage, or on
	 * different hosts (see docs/pool.md).
	 */
	private boolean sharedThreadStorage = false;

	private final Local local = new Local();

	private final Client client = new Client();

	private final Retry retry = new Retry();

	private final Approvals approvals = new Approvals();

	private final Lifecycle lifecycle = new Lifecycle();

	private final Supervision supervision = new Supervision();

	private final Liveness liveness = new Liveness();

	private final Dev dev = new Dev();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Path getBinary() {
		return this.binary;
	}

	public void setBinary(Path binary) {
		this.binary = binary;
	}

	public Path getCodexHome() {
		return this.codexHome;
	}

	public void setCodexHome(Path codexHome) {
		this.codexHome = codexHome;
	}

	public Path getWorkingDirectory() {
		return this.workingDirectory;
	}

	public void setWorkingDirectory(Path workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	public Map<String, Object> getConfig() {
		return this.config;
	}

	public void setConfig(Map<String, Object> config) {
		this.config = config;
	}

	public Map<String, String> getEnv() {
		return this.env;
	}

	public void setEnv(Map<String, String> env) {
		this.env = env;
	}

	public List<String> getInheritEnv() {
		return this.inheritEnv;
	}

	public void setInheritEnv(List<String> inheritEnv) {
		this.inheritEnv = inheritEnv;
	}

	public String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(String apiKey) {
		this.apiKey = apiKey;
	}

	public String getModel() {
		return this.model;
	}

	public void setModel(String model) {
		if (model != null && model.isBlank()) {
			throw AllowedValues.invalid("codex.model", model, "must not be blank");
		}
		this.model = model;
	}

	public ApprovalPolicy getApprovalPolicy() {
		return this.approvalPolicy;
	}

	public void setApprovalPolicy(ApprovalPolicy approvalPolicy) {
		if (approvalPolicy == ApprovalPolicy.UNTRUSTED) {
			throw AllowedValues.invalid("codex.approval-policy", "untrusted", AllowedValues.UNTRUSTED_REASON);
		}
		this.approvalPolicy = approvalPolicy;
	}

	public SandboxMode getSandbox() {
		return this.sandbox;
	}

	public void setSandbox(SandboxMode sandbox) {
		this.sandbox = sandbox;
	}

	public Duration getStartupTimeout() {
		return this.startupTimeout;
	}

	public void setStartupTimeout(Duration startupTimeout) {
		this.startupTimeout = AllowedValues.positive("codex.startup-timeout", startupTimeout);
	}

	public Duration getRequestTimeout() {
		return this.requestTimeout;
	}

	public void setRequestTimeout(Duration requestTimeout) {
		this.requestTimeout = AllowedValues.positive("codex.request-timeout", requestTimeout);
	}

	public boolean isExperimentalApi() {
		return this.experimentalApi;
	}

	public void setExperimentalApi(boolean experimentalApi) {
		this.experimentalApi = experimentalApi;
	}

	public Duration getTurnTimeout() {
		return this.turnTimeout;
	}

	public void setTurnTimeout(Duration turnTimeout) {
		this.turnTimeout = AllowedValues.notNegative("codex.turn-timeout", turnTimeout);
	}

	public Duration getModelUnreachableTimeout() {
		return this.modelUnreachableTimeout;
	}

	public void setModelUnreachableTimeout(Duration modelUnreachableTimeout) {
		this.modelUnreachableTimeout = AllowedValues.notNegative("codex.model-unreachable-timeout",
				modelUnreachableTimeout);
	}

	public Duration getShutdownTimeout() {
		return this.shutdownTimeout;
	}

	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = AllowedValues.positive("codex.shutdown-timeout", shutdownTimeout);
	}

	public List<String> getLaunchCommand() {
		return this.launchCommand;
	}

	public void setLaunchCommand(List<String> launchCommand) {
		if (launchCommand != null && (launchCommand.isEmpty()
				|| launchCommand.stream().anyMatch((word) -> word == null || word.isBlank()))) {
			throw AllowedValues.invalid("codex.launch-command", launchCommand,
					"must be a non-empty list of non-blank words, such as docker,run,-i,--rm,IMAGE,codex,app-server");
		}
		this.launchCommand = launchCommand;
	}

	public List<Server> getServers() {
		return this.servers;
	}

	public void setServers(List<Server> servers) {
		this.servers = (servers != null) ? servers : new ArrayList<>();
	}

	public boolean isSharedThreadStorage() {
		return this.sharedThreadStorage;
	}

	public void setSharedThreadStorage(boolean sharedThreadStorage) {
		this.sharedThreadStorage = sharedThreadStorage;
	}

	public Local getLocal() {
		return this.local;
	}

	public Client getClient() {
		return this.client;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Approvals getApprovals() {
		return this.approvals;
	}

	public Supervision getSupervision() {
		return this.supervision;
	}

	public Dev getDev() {
		return this.dev;
	}

	public Liveness getLiveness() {
		return this.liveness;
	}

	public Lifecycle getLifecycle() {
		return this.lifecycle;
	}

	/** How the client identifies itself in {@code initialize} ({@code clientInfo}). */
	public static class Client {

		/**
		 * Client name (identifies the integration to the server). Defaults to 'spring.application.name', or
		 * 'codex_spring_boot' when that is not set.
		 */
		private String name;

		/**
		 * Human-readable client title.
		 */
		private String title;

		/**
		 * Client version. Defaults to the SDK's version (written at build time, so also set without a jar manifest).
		 */
		private String version;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = AllowedValues.text("codex.client.name", name);
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getVersion() {
			return this.version;
		}

		public void setVersion(String version) {
			this.version = AllowedValues.text("codex.client.version", version);
		}

	}

	/**
	 * Retry of calls Codex rejects as overloaded: the SDK's automatic retry of requests rejected with JSON-RPC error
	 * -32001, and the defaults of the {@code @RetryOnOverload} advice. The settings use the names and meaning of
	 * Spring Boot's {@code RetryPolicySettings} ({@code max-retries} counts retries, not attempts; {@code jitter} is a
	 * duration). The former {@code max-attempts} and {@code initial-delay} still bind, as deprecated aliases; setting
	 * an alias together with its replacement fails.
	 */
	public static class Retry {

		/**
		 * Whether to retry calls Codex rejects as overloaded at all. false switches off both the SDK's retry and the
		 * @RetryOnOverload advice, whatever sdk.enabled and advice.enabled say.
		 */
		private boolean enabled = true;

		private final Sdk sdk = new Sdk();

		private final Advice advice = new Advice();

		/**
		 * Most retries after the first attempt (0: no retry; 2 means at most 3 attempts).
		 */
		private long maxRetries = 2;

		/**
		 * Delay before the first retry.
		 */
		private Duration delay = Duration.ofMillis(250);

		/**
		 * Growth factor of the delay after each retry.
		 */
		private double multiplier = 2.0;

		/**
		 * Largest delay between attempts.
		 */
		private Duration maxDelay = Duration.ofSeconds(2);

		/**
		 * Random variation of the first delay, scaled with the back-off like the delay. Not larger than delay. When
		 * not set, a fifth of delay (50ms with the default delay).
		 */
		private Duration jitter;

		private boolean maxRetriesSet;

		private boolean maxAttemptsSet;

		private boolean delaySet;

		private boolean initialDelaySet;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Sdk getSdk() {
			return this.sdk;
		}

		public Advice getAdvice() {
			return this.advice;
		}

		public long getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(long maxRetries) {
			if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
				throw AllowedValues.invalid("codex.retry.max-retries", maxRetries,
						"must be a whole number between 0 and " + MAX_RETRIES_LIMIT);
			}
			if (this.maxAttemptsSet) {
				throw bothSet("codex.retry.max-attempts", this.maxRetries + 1, "codex.retry.max-retries",
						"max-retries = max-attempts - 1");
			}
			this.maxRetries = maxRetries;
			this.maxRetriesSet = true;
		}

		/**
		 * Total number of attempts, the first one included: {@code max-retries + 1}.
		 * @return the attempts
		 * @deprecated since 0.1.0 for removal, in favour of {@link #getMaxRetries()} (which counts retries only)
		 */
		@Deprecated(since = "0.1.0", forRemoval = true)
		@DeprecatedConfigurationProperty(replacement = "codex.retry.max-retries",
				reason = "Spring's name; max-retries counts the retries only (max-attempts - 1)", since = "0.1.0")
		public int getMaxAttempts() {
			return (int) (this.maxRetries + 1);
		}

		/**
		 * Sets {@code max-retries} to {@code maxAttempts - 1}.
		 * @param maxAttempts total attempts, at least 1
		 * @deprecated since 0.1.0 for removal, in favour of {@link #setMaxRetries(long)}
		 */
		@Deprecated(since = "0.1.0", forRemoval = true)
		public void setMaxAttempts(int maxAttempts) {
			if (maxAttempts < 1) {
				throw AllowedValues.invalid("codex.retry.max-attempts", maxAttempts, "must be at least 1");
			}
			if (this.maxRetriesSet) {
				throw bothSet("codex.retry.max-attempts", maxAttempts, "codex.retry.max-retries",
						"max-retries = max-attempts - 1");
			}
			this.maxRetries = maxAttempts - 1L;
			this.maxAttemptsSet = true;
		}

		public Duration getDelay() {
			return this.delay;
		}

		public void setDelay(Duration delay) {
			Duration checked = AllowedValues.notNegative("codex.retry.delay", delay);
			if (this.initialDelaySet) {
				throw bothSet("codex.retry.initial-delay", this.delay, "codex.retry.delay", "the same duration");
			}
			this.delay = checked;
			this.delaySet = true;
		}

		/**
		 * Delay before the second attempt.
		 * @return the delay
		 * @deprecated since 0.1.0 for removal, in favour of {@link #getDelay()}
		 */
		@Deprecated(since = "0.1.0", forRemoval = true)
		@DeprecatedConfigurationProperty(replacement = "codex.retry.delay", reason = "Spring's name", since = "0.1.0")
		public Duration getInitialDelay() {
			return this.delay;
		}

		/**
		 * Sets {@code delay}.
		 * @param initialDelay the delay before the second attempt
		 * @deprecated since 0.1.0 for removal, in favour of {@link #setDelay(Duration)}
		 */
		@Deprecated(since = "0.1.0", forRemoval = true)
		public void setInitialDelay(Duration initialDelay) {
			Duration checked = AllowedValues.notNegative("codex.retry.initial-delay", initialDelay);
			if (this.delaySet) {
				throw bothSet("codex.retry.initial-delay", initialDelay, "codex.retry.delay", "the same duration");
			}
			this.delay = checked;
			this.initialDelaySet = true;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
				throw AllowedValues.invalid("codex.retry.multiplier", multiplier, "must be a number of at least 1.0");
			}
			this.multiplier = multiplier;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			this.maxDelay = AllowedValues.notNegative("codex.retry.max-delay", maxDelay);
		}

		/**
		 * The jitter as set; {@code null} when not set (a fifth of the delay applies, see {@link #jitterOrDefault()}).
		 * @return the jitter or {@code null}
		 */
		public Duration getJitter() {
			return this.jitter;
		}

		public void setJitter(Duration jitter) {
			this.jitter = (jitter != null) ? AllowedValues.notNegative("codex.retry.jitter", jitter) : null;
		}

		/**
		 * The jitter that applies: {@link #getJitter()}, or a fifth of {@link #getDelay()} when not set.
		 * @return the effective jitter
		 */
		public Duration jitterOrDefault() {
			return (this.jitter != null) ? this.jitter : this.delay.dividedBy(5);
		}

		private static RuntimeException bothSet(String alias, Object value, String replacement, String conversion) {
			return AllowedValues.invalid(alias, value, "is the deprecated alias of " + replacement
					+ ", which is set too: keep only " + replacement + " (" + conversion + ")");
		}

		/** The largest {@code max-retries}: the SDK counts attempts in an {@code int}. */
		static final long MAX_RETRIES_LIMIT = Integer.MAX_VALUE - 1L;

		/** The SDK's own retry of single requests ({@code codex.retry.sdk.*}). */
		public static class Sdk {

			/**
			 * Whether the SDK retries single requests the server rejects as overloaded (JSON-RPC -32001) by itself.
			 * false sets RetryPolicy.none(); the @RetryOnOverload advice stays.
			 */
			private boolean enabled = true;

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

		}

		/** The {@code @RetryOnOverload} advice ({@code codex.retry.advice.*}). */
		public static class Advice {

			/**
			 * Whether to apply the @RetryOnOverload advice. false removes it; the SDK's own retry stays.
			 */
			private boolean enabled = true;

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

		}

	}

	/** How server requests (command and file-change approvals) are answered when no handler bean is defined. */
	public static class Approvals {

		// documented in additional-spring-configuration-metadata.json ('default' cannot be a field name)
		private Decision defaultDecision = Decision.DECLINE;

		/**
		 * Most threads that run the approval handler at once. Further approval, user-input and elicitation requests
		 * wait in a queue, in arrival order; their timeout counts from their arrival.
		 */
		private int handlerThreads = 16;

		/**
		 * How long a server request (approval, permissions, user input, elicitation, ...) may wait for the handler,
		 * counted from its arrival. Then the safe answer is sent (decline, no permissions, no answers, cancel, or an
		 * error for other requests), a warning is logged, and a later answer from the handler is dropped. 0 for no
		 * limit.
		 */
		private Duration timeout = Duration.ofMinutes(5);

		public Decision getDefault() {
			return this.defaultDecision;
		}

		public void setDefault(Decision defaultDecision) {
			this.defaultDecision = (defaultDecision != null) ? defaultDecision : Decision.DECLINE;
		}

		public int getHandlerThreads() {
			return this.handlerThreads;
		}

		public void setHandlerThreads(int handlerThreads) {
			if (handlerThreads < 1 || handlerThreads > 1024) {
				throw AllowedValues.invalid("codex.approvals.handler-threads", handlerThreads,
						"must be between 1 and 1024");
			}
			this.handlerThreads = handlerThreads;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = AllowedValues.notNegative("codex.approvals.timeout", timeout);
		}

		/** The answer to command and file-change approval requests. */
		public enum Decision {

			/** Decline everything (safe default). */
			DECLINE,
			/** Accept every command and file change; refuse everything else. For trusted, sandboxed automation. */
			ACCEPT

		}

	}

	/** How the app-server process follows the application context's lifecycle. */
	public static class Lifecycle {

		/**
		 * Whether to start the app-server when the application context starts.
		 */
		private boolean autoStartup = true;

		/**
		 * Lifecycle phase: the app-server starts before and stops after beans with a higher phase (such as the
		 * embedded web server).
		 */
		private int phase = CodexLifecycle.DEFAULT_PHASE;

		/**
		 * Whether the context start waits for the app-server's handshake (and fails if it fails). When false, the
		 * app-server starts in the background, calls made meanwhile wait for the handshake (up to the start-up
		 * timeout), and failures are reported through the health indicator.
		 */
		private boolean waitForStartup = true;

		public boolean isAutoStartup() {
			return this.autoStartup;
		}

		public void setAutoStartup(boolean autoStartup) {
			this.autoStartup = autoStartup;
		}

		public int getPhase() {
			return this.phase;
		}

		public void setPhase(int phase) {
			this.phase = phase;
		}

		public boolean isWaitForStartup() {
			return this.waitForStartup;
		}

		public void setWaitForStartup(boolean waitForStartup) {
			this.waitForStartup = waitForStartup;
		}

	}

	/** What happens when the app-server exits unexpectedly (crash, kill -9, OOM kill). */
	public static class Supervision {

		/**
		 * Whether to restart the app-server after an unexpected exit (threads resume themselves on their next turn).
		 */
		private boolean enabled = true;

		/**
		 * Restarts allowed within the window; after that the client stays down (health DOWN) until restarted.
		 */
		private int maxRestarts = 5;

		/**
		 * Sliding window for max-restarts.
		 */
		private Duration window = Duration.ofMinutes(1);

		/**
		 * Delay before the first restart attempt; doubles for each failed attempt.
		 */
		private Duration initialDelay = Duration.ofMillis(200);

		/**
		 * Largest delay between restart attempts.
		 */
		private Duration maxDelay = Duration.ofSeconds(10);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxRestarts() {
			return this.maxRestarts;
		}

		public void setMaxRestarts(int maxRestarts) {
			if (maxRestarts < 0) {
				throw AllowedValues.invalid("codex.supervision.max-restarts", maxRestarts, "must not be negative");
			}
			this.maxRestarts = maxRestarts;
		}

		public Duration getWindow() {
			return this.window;
		}

		public void setWindow(Duration window) {
			if (window == null || window.isZero() || window.isNegative()) {
				throw AllowedValues.invalid("codex.supervision.window", window, "must be a positive duration");
			}
			this.window = window;
		}

		public Duration getInitialDelay() {
			return this.initialDelay;
		}

		public void setInitialDelay(Duration initialDelay) {
			if (initialDelay == null || initialDelay.isNegative()) {
				throw AllowedValues.invalid("codex.supervision.initial-delay", initialDelay,
						"must not be negative");
			}
			this.initialDelay = initialDelay;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			if (maxDelay == null || maxDelay.isNegative()) {
				throw AllowedValues.invalid("codex.supervision.max-delay", maxDelay, "must not be negative");
			}
			this.maxDelay = maxDelay;
		}

	}

	/** Background probes that notice an app-server that is alive but no longer answers. */
	public static class Liveness {

		/**
		 * How often to probe the app-server with a cheap request; 0 turns probing off.
		 */
		private Duration probeInterval = Duration.ofSeconds(30);

		/**
		 * How long one probe waits for the answer.
		 */
		private Duration probeTimeout = Duration.ofSeconds(5);

		/**
		 * Consecutive failed probes after which the app-server is reported DOWN.
		 */
		private int failureThreshold = 3;

		/**
		 * Whether to restart the app-server once it is reported DOWN by the probes.
		 */
		private boolean restartWhenUnresponsive = false;

		public Duration getProbeInterval() {
			return this.probeInterval;
		}

		public void setProbeInterval(Duration probeInterval) {
			if (probeInterval == null || probeInterval.isNegative()) {
				throw AllowedValues.invalid("codex.liveness.probe-interval", probeInterval,
						"must be zero (off) or a positive duration");
			}
			this.probeInterval = probeInterval;
		}

		public Duration getProbeTimeout() {
			return this.probeTimeout;
		}

		public void setProbeTimeout(Duration probeTimeout) {
			if (probeTimeout == null || probeTimeout.isZero() || probeTimeout.isNegative()) {
				throw AllowedValues.invalid("codex.liveness.probe-timeout", probeTimeout, "must be a positive duration");
			}
			this.probeTimeout = probeTimeout;
		}

		public int getFailureThreshold() {
			return this.failureThreshold;
		}

		public void setFailureThreshold(int failureThreshold) {
			if (failureThreshold < 1) {
				throw AllowedValues.invalid("codex.liveness.failure-threshold", failureThreshold, "must be at least 1");
			}
			this.failureThreshold = failureThreshold;
		}

		public boolean isRestartWhenUnresponsive() {
			return this.restartWhenUnresponsive;
		}

		public void setRestartWhenUnresponsive(boolean restartWhenUnresponsive) {
			this.restartWhenUnresponsive = restartWhenUnresponsive;
		}

	}


	/** The app-servers the application starts as its own child processes. */
	public static class Local {

		/**
		 * Number of local app-server children, named local-1 to local-N. When not set: 1 if codex.servers is empty
		 * (the single default app-server), else 0. More than one child, or children next to codex.servers, form a
		 * pool behind the one Codex bean.
		 */
		private Integer instances;

		public Integer getInstances() {
			return this.instances;
		}

		public void setInstances(Integer instances) {
			if (instances != null && (instances < 0 || instances > MAX_LOCAL_INSTANCES)) {
				throw AllowedValues.invalid("codex.local.instances", instances,
						"must be between 0 and " + MAX_LOCAL_INSTANCES);
			}
			this.instances = instances;
		}

	}

	/** Dev mode: turns answered offline by the testkit's scripted mock model (never for production). */
	public static class Dev {

		/**
		 * Whether the app-server talks to the testkit's scripted mock model instead of a real one (dev mode; needs
		 * dev.codexjava:codex-testkit on the class path). Sets a throwaway CODEX_HOME pointing at a loopback mock of
		 * the Responses API, so turns answer offline with codex.dev.mock-reply. Logs a warning at start-up.
		 */
		private boolean mockModel = false;

		/** The answer of every turn in dev mode (codex.dev.mock-model=true). */
		private String mockReply = "Hello from Codex dev mode (codex.dev.mock-model=true): a scripted answer, no model was called.";

		public boolean isMockModel() {
			return this.mockModel;
		}

		public void setMockModel(boolean mockModel) {
			this.mockModel = mockModel;
		}

		public String getMockReply() {
			return this.mockReply;
		}

		public void setMockReply(String mockReply) {
			this.mockReply = mockReply;
		}

	}

	/** The most local children {@code codex.local.instances} accepts. */
	static final int MAX_LOCAL_INSTANCES = 64;

	/**
	 * A running app-server the client connects to ({@code codex app-server --listen ws://IP:PORT} or
	 * {@code unix://PATH}). It is never started or stopped by the application; a dropped connection is re-established
	 * with backoff. Validated when the client's configuration is built, with the element's index in the message.
	 */
	public static class Server {

		/**
		 * Name of the server in health details, metric tags (codex.server) and logs: letters, digits, '.', '_' and
		 * '-'. Defaults to remote-N (N = index + 1).
		 */
		private String name;

		/**
		 * URL of the app-server: ws://HOST:PORT, wss://HOST:PORT or unix://PATH. Never put credentials in it.
		 */
		private String url;

		/**
		 * File holding the capability token (the server's --ws-auth capability-token --ws-token-file). Read on every
		 * connection, so a rotated token is used on the next reconnect.
		 */
		private Path tokenFile;

		/**
		 * Whether a token may be sent over plain ws:// to a host that is not loopback (anyone on the path can read
		 * it). Prefer wss:// or an SSH tunnel to 127.0.0.1.
		 */
		private boolean allowCredentialsInClear = false;

		/**
		 * Name of an SSL bundle (spring.ssl.bundle.*) whose trust material is used for wss:// instead of the JDK's
		 * defaults.
		 */
		private String sslBundle;

		private final Jwt jwt = new Jwt();

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public Path getTokenFile() {
			return this.tokenFile;
		}

		public void setTokenFile(Path tokenFile) {
			this.tokenFile = tokenFile;
		}

		public boolean isAllowCredentialsInClear() {
			return this.allowCredentialsInClear;
		}

		public void setAllowCredentialsInClear(boolean allowCredentialsInClear) {
			this.allowCredentialsInClear = allowCredentialsInClear;
		}

		public String getSslBundle() {
			return this.sslBundle;
		}

		public void setSslBundle(String sslBundle) {
			this.sslBundle = sslBundle;
		}

		public Jwt getJwt() {
			return this.jwt;
		}

	}

	/**
	 * Signed bearer tokens for a remote server started with {@code --ws-auth signed-bearer-token}: an HS256 JWT minted
	 * for every connection.
	 */
	public static class Jwt {

		/**
		 * File holding the shared secret (the server's --ws-shared-secret-file; at least 32 bytes).
		 */
		private Path secretFile;

		/**
		 * Issuer (iss) of the minted tokens; must match the server's --ws-issuer.
		 */
		private String issuer;

		/**
		 * Audience (aud) of the minted tokens; must match the server's --ws-audience.
		 */
		private String audience;

		/**
		 * Lifetime of each minted token (exp = now + lifetime).
		 */
		private Duration tokenLifetime = Duration.ofMinutes(5);

		public Path getSecretFile() {
			return this.secretFile;
		}

		public void setSecretFile(Path secretFile) {
			this.secretFile = secretFile;
		}

		public String getIssuer() {
			return this.issuer;
		}

		public void setIssuer(String issuer) {
			this.issuer = issuer;
		}

		public String getAudience() {
			return this.audience;
		}

		public void setAudience(String audience) {
			this.audience = audience;
		}

		public Duration getTokenLifetime() {
			return this.tokenLifetime;
		}

		public void setTokenLifetime(Duration tokenLifetime) {
			this.tokenLifetime = tokenLifetime;
		}

	}

}
