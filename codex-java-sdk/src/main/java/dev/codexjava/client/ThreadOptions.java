package dev.codexjava.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.generated.ApprovalsReviewer;
import dev.codexjava.protocol.generated.ThreadStartSource;
import dev.codexjava.protocol.generated.WebSearchMode;

/**
 * Options for starting, resuming or forking a thread. Everything is optional; unset values keep the server's
 * configuration (for resume and fork: the thread's own settings). Immutable; build with {@link #builder()}.
 */
public final class ThreadOptions {

	private static final ThreadOptions NONE = builder().build();

	private final String model;

	private final String modelProvider;

	private final Path cwd;

	private final ApprovalPolicy approvalPolicy;

	private final String approvalsReviewer;

	private final SandboxMode sandbox;

	private final String baseInstructions;

	private final String developerInstructions;

	private final Map<String, Object> config;

	private final Boolean ephemeral;

	private final String personality;

	private final String serviceTier;

	private final String serviceName;

	private final ApprovalHandler approvalHandler;

	private final List<DynamicTool> dynamicTools;

	private final SandboxAccess access;

	private final WebSearchMode webSearch;

	private final ThreadStartSource sessionStartSource;

	private final String threadSource;

	private ThreadOptions(Builder b) {
		this.model = b.model;
		this.modelProvider = b.modelProvider;
		this.cwd = b.cwd;
		this.approvalPolicy = b.approvalPolicy;
		this.approvalsReviewer = b.approvalsReviewer;
		this.sandbox = b.sandbox;
		this.baseInstructions = b.baseInstructions;
		this.developerInstructions = b.developerInstructions;
		this.config = Map.copyOf(b.config);
		this.ephemeral = b.ephemeral;
		this.personality = b.personality;
		this.serviceTier = b.serviceTier;
		this.serviceName = b.serviceName;
		this.approvalHandler = b.approvalHandler;
		this.dynamicTools = List.copyOf(b.dynamicTools);
		this.access = b.access;
		this.webSearch = b.webSearch;
		this.sessionStartSource = b.sessionStartSource;
		this.threadSource = b.threadSource;
		Set<String> names = new HashSet<>();
		for (DynamicTool tool : this.dynamicTools) {
			if (!names.add(tool.name())) {
				throw new IllegalArgumentException("Two dynamic tools are named '" + tool.name() + "'");
			}
		}
	}

	/** No options. */
	public static ThreadOptions none() {
		return NONE;
	}

	/** A new builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** The per-thread approval handler, or {@code null} to use the client's. */
	public @Nullable ApprovalHandler approvalHandler() {
		return this.approvalHandler;
	}

	/** The thread's dynamic tools (<b>experimental</b>), in registration order; empty when none. */
	public List<DynamicTool> dynamicTools() {
		return this.dynamicTools;
	}

	/**
	 * The handler to register for the thread: the thread's own approval handler (or {@code null} for the client's),
	 * wrapped to run the dynamic tools when there are any.
	 */
	ApprovalHandler threadHandler(ApprovalHandler clientHandler) {
		if (this.dynamicTools.isEmpty()) {
			return this.approvalHandler;
		}
		return new ThreadTools(this.dynamicTools,
				(this.approvalHandler != null) ? this.approvalHandler : clientHandler);
	}

	/**
	 * Fails when dynamic tools are set but the client does not speak the experimental API.
	 * @throws IllegalStateException then
	 */
	void requireExperimentalApiFor(CodexConfig config) {
		if (!this.dynamicTools.isEmpty() && !config.experimentalApi()) {
			throw new IllegalStateException("Dynamic tools " + this.dynamicTools.stream().map(DynamicTool::name).toList()
					+ " are an experimental app-server API: build the client with experimentalApi(true) "
					+ "(Spring: codex.experimental-api=true) to use them");
		}
	}

	/** Whether the thread is ephemeral ({@code null} = server default). */
	public @Nullable Boolean ephemeral() {
		return this.ephemeral;
	}

	// read by RequestEncoder, the one place that turns options into wire params

	String model() {
		return this.model;
	}

	String modelProvider() {
		return this.modelProvider;
	}

	Path cwd() {
		return this.cwd;
	}

	ApprovalPolicy approvalPolicy() {
		return this.approvalPolicy;
	}

	String approvalsReviewer() {
		return this.approvalsReviewer;
	}

	SandboxMode sandbox() {
		return this.sandbox;
	}

	String baseInstructions() {
		return this.baseInstructions;
	}

	String developerInstructions() {
		return this.developerInstructions;
	}

	Map<String, Object> config() {
		return this.config;
	}

	String personality() {
		return this.personality;
	}

	String serviceTier() {
		return this.serviceTier;
	}

	String serviceName() {
		return this.serviceName;
	}

	List<Path> writableRoots() {
		return this.access.writableRoots();
	}

	Boolean networkAccess() {
		return this.access.networkAccess();
	}

	WebSearchMode webSearch() {
		return this.webSearch;
	}

	ThreadStartSource sessionStartSource() {
		return this.sessionStartSource;
	}

	String threadSource() {
		return this.threadSource;
	}

	/** Builds {@link ThreadOptions}. */
	public static final class Builder {

		private String model;

		private String modelProvider;

		private Path cwd;

		private ApprovalPolicy approvalPolicy;

		private String approvalsReviewer;

		private SandboxMode sandbox;

		private String baseInstructions;

		private String developerInstructions;

		private final Map<String, Object> config = new LinkedHashMap<>();

		private Boolean ephemeral;

		private String personality;

		private String serviceTier;

		private String serviceName;

		private ApprovalHandler approvalHandler;

		private final List<DynamicTool> dynamicTools = new ArrayList<>();

		private SandboxAccess access = SandboxAccess.NONE;

		private WebSearchMode webSearch;

		private ThreadStartSource sessionStartSource;

		private String threadSource;

		private Builder() {
		}

		/** The model slug. */
		public Builder model(String model) {
			this.model = model;
			return this;
		}

		/** The model provider id from the Codex config. */
		public Builder modelProvider(String modelProvider) {
			this.modelProvider = modelProvider;
			return this;
		}

		/** The working directory of the thread. */
		public Builder cwd(Path cwd) {
			this.cwd = cwd;
			return this;
		}

		/** When to ask the client for approval. */
		public Builder approvalPolicy(ApprovalPolicy approvalPolicy) {
			this.approvalPolicy = approvalPolicy;
			return this;
		}

		/** Who reviews approvals: {@code user} (the client's handler) or {@code auto_review}. */
		public Builder approvalsReviewer(String approvalsReviewer) {
			this.approvalsReviewer = approvalsReviewer;
			return this;
		}

		/**
		 * Who reviews approvals (wire field {@code approvalsReviewer}): {@link ApprovalsReviewer#USER} (the client's
		 * {@link ApprovalHandler}) or {@link ApprovalsReviewer#AUTO_REVIEW}.
		 */
		public Builder approvalsReviewer(ApprovalsReviewer approvalsReviewer) {
			this.approvalsReviewer = (approvalsReviewer != null) ? approvalsReviewer.value() : null;
			return this;
		}

		/**
		 * Extra directories the {@link SandboxMode#WORKSPACE_WRITE workspace-write} sandbox lets commands write, beside
		 * the thread's cwd (the TS SDK's {@code additionalDirectories}). Sent as the config override
		 * {@code sandbox_workspace_write.writable_roots} in {@code config} (the protocol has no thread field for it);
		 * relative paths are made absolute against this JVM's working directory, on the client's machine (for a remote
		 * app-server, pass absolute paths of the server's machine). Adds to the roots given before.
		 */
		public Builder writableRoots(Collection<Path> roots) {
			this.access = this.access.withWritableRoots(roots);
			return this;
		}

		/** Same as {@link #writableRoots(Collection)}, under the TS SDK's name. */
		public Builder additionalDirectories(Path... directories) {
			// not List.of: a null directory gets the same clear error as in writableRoots
			return writableRoots(Arrays.asList(Objects.requireNonNull(directories, "directories must not be null")));
		}

		/**
		 * Whether commands in the {@link SandboxMode#WORKSPACE_WRITE workspace-write} sandbox may use the network. Sent
		 * as the config override {@code sandbox_workspace_write.network_access} in {@code config}. Default: the
		 * server's (off).
		 */
		public Builder networkAccess(boolean networkAccess) {
			this.access = this.access.withNetworkAccess(networkAccess);
			return this;
		}

		/**
		 * The model's web search tool: {@link WebSearchMode#DISABLED}, {@link WebSearchMode#CACHED} or
		 * {@link WebSearchMode#LIVE}. Sent as the config override {@code web_search} in {@code config} (the protocol
		 * has no thread field for it).
		 */
		public Builder webSearch(WebSearchMode webSearch) {
			this.webSearch = webSearch;
			return this;
		}

		/**
		 * Why the session starts ({@code thread/start} field {@code sessionStartSource}: {@code startup} or
		 * {@code clear}); only {@code thread/start} carries it.
		 */
		public Builder sessionStartSource(ThreadStartSource sessionStartSource) {
			this.sessionStartSource = sessionStartSource;
			return this;
		}

		/**
		 * A client-chosen analytics source label for the thread ({@code thread/start} and {@code thread/fork} field
		 * {@code threadSource}); {@code thread/resume} has no such field.
		 */
		public Builder threadSource(String threadSource) {
			this.threadSource = threadSource;
			return this;
		}

		/** The sandbox for commands. */
		public Builder sandbox(SandboxMode sandbox) {
			this.sandbox = sandbox;
			return this;
		}

		/** Replaces the built-in system instructions. */
		public Builder baseInstructions(String baseInstructions) {
			this.baseInstructions = baseInstructions;
			return this;
		}

		/** Adds developer instructions. */
		public Builder developerInstructions(String developerInstructions) {
			this.developerInstructions = developerInstructions;
			return this;
		}

		/**
		 * A config key for this thread (e.g. {@code model_reasoning_effort} = {@code high}).
		 * @throws NullPointerException if {@code key} or {@code value} is {@code null}
		 */
		public Builder config(String key, Object value) {
			Objects.requireNonNull(key, "config key must not be null");
			this.config.put(key, Objects.requireNonNull(value, () -> "config value of '" + key + "' must not be null"));
			return this;
		}

		/** Keep the thread in memory only (nothing written under CODEX_HOME). */
		public Builder ephemeral(boolean ephemeral) {
			this.ephemeral = ephemeral;
			return this;
		}

		/** {@code none}, {@code friendly} or {@code pragmatic}. */
		public Builder personality(String personality) {
			this.personality = personality;
			return this;
		}

		/** The service tier. */
		public Builder serviceTier(String serviceTier) {
			this.serviceTier = serviceTier;
			return this;
		}

		/** A service name for the server's metrics. */
		public Builder serviceName(String serviceName) {
			this.serviceName = serviceName;
			return this;
		}

		/** Handles approvals of this thread (instead of the client's handler). */
		public Builder approvalHandler(ApprovalHandler approvalHandler) {
			this.approvalHandler = approvalHandler;
			return this;
		}

		/**
		 * Adds a tool defined in Java that the thread's model can call (<b>experimental</b>: needs
		 * {@link CodexConfig.Builder#experimentalApi(boolean) experimentalApi(true)}, else starting the thread throws
		 * {@link IllegalStateException}). Sent with {@code thread/start} (the protocol has no such field on resume or
		 * fork: there the handlers are registered for the tools the server kept with the thread).
		 */
		public Builder dynamicTool(DynamicTool tool) {
			this.dynamicTools.add(Objects.requireNonNull(tool, "tool"));
			return this;
		}

		/** Adds several {@link #dynamicTool(DynamicTool) dynamic tools} (<b>experimental</b>). */
		public Builder dynamicTools(Collection<DynamicTool> tools) {
			tools.forEach(this::dynamicTool);
			return this;
		}

		/** The options. */
		public ThreadOptions build() {
			return new ThreadOptions(this);
		}

	}

}
