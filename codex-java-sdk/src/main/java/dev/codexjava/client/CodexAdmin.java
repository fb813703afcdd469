package dev.codexjava.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.codexjava.protocol.generated.ConfigBatchWriteParams;
import dev.codexjava.protocol.generated.ConfigReadParams;
import dev.codexjava.protocol.generated.ConfigReadResponse;
import dev.codexjava.protocol.generated.ConfigValueWriteParams;
import dev.codexjava.protocol.generated.ConfigWriteResponse;
import dev.codexjava.protocol.generated.FuzzyFileSearchResult;
import dev.codexjava.protocol.generated.ListMcpServerStatusParams;
import dev.codexjava.protocol.generated.ListMcpServerStatusResponse;
import dev.codexjava.protocol.generated.McpServerStatus;
import dev.codexjava.protocol.generated.SkillsListEntry;
import dev.codexjava.protocol.generated.SkillsListParams;

/**
 * Configuration and administration of the app-server, typed: reading and writing its configuration
 * ({@code config/read}, {@code config/value/write}, {@code config/batchWrite}), the status and reload of its MCP
 * servers ({@code mcpServerStatus/list}, {@code config/mcpServer/reload}), the skills it knows ({@code skills/list})
 * fuzzy file search ({@code fuzzyFileSearch}) and the default model provider ({@code modelProvider/default/set},
 * app-server 0.171.0 and later). All of these are stable protocol methods. Reached through
 * {@link Codex#admin()}; each call blocks for at most {@link CodexConfig#requestTimeout()} (it waits on the
 * {@link AsyncCodexAdmin} of the same client). With a pool of servers ({@link CodexConfig.Builder#servers}) the first
 * server that is up answers; writes change that server's {@code CODEX_HOME}, so give pooled servers one shared home if
 * they must agree.
 */
public final class CodexAdmin {

	private final AsyncCodexAdmin async;

	CodexAdmin(AsyncCodexAdmin async) {
		this.async = Objects.requireNonNull(async, "async");
	}

	/**
	 * Makes a configured model provider the default for new threads and unscoped model lists
	 * ({@code modelProvider/default/set}, which writes {@code model_provider} to the user's {@code config.toml}).
	 * App-server 0.171.0 and later: the pinned 0.169.0 answers {@link dev.codexjava.error.MethodNotFoundException}.
	 * @param providerId a provider of {@code modelProvider/list}, e.g. one configured under {@code model_providers}
	 * @return where and at which version the server wrote it
	 * @throws dev.codexjava.error.InvalidRequestException when the server has no such provider
	 */
	public ConfigWriteResponse setDefaultModelProvider(String providerId) {
		return Futures.await(this.async.setDefaultModelProvider(providerId));
	}

	/** The effective configuration for the server's working directory ({@code config/read}, without layers). */
	public ConfigReadResponse readConfig() {
		return Futures.await(this.async.readConfig());
	}

	/** {@code config/read} with explicit params (a project {@code cwd}, {@code includeLayers}). */
	public ConfigReadResponse readConfig(ConfigReadParams params) {
		return Futures.await(this.async.readConfig(params));
	}

	/**
	 * Sets one key of the user's {@code config.toml} ({@code config/value/write}, replacing any previous value).
	 * @param keyPath a dotted key, e.g. {@code model} or {@code mcp_servers.docs.command}
	 * @param value a string, number, boolean, list, map or record (converted to its JSON form)
	 * @return where and at which version the server wrote it
	 */
	public ConfigWriteResponse writeValue(String keyPath, Object value) {
		return Futures.await(this.async.writeValue(keyPath, value));
	}

	/** {@code config/value/write} with explicit params (merge strategy, file, expected version). */
	public ConfigWriteResponse writeValue(ConfigValueWriteParams params) {
		return Futures.await(this.async.writeValue(params));
	}

	/**
	 * Sets several keys of the user's {@code config.toml} in one write ({@code config/batchWrite}, each replacing any
	 * previous value), and has the server reload the user configuration.
	 * @param values dotted keys to values (converted as for {@link #writeValue(String, Object)}), in the map's order
	 */
	public ConfigWriteResponse writeValues(Map<String, ?> values) {
		return Futures.await(this.async.writeValues(values));
	}

	/** {@code config/batchWrite} with explicit params. */
	public ConfigWriteResponse batchWrite(ConfigBatchWriteParams params) {
		return Futures.await(this.async.batchWrite(params));
	}

	/** Every configured MCP server with its status, tools and resources, all pages ({@code mcpServerStatus/list}). */
	public List<McpServerStatus> mcpServers() {
		return Futures.await(this.async.mcpServers());
	}

	/** One page of {@code mcpServerStatus/list} with explicit params (a server name, thread, detail). */
	public ListMcpServerStatusResponse mcpServerStatus(ListMcpServerStatusParams params) {
		return Futures.await(this.async.mcpServerStatus(params));
	}

	/** Has the server reload its MCP server configuration ({@code config/mcpServer/reload}). */
	public void reloadMcpServers() {
		Futures.await(this.async.reloadMcpServers());
	}

	/**
	 * The skills the server finds for each of {@code cwds} (none: its working directory), with the errors met while
	 * loading them ({@code skills/list}).
	 */
	public List<SkillsListEntry> skills(Path... cwds) {
		return Futures.await(this.async.skills(cwds));
	}

	/** {@code skills/list} with explicit params (e.g. {@code forceReload}). */
	public List<SkillsListEntry> skills(SkillsListParams params) {
		return Futures.await(this.async.skills(params));
	}

	/**
	 * Files under {@code roots} whose path matches {@code query} fuzzily, best first ({@code fuzzyFileSearch}).
	 * @param query the characters to match, e.g. {@code admtst} for {@code AdminTest.java}
	 * @param roots the directories to search (at least one)
	 */
	public List<FuzzyFileSearchResult> searchFiles(String query, List<Path> roots) {
		return Futures.await(this.async.searchFiles(query, roots));
	}

	@Override
	public String toString() {
		return "CodexAdmin";
	}

}
