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
 * The protocol's {@code ThreadSourceKind}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record ThreadSourceKind(@JsonValue String value) {

	/** {@code cli}. */
	public static final ThreadSourceKind CLI = new ThreadSourceKind("cli");

	/** {@code vscode}. */
	public static final ThreadSourceKind VSCODE = new ThreadSourceKind("vscode");

	/** {@code exec}. */
	public static final ThreadSourceKind EXEC = new ThreadSourceKind("exec");

	/** {@code appServer}. */
	public static final ThreadSourceKind APP_SERVER = new ThreadSourceKind("appServer");

	/** {@code subAgent}. */
	public static final ThreadSourceKind SUB_AGENT = new ThreadSourceKind("subAgent");

	/** {@code subAgentReview}. */
	public static final ThreadSourceKind SUB_AGENT_REVIEW = new ThreadSourceKind("subAgentReview");

	/** {@code subAgentCompact}. */
	public static final ThreadSourceKind SUB_AGENT_COMPACT = new ThreadSourceKind("subAgentCompact");

	/** {@code subAgentThreadSpawn}. */
	public static final ThreadSourceKind SUB_AGENT_THREAD_SPAWN = new ThreadSourceKind("subAgentThreadSpawn");

	/** {@code subAgentOther}. */
	public static final ThreadSourceKind SUB_AGENT_OTHER = new ThreadSourceKind("subAgentOther");

	/** {@code unknown}. */
	public static final ThreadSourceKind UNKNOWN = new ThreadSourceKind("unknown");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static ThreadSourceKind of(String value) {
		return new ThreadSourceKind(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(CLI, VSCODE, EXEC, APP_SERVER, SUB_AGENT, SUB_AGENT_REVIEW, SUB_AGENT_COMPACT, SUB_AGENT_THREAD_SPAWN, SUB_AGENT_OTHER, UNKNOWN).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
