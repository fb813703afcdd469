package dev.codexjava.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.generated.ConfigBatchWriteParams;
import dev.codexjava.protocol.generated.ConfigEdit;
import dev.codexjava.protocol.generated.ConfigReadParams;
import dev.codexjava.protocol.generated.ConfigReadResponse;
import dev.codexjava.protocol.generated.ConfigValueWriteParams;
import dev.codexjava.protocol.generated.ConfigWriteResponse;
import dev.codexjava.protocol.generated.FuzzyFileSearchParams;
import dev.codexjava.protocol.generated.FuzzyFileSearchResult;
import dev.codexjava.protocol.generated.ListMcpServerStatusParams;
import dev.codexjava.protocol.generated.ListMcpServerStatusResponse;
import dev.codexjava.protocol.generated.McpServerStatus;
import dev.codexjava.protocol.generated.MergeStrategy;
import dev.codexjava.protocol.generated.Methods;
import dev.codexjava.protocol.generated.SkillsListEntry;
import dev.codexjava.protocol.generated.SkillsListParams;

/**
 * Configuration and administration of the app-server, typed: reading and writing its configuration
 * ({@code config/read}, {@code config/value/write}, {@code config/batchWrite}), the status and reload of its MCP
 * servers ({@code mcpServerStatus/list}, {@code config/mcpServer/reload}), the skills it knows ({@code skills/list})
 * and fuzzy file search ({@code fuzzyFileSearch}). All of these are stable protocol methods. Reached through
 * {@link Codex#admin()}; each call blocks for at most {@link CodexConfig#requestTimeout()}. With a pool of servers
 * ({@link CodexConfig.Builder#servers}) the first server that is up answers; writes change that server's
 * {@code CODEX_HOME}, so give pooled servers one shared home if they must agree.
 */
public final class CodexAdmin {

	private static final long MCP_PAGE = 100;

	private final CodexEngine engine;

	CodexAdmin(CodexEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/** A typed request with the client's default timeout and retries, waited for. */
	private <P, R> R request(Method<P, R> method, P params) {
		return Futures.await(this.engine.request(method, params, RequestOptions.defaults()));
	}

	/** The effective configuration for the server's working directory ({@code config/read}, without layers). */
	public ConfigReadResponse readConfig() {
		return readConfig(new ConfigReadParams(null, false));
	}

	/** {@code config/read} with explicit params (a project {@code cwd}, {@code includeLayers}). */
	public ConfigReadResponse readConfig(ConfigReadParams params) {
		return request(Methods.CONFIG_READ, Objects.requireNonNull(params, "params"));
	}

	/**
	 * Sets one key of the user's {@code config.toml} ({@code config/value/write}, replacing any previous value).
	 * @param keyPath a dotted key, e.g. {@code model} or {@code mcp_servers.docs.command}
	 * @param value a string, number, boolean, list, map or record (converted to its JSON form)
	 * @return where and at which version the server wrote it
	 */
	public ConfigWriteResponse writeValue(String keyPath, Object value) {
		return writeValue(new ConfigValueWriteParams(null, null, requireKey(keyPath), MergeStrategy.REPLACE,
				Json.toTree(value)));
	}

	/** {@code config/value/write} with explicit params (merge strategy, file, expected version). */
	public ConfigWriteResponse writeValue(ConfigValueWriteParams params) {
		return request(Methods.CONFIG_VALUE_WRITE, Objects.requireNonNull(params, "params"));
	}

	/**
	 * Sets several keys of the user's {@code config.toml} in one write ({@code config/batchWrite}, each replacing any
	 * previous value), and has the server reload the user configuration.
	 * @param values dotted keys to values (converted as for {@link #writeValue(String, Object)}), in the map's order
	 */
	public ConfigWriteResponse writeValues(Map<String, ?> values) {
		List<ConfigEdit> edits = new ArrayList<>();
		values.forEach((key, value) -> edits.add(new ConfigEdit(requireKey(key), MergeStrategy.REPLACE,
				Json.toTree(value))));
		if (edits.isEmpty()) {
			throw new IllegalArgumentException("values must not be empty");
		}
		return batchWrite(new ConfigBatchWriteParams(List.copyOf(edits), null, null, true));
	}

	/** {@code config/batchWrite} with explicit params. */
	public ConfigWriteResponse batchWrite(ConfigBatchWriteParams params) {
		return request(Methods.CONFIG_BATCH_WRITE, Objects.requireNonNull(params, "params"));
	}

	/** Every configured MCP server with its status, tools and resources, all pages ({@code mcpServerStatus/list}). */
	public List<McpServerStatus> mcpServers() {
		List<McpServerStatus> all = new ArrayList<>();
		String cursor = null;
		do {
			ListMcpServerStatusResponse page = mcpServerStatus(
					new ListMcpServerStatusParams(cursor, null, MCP_PAGE, null, null));
			if (page.data() != null) {
				all.addAll(page.data());
			}
			cursor = page.nextCursor();
		}
		while (cursor != null);
		return List.copyOf(all);
	}

	/** One page of {@code mcpServerStatus/list} with explicit params (a server name, thread, detail). */
	public ListMcpServerStatusResponse mcpServerStatus(ListMcpServerStatusParams params) {
		return request(Methods.MCP_SERVER_STATUS_LIST, Objects.requireNonNull(params, "params"));
	}

	/** Has the server reload its MCP server configuration ({@code config/mcpServer/reload}). */
	public void reloadMcpServers() {
		request(Methods.CONFIG_MCP_SERVER_RELOAD, null);
	}

	/**
	 * The skills the server finds for each of {@code cwds} (none: its working directory), with the errors met while
	 * loading them ({@code skills/list}).
	 */
	public List<SkillsListEntry> skills(Path... cwds) {
		List<String> dirs = new ArrayList<>();
		for (Path cwd : cwds) {
			dirs.add(cwd.toString());
		}
		return skills(new SkillsListParams(dirs.isEmpty() ? null : List.copyOf(dirs), null));
	}

	/** {@code skills/list} with explicit params (e.g. {@code forceReload}). */
	public List<SkillsListEntry> skills(SkillsListParams params) {
		List<SkillsListEntry> data = request(Methods.SKILLS_LIST, Objects.requireNonNull(params, "params")).data();
		return (data != null) ? data : List.of();
	}

	/**
	 * Files under {@code roots} whose path matches {@code query} fuzzily, best first ({@code fuzzyFileSearch}).
	 * @param query the characters to match, e.g. {@code admtst} for {@code AdminTest.java}
	 * @param roots the directories to search (at least one)
	 */
	public List<FuzzyFileSearchResult> searchFiles(String query, List<Path> roots) {
		Objects.requireNonNull(query, "query");
		if (roots.isEmpty()) {
			throw new IllegalArgumentException("roots must not be empty");
		}
		List<String> dirs = roots.stream().map(Path::toString).toList();
		List<FuzzyFileSearchResult> files = request(Methods.FUZZY_FILE_SEARCH,
				new FuzzyFileSearchParams(null, query, dirs)).files();
		return (files != null) ? files : List.of();
	}

	private static String requireKey(String keyPath) {
		if (keyPath == null || keyPath.isBlank()) {
			throw new IllegalArgumentException("keyPath must not be blank");
		}
		return keyPath;
	}

	@Override
	public String toString() {
		return "CodexAdmin[" + this.engine + "]";
	}

}
