package dev.codexjava.protocol.generated;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jspecify.annotations.Nullable;

/**
 * The protocol's {@code GuardianApprovalReviewAction}. A union by {@code type}: a variant this SDK version does not know decodes to {@link Unknown}.
 */
@SuppressWarnings("unused")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", defaultImpl = GuardianApprovalReviewAction.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = GuardianApprovalReviewAction.Command.class, name = "command"),
		@JsonSubTypes.Type(value = GuardianApprovalReviewAction.Execve.class, name = "execve"),
		@JsonSubTypes.Type(value = GuardianApprovalReviewAction.WriteStdin.class, name = "writeStdin"),
		@JsonSubTypes.Type(value = GuardianApprovalReviewAction.ApplyPatch.class, name = "applyPatch"),
		@JsonSubTypes.Type(value = GuardianApprovalReviewAction.NetworkAccess.class, name = "networkAccess"),
		@JsonSubTypes.Type(value = GuardianApprovalReviewAction.McpToolCall.class, name = "mcpToolCall"),
		@JsonSubTypes.Type(value = GuardianApprovalReviewAction.RequestPermissions.class, name = "requestPermissions") })
public sealed interface GuardianApprovalReviewAction {

	/**
	 * The {@code command} variant.
	 */
	public record Command(
			@JsonProperty("command") String command,
			@JsonProperty("cwd") String cwd,
			@JsonProperty("source") GuardianCommandSource source,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements GuardianApprovalReviewAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Command {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Command(String command, String cwd, GuardianCommandSource source) {
			this(command, cwd, source, Map.of());
		}

	}

	/**
	 * The {@code execve} variant.
	 */
	public record Execve(
			@JsonProperty("argv") List<String> argv,
			@JsonProperty("cwd") String cwd,
			@JsonProperty("program") String program,
			@JsonProperty("source") GuardianCommandSource source,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements GuardianApprovalReviewAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public Execve {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public Execve(List<String> argv, String cwd, String program, GuardianCommandSource source) {
			this(argv, cwd, program, source, Map.of());
		}

	}

	/**
	 * The {@code writeStdin} variant. A child approval for input to an existing command execution item.
	 */
	public record WriteStdin(
			@JsonProperty("approvalId") String approvalId,
			@JsonProperty("cwd") String cwd,
			@JsonProperty("processId") String processId,
			@JsonProperty("stdin") String stdin,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements GuardianApprovalReviewAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public WriteStdin {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public WriteStdin(String approvalId, String cwd, String processId, String stdin) {
			this(approvalId, cwd, processId, stdin, Map.of());
		}

	}

	/**
	 * The {@code applyPatch} variant.
	 */
	public record ApplyPatch(
			@JsonProperty("cwd") String cwd,
			@JsonProperty("files") List<String> files,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements GuardianApprovalReviewAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public ApplyPatch {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public ApplyPatch(String cwd, List<String> files) {
			this(cwd, files, Map.of());
		}

	}

	/**
	 * The {@code networkAccess} variant.
	 */
	public record NetworkAccess(
			@JsonProperty("host") String host,
			@JsonProperty("port") Long port,
			@JsonProperty("protocol") NetworkApprovalProtocol protocol,
			@JsonProperty("target") String target,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements GuardianApprovalReviewAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public NetworkAccess {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public NetworkAccess(String host, Long port, NetworkApprovalProtocol protocol, String target) {
			this(host, port, protocol, target, Map.of());
		}

	}

	/**
	 * The {@code mcpToolCall} variant.
	 */
	public record McpToolCall(
			@JsonProperty("connectorId") @Nullable String connectorId,
			@JsonProperty("connectorName") @Nullable String connectorName,
			@JsonProperty("server") String server,
			@JsonProperty("toolName") String toolName,
			@JsonProperty("toolTitle") @Nullable String toolTitle,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements GuardianApprovalReviewAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public McpToolCall {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public McpToolCall(@Nullable String connectorId, @Nullable String connectorName, String server, String toolName, @Nullable String toolTitle) {
			this(connectorId, connectorName, server, toolName, toolTitle, Map.of());
		}

	}

	/**
	 * The {@code requestPermissions} variant.
	 */
	public record RequestPermissions(
			@JsonProperty("permissions") RequestPermissionProfile permissions,
			@JsonProperty("reason") @Nullable String reason,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements GuardianApprovalReviewAction {

		/** Keeps the fields this SDK version does not model, unmodifiable. */
		public RequestPermissions {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

		/** A value with only the modelled fields. */
		public RequestPermissions(RequestPermissionProfile permissions, @Nullable String reason) {
			this(permissions, reason, Map.of());
		}

	}

	/** A variant this SDK version does not know: its fields but {@code type}, raw. */
	public record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements GuardianApprovalReviewAction {

		/** Keeps the fields, unmodifiable. */
		public Unknown {
			unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
		}

	}

}
