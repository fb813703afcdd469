package dev.codexjava.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.codexjava.transport.RemoteEndpoint;
import dev.codexjava.transport.StdioProcessTransport;

/**
 * How to launch and talk to the Codex app-server: which binary (or launch command), which {@code CODEX_HOME},
 * environment, {@code --config} overrides, or instead a running remote app-server ({@link #endpoint()}), client
 * identity, timeouts, retry and approval handling. Immutable; build with
 * {@link #builder()}. {@link #toString()} never shows environment values or the API key.
 */
public final class CodexConfig {

	/** The default of {@link Builder#approvalThreads(int)}. */
	public static final int DEFAULT_APPROVAL_THREADS = 16;

	/** The default of {@link Builder#approvalTimeout(Duration)}. */
	public static final Duration DEFAULT_APPROVAL_TIMEOUT = Duration.ofMinutes(5);

	/** The default client name sent in {@code initialize}. */
	public static final String DEFAULT_CLIENT_NAME = "codex_java_sdk";

	/** The default {@link Builder#modelUnreachableTimeout(Duration)}: 15 s. */
	public static final Duration DEFAULT_MODEL_UNREACHABLE_TIMEOUT = Duration.ofSeconds(15);

	private final Path codexBinary;

	private final Path codexHome;

	private final Path workingDirectory;

	private final Map<String, String> environment;

	private final boolean inheritEnvironment;

	private final List<ConfigOverride> configEntries;

	private final List<String> configOverrides;

	private final String clientName;

	private final String clientTitle;

	private final String clientVersion;

	private final boolean experimentalApi;

	private final Set<String> optOutNotificationMethods;

	private final Duration startupTimeout;

	private final Duration requestTimeout;

	private final Duration turnTimeout;

	private final Duration modelUnreachableTimeout;

	private final Duration shutdownTimeout;

	private final RetryPolicy retryPolicy;

	private final ApprovalHandler approvalHandler;

	private final int approvalThreads;

	private final Duration approvalTimeout;

	private final List<CodexListener> listeners;

	private final int streamBufferCapacity;

	private final int maxMessageBytes;

	private final String apiKey;

	private final SupervisionPolicy supervision;

	private final Set<String> inheritedVariables;

	private final boolean shutdownHook;

	private final RemoteEndpoint endpoint;

	private final List<String> launchCommand;

	private final List<CodexServer> servers;

	private final java.util.function.Function<String, CodexListener> serverListeners;

	private final boolean sharedThreadStorage;

	private CodexConfig(Builder b) {
		this.codexBinary = b.codexBinary;
		this.codexHome = b.codexHome;
		this.workingDirectory = b.workingDirectory;
		this.environment = Map.copyOf(b.environment);
		this.inheritEnvironment = b.inheritEnvironment;
		this.configEntries = b.configOverrides.items();
		this.configOverrides = b.configOverrides.rendered();
		this.clientName = b.clientName;
		this.clientTitle = b.clientTitle;
		this.clientVersion = b.clientVersion;
		this.experimentalApi = b.experimentalApi;
		this.optOutNotificationMethods = Set.copyOf(b.optOutNotificationMethods);
		this.startupTimeout = b.startupTimeout;
		this.requestTimeout = b.requestTimeout;
		this.turnTimeout = b.turnTimeout;
		this.modelUnreachableTimeout = b.modelUnreachableTimeout;
		this.shutdownTimeout = b.shutdownTimeout;
		this.retryPolicy = b.retryPolicy;
		this.approvalHandler = b.approvalHandler;
		this.approvalThreads = b.approvalThreads;
		this.approvalTimeout = b.approvalTimeout;
		this.listeners = List.copyOf(b.listeners);
		this.streamBufferCapacity = b.streamBufferCapacity;
		this.maxMessageBytes = b.maxMessageBytes;
		this.apiKey = b.apiKey;
		this.supervision = b.supervision;
		this.inheritedVariables = (b.inheritedVariables != null) ? Set.copyOf(b.inheritedVariables) : null;
		this.shutdownHook = b.shutdownHook;
		this.endpoint = b.endpoint;
		this.launchCommand = (b.launchCommand != null) ? List.copyOf(b.launchCommand) : null;
		this.servers = List.copyOf(b.servers);
		this.serverListeners = b.serverListeners;
		this.sharedThreadStorage = b.sharedThreadStorage;
	}

	/** A builder with the defaults. */
	public static Builder builder() {
		return new Builder();
	}

	/** A builder with this configuration's values. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.codexBinary = this.codexBinary;
		b.codexHome = this.codexHome;
		b.workingDirectory = this.workingDirectory;
		b.environment.putAll(this.environment);
		b.inheritEnvironment = this.inheritEnvironment;
		b.configOverrides = new ConfigOverrides(this.configEntries);
		b.clientName = this.clientName;
		b.clientTitle = this.clientTitle;
		b.clientVersion = this.clientVersion;
		b.experimentalApi = this.experimentalApi;
		b.optOutNotificationMethods.addAll(this.optOutNotificationMethods);
		b.startupTimeout = this.startupTimeout;
		b.requestTimeout = this.requestTimeout;
		b.turnTimeout = this.turnTimeout;
		b.modelUnreachableTimeout = this.modelUnreachableTimeout;
		b.shutdownTimeout = this.shutdownTimeout;
		b.retryPolicy = this.retryPolicy;
		b.approvalHandler = this.approvalHandler;
		b.approvalThreads = this.approvalThreads;
		b.approvalTimeout = this.approvalTimeout;
		b.listeners.addAll(this.listeners);
		b.streamBufferCapacity = this.streamBufferCapacity;
		b.maxMessageBytes = this.maxMessageBytes;
		b.apiKey = this.apiKey;
		b.supervision = this.supervision;
		b.inheritedVariables = (this.inheritedVariables != null) ? new LinkedHashSet<>(this.inheritedVariables) : null;
		b.shutdownHook = this.shutdownHook;
		b.endpoint = this.endpoint;
		b.launchCommand = (this.launchCommand != null) ? new ArrayList<>(this.launchCommand) : null;
		b.servers.addAll(this.servers);
		b.serverListeners = this.serverListeners;
		b.sharedThreadStorage = this.sharedThreadStorage;
		return b;
	}

	/**
	 * The app-servers this client fronts (a pool), in order; empty (the default) for one server: the
	 * {@link #endpoint()} if set, else a local child process, named {@code "default"} in {@link Codex#servers()}.
	 * See {@code docs/pool.md}.
	 */
	public List<CodexServer> servers() {
		return this.servers;
	}

	/**
	 * Gives each server its own listener: called once per server with its name when the client starts; that listener
	 * receives only that server's events (the {@link #listeners()} receive every server's). {@code null} for none.
	 */
	public java.util.function.@Nullable Function<String, CodexListener> serverListeners() {
		return this.serverListeners;
	}

	/**
	 * Whether the servers of a pool share thread storage (one {@code CODEX_HOME} sessions directory), so that a
	 * thread of a server that is down may be resumed on another one (default {@code false}: calls on it fail with
	 * {@link dev.codexjava.error.ServerUnavailableException} until its server is back). See {@code docs/pool.md}.
	 */
	public boolean sharedThreadStorage() {
		return this.sharedThreadStorage;
	}

	/**
	 * The running app-server to connect to instead of starting a child process, or {@code null} (the default: a
	 * child over stdio). Experimental, like the binary's WebSocket transport. The client never starts or stops a
	 * remote server; supervision reconnects a dropped connection.
	 */
	public @Nullable RemoteEndpoint endpoint() {
		return this.endpoint;
	}

	/**
	 * The command that runs the app-server over stdio instead of {@code <codexBinary> app-server}, or {@code null};
	 * the {@code --config} overrides are appended to it.
	 */
	public @Nullable List<String> launchCommand() {
		return this.launchCommand;
	}

	/**
	 * The only variables of this JVM's environment the child inherits, or {@code null} when it inherits all of them
	 * (see {@link #inheritEnvironment()}).
	 */
	public @Nullable Set<String> inheritedVariables() {
		return this.inheritedVariables;
	}

	/**
	 * Whether the client registers a JVM shutdown hook that closes it when the JVM exits without closing it (default
	 * {@code true}; the Spring Boot starter turns it off and closes the client with the application context).
	 */
	public boolean shutdownHook() {
		return this.shutdownHook;
	}

	/** What happens when the app-server exits unexpectedly. */
	public SupervisionPolicy supervision() {
		return this.supervision;
	}

	/** The explicit binary, or {@code null} to resolve {@code CODEX_BIN} / {@code PATH}. */
	public @Nullable Path codexBinary() {
		return this.codexBinary;
	}

	/** The {@code CODEX_HOME} for the child, or {@code null} to inherit. */
	public @Nullable Path codexHome() {
		return this.codexHome;
	}

	/** The child's working directory, or {@code null} to inherit. */
	public @Nullable Path workingDirectory() {
		return this.workingDirectory;
	}

	/** Extra environment variables for the child. */
	public Map<String, String> environment() {
		return this.environment;
	}

	/** Whether the child starts from this JVM's environment (default {@code true}). */
	public boolean inheritEnvironment() {
		return this.inheritEnvironment;
	}

	/** The {@code --config key=value} overrides, in order. */
	public List<String> configOverrides() {
		return this.configOverrides;
	}

	/** {@code clientInfo.name}. */
	public String clientName() {
		return this.clientName;
	}

	/** {@code clientInfo.title}. */
	public String clientTitle() {
		return this.clientTitle;
	}

	/** {@code clientInfo.version}. */
	public String clientVersion() {
		return this.clientVersion;
	}

	/** Whether experimental API methods and fields are enabled. */
	public boolean experimentalApi() {
		return this.experimentalApi;
	}

	/** Notification methods the server should not send on this connection. */
	public Set<String> optOutNotificationMethods() {
		return this.optOutNotificationMethods;
	}

	/** Limit for spawning the process plus the handshake. */
	public Duration startupTimeout() {
		return this.startupTimeout;
	}

	/** Limit for each request's response. */
	public Duration requestTimeout() {
		return this.requestTimeout;
	}

	/** Limit for a whole turn, or {@code null} for none. */
	public @Nullable Duration turnTimeout() {
		return this.turnTimeout;
	}

	/**
	 * How long the server may keep reporting that it cannot reach the model before the turn fails with
	 * {@link dev.codexjava.error.ModelUnreachableException} (checked at each report), or {@code null} to wait for the
	 * turn timeout.
	 */
	public @Nullable Duration modelUnreachableTimeout() {
		return this.modelUnreachableTimeout;
	}

	/** Grace period for the process to exit after end of input on close. */
	public Duration shutdownTimeout() {
		return this.shutdownTimeout;
	}

	/** Automatic retry of overloaded requests. */
	public RetryPolicy retryPolicy() {
		return this.retryPolicy;
	}

	/** Answers server requests (approvals...); declines everything by default. */
	public ApprovalHandler approvalHandler() {
		return this.approvalHandler;
	}

	/**
	 * The most threads that run {@link ApprovalHandler} calls at once; further server requests wait in a queue (their
	 * {@link #approvalTimeout()} keeps counting).
	 */
	public int approvalThreads() {
		return this.approvalThreads;
	}

	/**
	 * How long a server request may wait for its handler's answer, counted from its arrival, before the safe answer is
	 * sent (decline, deny, cancel, or an error); {@code null} for no limit.
	 */
	public @Nullable Duration approvalTimeout() {
		return this.approvalTimeout;
	}

	/** Observers of the client. */
	public List<CodexListener> listeners() {
		return this.listeners;
	}

	/** Events buffered per streamed turn before deltas are dropped for a slow consumer. */
	public int streamBufferCapacity() {
		return this.streamBufferCapacity;
	}

	/** The largest message accepted from the server; longer lines are skipped. */
	public int maxMessageBytes() {
		return this.maxMessageBytes;
	}

	/** Whether an API key is configured (the key itself is not exposed). */
	public boolean hasApiKey() {
		return this.apiKey != null;
	}

	String apiKey() {
		return this.apiKey;
	}

	@Override
	public String toString() {
		return "CodexConfig[codexBinary=" + this.codexBinary + ", codexHome=" + this.codexHome + ", workingDirectory="
				+ this.workingDirectory + ", environmentKeys=" + this.environment.keySet() + ", configOverrides="
				+ this.configOverrides.size() + ", clientName=" + this.clientName + ", experimentalApi="
				+ this.experimentalApi + ", startupTimeout=" + this.startupTimeout + ", requestTimeout="
				+ this.requestTimeout + ", turnTimeout=" + this.turnTimeout + ", shutdownTimeout="
				+ this.shutdownTimeout + ", retryPolicy=" + this.retryPolicy + ", approvalThreads=" + this.approvalThreads
				+ ", approvalTimeout=" + this.approvalTimeout + ", modelUnreachableTimeout="
				+ this.modelUnreachableTimeout + ", shutdownHook=" + this.shutdownHook + ", apiKey="
				+ (this.apiKey != null ? "******" : "none")
				+ ((this.endpoint != null) ? ", endpoint=" + this.endpoint : "")
				+ ((this.launchCommand != null) ? ", launchCommand=" + this.launchCommand.get(0) + " ("
						+ this.launchCommand.size() + " words)" : "")
				+ (this.servers.isEmpty() ? ""
						: ", servers=" + this.servers.stream().map(CodexServer::name).toList()
								+ ", sharedThreadStorage=" + this.sharedThreadStorage)
				+ "]";
	}

	/** Builds {@link CodexConfig}. */
	public static final class Builder {

		private Path codexBinary;

		private Path codexHome;

		private Path workingDirectory;

		private final Map<String, String> environment = new LinkedHashMap<>();

		private boolean inheritEnvironment = true;

		private ConfigOverrides configOverrides = new ConfigOverrides();

		private String clientName = DEFAULT_CLIENT_NAME;

		private String clientTitle = "Codex Java SDK";

		private String clientVersion = SdkBuildInfo.sdkVersion();

		private boolean experimentalApi;

		private final Set<String> optOutNotificationMethods = new LinkedHashSet<>();

		private Duration startupTimeout = Duration.ofSeconds(30);

		private Duration requestTimeout = Duration.ofSeconds(60);

		private Duration turnTimeout = Duration.ofMinutes(30);

		private Duration modelUnreachableTimeout = DEFAULT_MODEL_UNREACHABLE_TIMEOUT;

		private Duration shutdownTimeout = Duration.ofSeconds(5);

		private RetryPolicy retryPolicy = RetryPolicy.defaults();

		private ApprovalHandler approvalHandler = ApprovalHandler.DECLINE_ALL;

		private int approvalThreads = DEFAULT_APPROVAL_THREADS;

		private Duration approvalTimeout = DEFAULT_APPROVAL_TIMEOUT;

		private final List<CodexListener> listeners = new ArrayList<>();

		private int streamBufferCapacity = 4096;

		private int maxMessageBytes = StdioProcessTransport.DEFAULT_MAX_LINE_BYTES;

		private String apiKey;

		private SupervisionPolicy supervision = SupervisionPolicy.defaults();

		private Set<String> inheritedVariables;

		private boolean shutdownHook = true;

		private RemoteEndpoint endpoint;

		private List<String> launchCommand;

		private final List<CodexServer> servers = new ArrayList<>();

		private java.util.function.Function<String, CodexListener> serverListeners;

		private boolean sharedThreadStorage;

		private Builder() {
		}

		/**
		 * Fronts several app-servers with this one client (a pool): local child processes and remote endpoints in any
		 * mix. A new thread goes to the up server with the fewest active turns (ties round-robin) and stays there.
		 * Empty (the default) means one server: {@link #endpoint} if set, else a local child. Not together with
		 * {@link #endpoint}: a remote member is {@link CodexServer#remote}.
		 * @throws IllegalArgumentException if two servers share a name
		 */
		public Builder servers(List<CodexServer> servers) {
			Objects.requireNonNull(servers, "servers");
			Set<String> names = new java.util.HashSet<>();
			for (CodexServer server : servers) {
				Objects.requireNonNull(server, "servers must not contain null");
				if (!names.add(server.name())) {
					throw new IllegalArgumentException("Duplicate server name '" + server.name()
							+ "': server names must be unique within a configuration");
				}
			}
			this.servers.clear();
			this.servers.addAll(servers);
			return this;
		}

		/** Like {@link #servers(List)}. */
		public Builder servers(CodexServer... servers) {
			return servers(List.of(servers));
		}

		/**
		 * A listener per server: {@code factory} is called once per server with the server's name when the client
		 * starts, and that listener receives only that server's events (e.g. for a metric tag {@code server}).
		 * {@code null} for none. A factory that returns {@code null} gives that server no extra listener.
		 */
		public Builder serverListeners(java.util.function.@Nullable Function<String, CodexListener> factory) {
			this.serverListeners = factory;
			return this;
		}

		/**
		 * Declares that the servers of a pool share thread storage (the same {@code CODEX_HOME} sessions), so a thread
		 * whose server is down is resumed on another up server (default {@code false}). Only set it when that is true:
		 * see {@code docs/pool.md} for what the binary supports.
		 */
		public Builder sharedThreadStorage(boolean shared) {
			this.sharedThreadStorage = shared;
			return this;
		}

		/**
		 * Whether the started client registers a JVM shutdown hook that closes it (and stops the app-server) when the
		 * JVM exits without {@code close()} (default {@code true}). Turn it off when something else closes the client
		 * on shutdown, such as a framework's lifecycle: the hook runs in parallel with other shutdown hooks and would
		 * end turns that the framework still lets finish.
		 */
		public Builder shutdownHook(boolean shutdownHook) {
			this.shutdownHook = shutdownHook;
			return this;
		}

		/**
		 * Connects to a running app-server ({@code ws://}, {@code wss://} or {@code unix://}) instead of starting a
		 * child process; {@code null} restores the default. Experimental, like the binary's own WebSocket transport.
		 * The binary, home, environment, working directory and {@code --config} settings do not apply: they belong to
		 * whoever runs that server.
		 */
		public Builder endpoint(@Nullable RemoteEndpoint endpoint) {
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * Runs the app-server through this command over stdio instead of {@code <codexBinary> app-server}, e.g.
		 * {@code docker run -i --rm IMAGE codex app-server}, {@code kubectl exec -i POD -- codex app-server} or
		 * {@code ssh HOST codex app-server} (the Python SDK's {@code launch_args_override}). The {@code --config}
		 * overrides are appended; the environment and working directory apply to this command, not to a process it
		 * starts elsewhere. Closing the client stops the command's process tree. {@code null} restores the default.
		 */
		public Builder launchCommand(@Nullable List<String> command) {
			if (command == null) {
				this.launchCommand = null;
				return this;
			}
			if (command.isEmpty()) {
				throw new IllegalArgumentException("launchCommand must not be empty");
			}
			for (String word : command) {
				requireText(word, "launchCommand word");
			}
			this.launchCommand = new ArrayList<>(command);
			return this;
		}

		/** Like {@link #launchCommand(List)}. */
		public Builder launchCommand(String... command) {
			return launchCommand(List.of(command));
		}

		/**
		 * Passes only these variables of this JVM's environment to the child (an allow-list, e.g. {@code PATH},
		 * {@code HOME}, {@code LANG}), plus those set with {@link #env} and {@code CODEX_HOME}. Keeps secrets of the
		 * host process (database passwords, cloud credentials) away from the agent's shell commands.
		 */
		public Builder inheritOnly(String... names) {
			this.inheritedVariables = new LinkedHashSet<>();
			for (String name : names) {
				this.inheritedVariables.add(requireText(name, "environment variable name"));
			}
			this.inheritEnvironment = false;
			return this;
		}

		/**
		 * Restart policy for unexpected exits (default: up to 5 restarts a minute);
		 * {@link SupervisionPolicy#disabled()} turns it off.
		 */
		public Builder supervision(SupervisionPolicy supervision) {
			this.supervision = Objects.requireNonNull(supervision, "supervision");
			return this;
		}

		/** The Codex executable (the native binary is preferred over the npm wrapper). */
		public Builder codexBinary(@Nullable Path codexBinary) {
			this.codexBinary = codexBinary;
			return this;
		}

		/** {@code CODEX_HOME} for the child (config.toml, auth, sessions). */
		public Builder codexHome(@Nullable Path codexHome) {
			this.codexHome = codexHome;
			return this;
		}

		/** The child's working directory (also the default cwd of new threads). */
		public Builder workingDirectory(@Nullable Path workingDirectory) {
			this.workingDirectory = workingDirectory;
			return this;
		}

		/** Sets an environment variable for the child. */
		public Builder env(String name, String value) {
			if (name == null || name.isBlank() || name.contains("=")) {
				throw new IllegalArgumentException("invalid environment variable name: '" + name + "'");
			}
			this.environment.put(name, Objects.requireNonNull(value, () -> "value of environment variable " + name));
			return this;
		}

		/** Sets several environment variables. */
		public Builder env(Map<String, String> variables) {
			variables.forEach(this::env);
			return this;
		}

		/**
		 * Whether the child inherits this JVM's environment (default {@code true}). With {@code false} it sees only the
		 * variables given with {@link #env}, plus {@code CODEX_HOME} and this JVM's {@code PATH} (unless {@code env}
		 * sets one), which the app-server needs to run shells.
		 */
		public Builder inheritEnvironment(boolean inheritEnvironment) {
			this.inheritEnvironment = inheritEnvironment;
			if (inheritEnvironment) {
				this.inheritedVariables = null;
			}
			return this;
		}

		/**
		 * A {@code --config} override; the value is written as a TOML literal: strings quoted, numbers, booleans,
		 * lists, and nested maps flattened to dotted keys ({@code config("features", Map.of("plugins", false))} gives
		 * {@code features.plugins=false}). {@code key} must be a dotted path of bare keys (letters, digits, {@code _},
		 * {@code -}): the app-server splits keys on every {@code .} and does not read quotes. A nested map with other
		 * keys (paths, dotted names) is passed whole as an inline table under its bare parent
		 * ({@code config("projects", Map.of("/srv/ws", Map.of("trust_level", "trusted")))} gives
		 * {@code projects={ "/srv/ws" = { trust_level = "trusted" } }}), merged with the earlier {@code config} values
		 * it would otherwise replace.
		 * @throws IllegalArgumentException naming the key if the key or a value cannot be passed
		 */
		public Builder config(String key, Object value) {
			this.configOverrides.add(key, value);
			return this;
		}

		/**
		 * A raw {@code key=value} override, the value already in TOML. The key must be a dotted path of bare keys, as
		 * for {@link #config(String, Object)}; use an inline table value for keys with other characters.
		 * @throws IllegalArgumentException naming the key otherwise
		 */
		public Builder rawConfig(String keyEqualsValue) {
			this.configOverrides.addRaw(keyEqualsValue);
			return this;
		}

		/** {@code clientInfo.name}: identifies the integration to the server (and in the user agent). */
		public Builder clientName(String clientName) {
			this.clientName = requireText(clientName, "clientName");
			return this;
		}

		/** {@code clientInfo.title}. */
		public Builder clientTitle(String clientTitle) {
			this.clientTitle = clientTitle;
			return this;
		}

		/** {@code clientInfo.version}. */
		public Builder clientVersion(String clientVersion) {
			this.clientVersion = requireText(clientVersion, "clientVersion");
			return this;
		}

		/** Opts into experimental API methods and fields (default off). */
		public Builder experimentalApi(boolean experimentalApi) {
			this.experimentalApi = experimentalApi;
			return this;
		}

		/** Notification methods the server should not send (exact names). */
		public Builder optOutNotificationMethods(String... methods) {
			for (String method : methods) {
				this.optOutNotificationMethods.add(requireText(method, "notification method"));
			}
			return this;
		}

		/** Limit for spawn + handshake (default 30 s). */
		public Builder startupTimeout(Duration startupTimeout) {
			this.startupTimeout = positive(startupTimeout, "startupTimeout");
			return this;
		}

		/**
		 * Limit for each request (default 60 s): then it fails with {@code CodexTimeoutException}. A turn whose
		 * {@code turn/start} (or {@code review/start}) is answered after it is interrupted when the answer comes.
		 */
		public Builder requestTimeout(Duration requestTimeout) {
			this.requestTimeout = positive(requestTimeout, "requestTimeout");
			return this;
		}

		/** Limit for a whole turn (default 30 min); {@code null} for none. */
		public Builder turnTimeout(@Nullable Duration turnTimeout) {
			this.turnTimeout = (turnTimeout == null) ? null : positive(turnTimeout, "turnTimeout");
			return this;
		}

		/**
		 * How long the app-server may keep reporting that it cannot reach the model (its {@code error}
		 * notifications with {@code willRetry} and a connection failure without HTTP status, such as
		 * {@code "Reconnecting... waiting for network"}) before the turn fails with
		 * {@link dev.codexjava.error.ModelUnreachableException} and is interrupted (default 15 s). It is checked at
		 * each report, measured from the first one, and any model output in between starts it again;
		 * {@link Duration#ZERO} fails at the first report, {@code null} waits for the turn timeout.
		 */
		public Builder modelUnreachableTimeout(@Nullable Duration modelUnreachableTimeout) {
			if (modelUnreachableTimeout != null && modelUnreachableTimeout.isNegative()) {
				throw new IllegalArgumentException(
						"modelUnreachableTimeout must not be negative, was " + modelUnreachableTimeout);
			}
			this.modelUnreachableTimeout = modelUnreachableTimeout;
			return this;
		}

		/** Grace period on close before the process is terminated (default 5 s). */
		public Builder shutdownTimeout(Duration shutdownTimeout) {
			this.shutdownTimeout = positive(shutdownTimeout, "shutdownTimeout");
			return this;
		}

		/** Automatic retry of overloaded requests; {@link RetryPolicy#none()} turns it off. */
		public Builder retryPolicy(RetryPolicy retryPolicy) {
			this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
			return this;
		}

		/** Answers approvals and other server requests (default: decline everything). */
		public Builder approvalHandler(ApprovalHandler approvalHandler) {
			this.approvalHandler = Objects.requireNonNull(approvalHandler, "approvalHandler");
			return this;
		}

		/**
		 * The most threads that run approval handlers at once (default 16). Server requests beyond that wait in a
		 * queue, in arrival order; their {@link #approvalTimeout} counts from their arrival, so they are still
		 * answered in time.
		 */
		public Builder approvalThreads(int approvalThreads) {
			if (approvalThreads < 1 || approvalThreads > 1024) {
				throw new IllegalArgumentException("approvalThreads must be between 1 and 1024, was " + approvalThreads);
			}
			this.approvalThreads = approvalThreads;
			return this;
		}

		/**
		 * How long a server request may wait for its handler (default 5 min), counted from its arrival. Then the safe
		 * answer for its kind is sent: {@code decline} for commands and file changes, no permissions, no answers to
		 * user input, {@code cancel} for elicitations, an error for other requests. A warning is logged,
		 * {@link CodexListener#onApprovalTimedOut} is called, and a later answer from the handler is dropped.
		 * {@code null} for no limit (a handler that never returns then blocks the agent's turn for good).
		 */
		public Builder approvalTimeout(@Nullable Duration approvalTimeout) {
			this.approvalTimeout = (approvalTimeout == null) ? null : positive(approvalTimeout, "approvalTimeout");
			return this;
		}

		/** Adds an observer. */
		public Builder listener(CodexListener listener) {
			this.listeners.add(Objects.requireNonNull(listener, "listener"));
			return this;
		}

		/** Events buffered per streamed turn (default 4096); see {@link TurnHandle#stream()}. */
		public Builder streamBufferCapacity(int capacity) {
			if (capacity < 16) {
				throw new IllegalArgumentException("streamBufferCapacity must be at least 16, was " + capacity);
			}
			this.streamBufferCapacity = capacity;
			return this;
		}

		/** The largest accepted server message in bytes (default 64 MiB). */
		public Builder maxMessageBytes(int maxMessageBytes) {
			if (maxMessageBytes < 1024) {
				throw new IllegalArgumentException("maxMessageBytes must be at least 1024, was " + maxMessageBytes);
			}
			this.maxMessageBytes = maxMessageBytes;
			return this;
		}

		/**
		 * An OpenAI API key to log in with right after start-up (sent through the protocol, never on the command
		 * line, never logged).
		 */
		public Builder apiKey(String apiKey) {
			this.apiKey = (apiKey == null || apiKey.isBlank()) ? null : apiKey;
			return this;
		}

		/**
		 * The configuration.
		 * @throws IllegalArgumentException if both an endpoint and a launch command are set
		 */
		public CodexConfig build() {
			if (this.endpoint != null && this.launchCommand != null) {
				throw new IllegalArgumentException("Set either endpoint (a running app-server) or launchCommand (a "
						+ "child process), not both");
			}
			if (this.endpoint != null && !this.servers.isEmpty()) {
				throw new IllegalArgumentException("Set either endpoint (one remote app-server) or servers (a pool; "
						+ "use CodexServer.remote(name, endpoint) for a remote member), not both");
			}
			return new CodexConfig(this);
		}

		private static String requireText(String value, String name) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(name + " must not be blank");
			}
			return value;
		}

		private static Duration positive(Duration value, String name) {
			if (value == null || value.isZero() || value.isNegative()) {
				throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
			}
			return value;
		}

	}

}
