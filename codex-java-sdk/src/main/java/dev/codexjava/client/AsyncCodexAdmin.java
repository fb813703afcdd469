package dev.codexjava.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import dev.codexjava.protocol.Json;
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
import dev.codexjava.protocol.newer.ModelProviderDefaultSetParams;
import dev.codexjava.protocol.newer.NewerMethods;

/**
 * The non-blocking face of {@link CodexAdmin}: the same typed configuration and administration calls
 * ({@code config/read}, {@code config/value/write}, {@code config/batchWrite}, {@code mcpServerStatus/list},
 * {@code config/mcpServer/reload}, {@code skills/list}, {@code fuzzyFileSearch}, {@code modelProvider/default/set}),
 * each returning a
 * {@link CompletableFuture} that completes on the client's worker threads. Reached through
 * {@link AsyncCodex#admin()}; {@link CodexAdmin} waits on this one. Invalid arguments fail at once with
 * {@link IllegalArgumentException} or {@link NullPointerException}, as in {@link CodexAdmin}.
 */
public final class AsyncCodexAdmin {

	private static final long MCP_PAGE = 100;

	private final TypedRequests codex;

	AsyncCodexAdmin(TypedRequests codex) {
		this.codex = Objects.requireNonNull(codex, "codex");
	}

	/** See {@link CodexAdmin#readConfig()}. */
	public CompletableFuture<ConfigReadResponse> readConfig() {
		return readConfig(new ConfigReadParams(null, false));
	}

	/** See {@link CodexAdmin#readConfig(ConfigReadParams)}. */
	public CompletableFuture<ConfigReadResponse> readConfig(ConfigReadParams params) {
		return this.codex.request(Methods.CONFIG_READ, Objects.requireNonNull(params, "params"));
	}

	/** See {@link CodexAdmin#writeValue(String, Object)}. */
	public CompletableFuture<ConfigWriteResponse> writeValue(String keyPath, Object value) {
		return writeValue(new ConfigValueWriteParams(null, null, requireKey(keyPath), MergeStrategy.REPLACE,
				Json.toTree(value)));
	}

	/** See {@link CodexAdmin#writeValue(ConfigValueWriteParams)}. */
	public CompletableFuture<ConfigWriteResponse> writeValue(ConfigValueWriteParams params) {
		return this.codex.request(Methods.CONFIG_VALUE_WRITE, Objects.requireNonNull(params, "params"));
	}

	/** See {@link CodexAdmin#writeValues(Map)}. */
	public CompletableFuture<ConfigWriteResponse> writeValues(Map<String, ?> values) {
		List<ConfigEdit> edits = new ArrayList<>();
		values.forEach((key, value) -> edits.add(new ConfigEdit(requireKey(key), MergeStrategy.REPLACE,
				Json.toTree(value))));
		if (edits.isEmpty()) {
			throw new IllegalArgumentException("values must not be empty");
		}
		return batchWrite(new ConfigBatchWriteParams(List.copyOf(edits), null, null, true));
	}

	/** See {@link CodexAdmin#batchWrite(ConfigBatchWriteParams)}. */
	public CompletableFuture<ConfigWriteResponse> batchWrite(ConfigBatchWriteParams params) {
		return this.codex.request(Methods.CONFIG_BATCH_WRITE, Objects.requireNonNull(params, "params"));
	}

	/** See {@link CodexAdmin#setDefaultModelProvider(String)}. */
	public CompletableFuture<ConfigWriteResponse> setDefaultModelProvider(String providerId) {
		Objects.requireNonNull(providerId, "providerId");
		if (providerId.isBlank()) {
			throw new IllegalArgumentException("providerId must not be blank");
		}
		return this.codex.request(NewerMethods.MODEL_PROVIDER_DEFAULT_SET, new ModelProviderDefaultSetParams(providerId));
	}

	/** See {@link CodexAdmin#mcpServers()}: every page, requested one after the other. */
	public CompletableFuture<List<McpServerStatus>> mcpServers() {
		// captured here: later pages are requested from worker threads
		return collectMcpServers(null, new ArrayList<>(), this.codex.captureContext());
	}

	private CompletableFuture<List<McpServerStatus>> collectMcpServers(String cursor, List<McpServerStatus> all,
			CallContext context) {
		return mcpServerStatus(new ListMcpServerStatusParams(cursor, null, MCP_PAGE, null, null)).thenCompose((page) -> {
			if (page.data() != null) {
				all.addAll(page.data());
			}
			String next = page.nextCursor();
			if (next == null) {
				return CompletableFuture.completedFuture(List.copyOf(all));
			}
			return context.call(() -> collectMcpServers(next, all, context));
		});
	}

	/** See {@link CodexAdmin#mcpServerStatus(ListMcpServerStatusParams)}. */
	public CompletableFuture<ListMcpServerStatusResponse> mcpServerStatus(ListMcpServerStatusParams params) {
		return this.codex.request(Methods.MCP_SERVER_STATUS_LIST, Objects.requireNonNull(params, "params"));
	}

	/** See {@link CodexAdmin#reloadMcpServers()}. */
	public CompletableFuture<Void> reloadMcpServers() {
		return this.codex.request(Methods.CONFIG_MCP_SERVER_RELOAD, null).thenApply((ignored) -> null);
	}

	/** See {@link CodexAdmin#skills(Path...)}. */
	public CompletableFuture<List<SkillsListEntry>> skills(Path... cwds) {
		List<String> dirs = new ArrayList<>();
		for (Path cwd : cwds) {
			dirs.add(cwd.toString());
		}
		return skills(new SkillsListParams(dirs.isEmpty() ? null : List.copyOf(dirs), null));
	}

	/** See {@link CodexAdmin#skills(SkillsListParams)}. */
	public CompletableFuture<List<SkillsListEntry>> skills(SkillsListParams params) {
		return this.codex.request(Methods.SKILLS_LIST, Objects.requireNonNull(params, "params"))
			.thenApply((response) -> (response.data() != null) ? response.data() : List.of());
	}

	/** See {@link CodexAdmin#searchFiles(String, List)}. */
	public CompletableFuture<List<FuzzyFileSearchResult>> searchFiles(String query, List<Path> roots) {
		Objects.requireNonNull(query, "query");
		if (roots.isEmpty()) {
			throw new IllegalArgumentException("roots must not be empty");
		}
		List<String> dirs = roots.stream().map(Path::toString).toList();
		return this.codex.request(Methods.FUZZY_FILE_SEARCH, new FuzzyFileSearchParams(null, query, dirs))
			.thenApply((response) -> (response.files() != null) ? response.files() : List.of());
	}

	private static String requireKey(String keyPath) {
		if (keyPath == null || keyPath.isBlank()) {
			throw new IllegalArgumentException("keyPath must not be blank");
		}
		return keyPath;
	}

	@Override
	public String toString() {
		return "AsyncCodexAdmin";
	}

}
