package dev.codexjava.client;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.generated.ApprovalsReviewer;

/**
 * Options for one turn. Unset values keep the thread's settings. Note the server's rule: model, cwd, sandbox,
 * approval policy, effort and personality given here persist for later turns of the thread; the output schema
 * applies to this turn only. Immutable; build with {@link #builder()}.
 */
public final class TurnOptions {

	private static final TurnOptions NONE = builder().build();

	private final String model;

	private final String effort;

	private final String summary;

	private final Path cwd;

	private final ApprovalPolicy approvalPolicy;

	private final SandboxMode sandbox;

	private final String personality;

	private final String serviceTier;

	private final JsonNode outputSchema;

	private final SandboxAccess access;

	private final ApprovalsReviewer approvalsReviewer;

	private TurnOptions(Builder b) {
		this.model = b.model;
		this.effort = b.effort;
		this.summary = b.summary;
		this.cwd = b.cwd;
		this.approvalPolicy = b.approvalPolicy;
		this.sandbox = b.sandbox;
		this.personality = b.personality;
		this.serviceTier = b.serviceTier;
		this.outputSchema = b.outputSchema;
		this.access = b.access;
		this.approvalsReviewer = b.approvalsReviewer;
		this.access.requireCarriedBy(this.sandbox);
	}

	/** No options. */
	public static TurnOptions none() {
		return NONE;
	}

	/** A new builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** A builder with this turn's values. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.model = this.model;
		b.effort = this.effort;
		b.summary = this.summary;
		b.cwd = this.cwd;
		b.approvalPolicy = this.approvalPolicy;
		b.sandbox = this.sandbox;
		b.personality = this.personality;
		b.serviceTier = this.serviceTier;
		b.outputSchema = this.outputSchema;
		b.access = this.access;
		b.approvalsReviewer = this.approvalsReviewer;
		return b;
	}

	/** The model for this turn (and, on the server, the thread's later turns), or {@code null} to keep it. */
	public @Nullable String model() {
		return this.model;
	}

	/** The JSON schema the final answer must follow, or {@code null}. */
	public @Nullable JsonNode outputSchema() {
		return this.outputSchema;
	}

	// read by RequestEncoder, the one place that turns options into wire params

	String effort() {
		return this.effort;
	}

	String summary() {
		return this.summary;
	}

	Path cwd() {
		return this.cwd;
	}

	ApprovalPolicy approvalPolicy() {
		return this.approvalPolicy;
	}

	SandboxMode sandbox() {
		return this.sandbox;
	}

	String personality() {
		return this.personality;
	}

	String serviceTier() {
		return this.serviceTier;
	}

	List<Path> writableRoots() {
		return this.access.writableRoots();
	}

	Boolean networkAccess() {
		return this.access.networkAccess();
	}

	ApprovalsReviewer approvalsReviewer() {
		return this.approvalsReviewer;
	}

	/** Builds {@link TurnOptions}. */
	public static final class Builder {

		private String model;

		private String effort;

		private String summary;

		private Path cwd;

		private ApprovalPolicy approvalPolicy;

		private SandboxMode sandbox;

		private String personality;

		private String serviceTier;

		private JsonNode outputSchema;

		private SandboxAccess access = SandboxAccess.NONE;

		private ApprovalsReviewer approvalsReviewer;

		private Builder() {
		}

		/** The model for this and later turns. */
		public Builder model(String model) {
			this.model = model;
			return this;
		}

		/** Reasoning effort, e.g. {@code low}, {@code medium}, {@code high}. */
		public Builder effort(String effort) {
			this.effort = effort;
			return this;
		}

		/** Reasoning summary: {@code auto}, {@code concise}, {@code detailed} or {@code none}. */
		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		/** Working directory. */
		public Builder cwd(Path cwd) {
			this.cwd = cwd;
			return this;
		}

		/** Approval policy. */
		public Builder approvalPolicy(ApprovalPolicy approvalPolicy) {
			this.approvalPolicy = approvalPolicy;
			return this;
		}

		/** Sandbox. */
		public Builder sandbox(SandboxMode sandbox) {
			this.sandbox = sandbox;
			return this;
		}

		/**
		 * Extra directories the {@link SandboxMode#WORKSPACE_WRITE workspace-write} sandbox lets commands write, beside
		 * the cwd (the TS SDK's {@code additionalDirectories}): {@code turn/start} field
		 * {@code sandboxPolicy.writableRoots}. Needs {@code sandbox(WORKSPACE_WRITE)} ({@link #build()} throws
		 * {@link IllegalArgumentException} otherwise); relative paths are made absolute against this JVM's working
		 * directory, on the client's machine (for a remote app-server, pass absolute paths of the server's machine).
		 * Adds to the roots given before. Like the sandbox, it persists for later turns of the thread.
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
		 * Whether the sandboxed commands may use the network: {@code turn/start} field
		 * {@code sandboxPolicy.networkAccess}. Needs {@code sandbox(WORKSPACE_WRITE)} or {@code sandbox(READ_ONLY)}
		 * ({@link #build()} throws {@link IllegalArgumentException} otherwise).
		 */
		public Builder networkAccess(boolean networkAccess) {
			this.access = this.access.withNetworkAccess(networkAccess);
			return this;
		}

		/**
		 * Who reviews this turn's approvals ({@code turn/start} field {@code approvalsReviewer}):
		 * {@link ApprovalsReviewer#USER} (the client's {@link ApprovalHandler}) or
		 * {@link ApprovalsReviewer#AUTO_REVIEW}. Persists for later turns of the thread.
		 */
		public Builder approvalsReviewer(ApprovalsReviewer approvalsReviewer) {
			this.approvalsReviewer = approvalsReviewer;
			return this;
		}

		/** Personality. */
		public Builder personality(String personality) {
			this.personality = personality;
			return this;
		}

		/** Service tier. */
		public Builder serviceTier(String serviceTier) {
			this.serviceTier = serviceTier;
			return this;
		}

		/**
		 * A JSON schema (an object) that the final answer must follow, for this turn only.
		 * @throws IllegalArgumentException if it is not a JSON object
		 */
		public Builder outputSchema(JsonNode schema) {
			if (schema != null && !schema.isObject()) {
				throw new IllegalArgumentException("outputSchema must be a JSON object, was " + schema.getNodeType());
			}
			this.outputSchema = schema;
			return this;
		}

		/**
		 * A JSON schema given as text.
		 * @throws IllegalArgumentException if the text is not a JSON object
		 */
		public Builder outputSchema(String schemaJson) {
			if (schemaJson == null) {
				this.outputSchema = null;
				return this;
			}
			JsonNode node;
			try {
				node = Json.parse(schemaJson);
			}
			catch (JacksonException ex) {
				throw new IllegalArgumentException("outputSchema is not valid JSON: " + ex.getOriginalMessage(), ex);
			}
			return outputSchema(node);
		}

		/** A strict JSON schema derived from a record type (see {@link JsonSchemas#forType(Class)}). */
		public Builder outputSchema(Class<?> type) {
			return outputSchema(JsonSchemas.forType(type));
		}

		/** The options. */
		public TurnOptions build() {
			return new TurnOptions(this);
		}

	}

}
