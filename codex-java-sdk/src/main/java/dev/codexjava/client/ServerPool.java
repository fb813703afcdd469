package dev.codexjava.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.ServerUnavailableException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.model.ThreadInfo;

/**
 * The app-servers of a pool ({@link CodexConfig#servers()}) behind one {@link CodexEngine}: each server is a
 * {@link ServerConnection} of its own (its own process or connection, supervision, workers), and this class places
 * new threads and routes every thread-scoped call to the server that holds the thread (affinity by thread id). See
 * {@code docs/pool.md}.
 */
final class ServerPool {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(ServerPool.class);

		private Logs() {
		}

	}

	/** The most thread pins kept; an evicted pin costs one lookup ({@code thread/read}) on the next call. */
	static final int MAX_PINS = 100_000;

	/** One server of the pool. */
	record Member(CodexServer server, ServerConnection connection) {

		String name() {
			return this.server.name();
		}

		boolean isUp() {
			return this.connection.isRunning();
		}

	}

	private final CodexConfig config;

	private final List<Member> members;

	private final Map<String, Member> pins = new ConcurrentHashMap<>();

	private final AtomicInteger nextPlacement = new AtomicInteger();

	/** Set while the members start; calls made meanwhile wait for it. */
	private volatile CompletableFuture<Void> starting;

	/**
	 * Held while a start launches the servers and while {@link #close()} counts itself: a start that began before a
	 * close either launched them before it (and close aborts them) or sees the close and launches nothing.
	 */
	private final java.util.concurrent.locks.ReentrantLock launching = new java.util.concurrent.locks.ReentrantLock();

	/** How many times {@link #close()} ran; guarded by {@link #launching}. */
	private int closes;

	/** @param subscriptions the client's typed subscribers, which every server feeds */
	ServerPool(CodexConfig config, Subscriptions subscriptions) {
		this.config = config;
		List<Member> list = new ArrayList<>();
		for (CodexServer server : config.servers()) {
			list.add(new Member(server, new ServerConnection(memberConfig(config, server), null, null,
					subscriptions)));
		}
		this.members = List.copyOf(list);
	}

	/** The configuration of one member: one server, the pool's listeners plus the server's own one. */
	static CodexConfig memberConfig(CodexConfig config, CodexServer server) {
		CodexConfig.Builder builder = config.toBuilder().servers(List.of()).serverListeners(null);
		if (server.endpoint().isPresent()) {
			builder.launchCommand((List<String>) null).endpoint(server.endpoint().get());
		}
		if (config.serverListeners() != null) {
			CodexListener own = config.serverListeners().apply(server.name());
			if (own != null) {
				builder.listener(own);
			}
		}
		return builder.build();
	}

	List<Member> members() {
		return this.members;
	}

	// ------------------------------------------------------------------ lifecycle

	/**
	 * Starts every server at once and waits for them. Fails only when no server starts (with the first server's
	 * error); a server that fails while others start is left to supervision, which retries it with backoff.
	 */
	void start() {
		start(closes());
	}

	private int closes() {
		this.launching.lock();
		try {
			return this.closes;
		}
		finally {
			this.launching.unlock();
		}
	}

	/** @param closesBefore {@link #closes} when the start was asked for: a close since then aborts it */
	private void start(int closesBefore) {
		List<CompletableFuture<Void>> starts = new ArrayList<>();
		this.launching.lock();
		try {
			if (this.closes != closesBefore) {
				throw new TransportClosedException("The Codex client was closed while it started", null, null);
			}
			for (Member member : this.members) {
				starts.add(member.connection().isRunning() ? CompletableFuture.completedFuture(null)
						: member.connection().startAsync());
			}
		}
		finally {
			this.launching.unlock();
		}
		CompletableFuture<Void> all = CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new));
		this.starting = all.handle((v, failure) -> null);
		try {
			all.join();
		}
		catch (RuntimeException ex) {
			// someone failed: inspected below
		}
		if (closes() != closesBefore) {
			// close() aborted the starts (their failures say nothing of the servers): no warning, no supervision
			throw new TransportClosedException("The Codex client was closed while it started", null, null);
		}
		RuntimeException first = null;
		int up = 0;
		for (int i = 0; i < this.members.size(); i++) {
			CompletableFuture<Void> start = starts.get(i);
			if (!start.isCompletedExceptionally()) {
				up++;
				continue;
			}
			Throwable failure = ClientCore.unwrap(start.handle((v, ex) -> ex).join());
			if (first == null) {
				first = (failure instanceof RuntimeException rex) ? rex
						: new CodexStartupException(CodexStartupException.Reason.PROCESS_FAILED, failure.toString(),
								failure);
			}
			Member member = this.members.get(i);
			Logs.log.warn("Codex app-server '{}' ({}) did not start: {}", member.name(), member.server().target(),
					ServerConnection.shortProblem(failure.getMessage()));
			this.members.get(i).connection().startFailed(failure, start);
		}
		if (up == 0) {
			close();
			throw (first instanceof CodexStartupException) ? first
					: new CodexStartupException(CodexStartupException.Reason.PROCESS_FAILED,
							"No Codex app-server of the pool started: " + first.getMessage(), first);
		}
		Logs.log.info("Codex pool started: {} of {} servers up", up, this.members.size());
	}

	/** {@link #start()} on a background thread. */
	CompletableFuture<Void> startAsync() {
		CompletableFuture<Void> done = new CompletableFuture<>();
		this.starting = done.handle((v, failure) -> null);
		int closesBefore = closes();
		Thread thread = new Thread(() -> {
			try {
				start(closesBefore);
				done.complete(null);
			}
			catch (Throwable ex) {
				done.completeExceptionally(ex);
			}
		}, "codex-pool-startup");
		thread.setDaemon(true);
		thread.start();
		return done;
	}

	/**
	 * Restarts every server, one after another. A server whose restart fails is left to supervision (as at
	 * {@link #start()}); fails only when no server restarted, with the first failure.
	 */
	void restart() {
		RuntimeException first = null;
		int up = 0;
		for (Member member : this.members) {
			try {
				member.connection().restart();
				up++;
			}
			catch (RuntimeException ex) {
				if (first == null) {
					first = ex;
				}
				Logs.log.warn("Codex app-server '{}' ({}) did not restart: {}", member.name(), member.server().target(),
						ServerConnection.shortProblem(ex.getMessage()));
				member.connection().restartFailed(ex);
			}
		}
		if (up == 0 && first != null) {
			throw first;
		}
	}

	/** Closes every server at once and forgets the pins. */
	void close() {
		this.launching.lock();
		try {
			this.closes++;
		}
		finally {
			this.launching.unlock();
		}
		List<Thread> closing = new ArrayList<>();
		for (Member member : this.members) {
			Thread thread = new Thread(member.connection()::close, "codex-pool-close-" + member.name());
			thread.setDaemon(true);
			thread.start();
			closing.add(thread);
		}
		for (Thread thread : closing) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		this.pins.clear();
	}

	private void awaitStart() {
		CompletableFuture<Void> startup = this.starting;
		if (startup != null && !startup.isDone()) {
			ClientCore.await(startup, this.config.startupTimeout().plusSeconds(5), "Starting the Codex pool");
		}
	}

	// ------------------------------------------------------------------ state

	boolean isRunning() {
		return this.members.stream().anyMatch(Member::isUp);
	}

	boolean isRestarting() {
		return this.members.stream().anyMatch((m) -> m.connection().isRestarting());
	}

	int activeTurns() {
		int sum = 0;
		for (Member member : this.members) {
			sum += member.connection().activeTurns();
		}
		return sum;
	}

	List<ServerStatus> statuses() {
		Map<Member, Integer> threads = new LinkedHashMap<>();
		this.members.forEach((m) -> threads.put(m, 0));
		for (Member member : this.pins.values()) {
			threads.merge(member, 1, Integer::sum);
		}
		List<ServerStatus> out = new ArrayList<>();
		for (Member member : this.members) {
			out.add(member.connection().status(member.name(), member.server().target(), threads.get(member)));
		}
		return List.copyOf(out);
	}

	Optional<TransportClosedException> closedReason() {
		if (isRunning()) {
			return Optional.empty();
		}
		for (Member member : this.members) {
			Optional<TransportClosedException> reason = member.connection().closedReason();
			if (reason.isPresent()) {
				return reason;
			}
		}
		return Optional.empty();
	}

	// ------------------------------------------------------------------ routing

	/**
	 * A server for a call that every server answers alike (models, account, raw calls without a thread): the first
	 * up server in configuration order; while none is up, waits for one being restarted.
	 */
	ClientCore anyCore() {
		awaitStart();
		for (Member member : this.members) {
			if (member.isUp()) {
				return member.connection().core();
			}
		}
		return waitForRestartingMember();
	}

	/** The server for a new thread: the up one with the fewest active turns, ties round-robin. */
	ClientCore placeNewThread() {
		awaitStart();
		Member best = place();
		return (best != null) ? best.connection().core() : waitForRestartingMember();
	}

	/** The up member with the fewest active turns (ties round-robin), or {@code null} if none is up. */
	private Member place() {
		// round-robin among the servers that are up: a server that is down must not hand its turn to the next one
		List<Member> up = this.members.stream().filter(Member::isUp).toList();
		int n = up.size();
		if (n == 0) {
			return null;
		}
		int offset = Math.floorMod(this.nextPlacement.getAndIncrement(), n);
		Member best = null;
		int bestTurns = Integer.MAX_VALUE;
		for (int i = 0; i < n; i++) {
			Member member = up.get((offset + i) % n);
			int turns = member.connection().activeTurns();
			if (turns < bestTurns) {
				best = member;
				bestTurns = turns;
			}
		}
		return best;
	}

	private ClientCore waitForRestartingMember() {
		for (Member member : this.members) {
			if (member.connection().isRestarting()) {
				return member.connection().core(); // waits for the restart (bounded)
			}
		}
		throw new TransportClosedException("No Codex app-server of the pool is up: " + describeProblems(), null,
				null);
	}

	private String describeProblems() {
		StringBuilder sb = new StringBuilder();
		for (ServerStatus status : statuses()) {
			if (sb.length() > 0) {
				sb.append("; ");
			}
			sb.append(status.name()).append(' ').append(status.state());
			status.problem().ifPresent((p) -> sb.append(" (").append(p).append(')'));
		}
		return sb.toString();
	}

	/** Pins {@code threadId} to the server of {@code core} (a thread just started, resumed, forked there). */
	void pin(String threadId, ClientCore core) {
		Member member = memberOf(core);
		if (member != null) {
			pinTo(threadId, member);
		}
	}

	private void pinTo(String threadId, Member member) {
		if (this.pins.size() >= MAX_PINS && !this.pins.containsKey(threadId)) {
			// bounded: drop some pins; a dropped one is found again by a lookup
			var it = this.pins.keySet().iterator();
			for (int i = 0; i < MAX_PINS / 10 && it.hasNext(); i++) {
				it.next();
				it.remove();
			}
		}
		this.pins.put(threadId, member);
	}

	/**
	 * A thread's move to the server of {@code core} failed (its {@code thread/resume} there was refused, e.g. the old
	 * server still has it loaded): drops the pin, so the next call looks the thread up again instead of going to that
	 * server for good.
	 */
	void moveFailed(String threadId, ClientCore core) {
		Member member = memberOf(core);
		if (member != null && this.pins.remove(threadId, member)) {
			Logs.log.info("Thread {}: the move to server '{}' failed; it will be looked up again", threadId,
					member.name());
		}
	}

	private Member memberOf(ClientCore core) {
		for (Member member : this.members) {
			if (member.connection().currentCore() == core) {
				return member;
			}
		}
		return null;
	}

	/** The server a thread is pinned to, or {@code null} (for tests and status). */
	String pinnedServer(String threadId) {
		Member member = this.pins.get(threadId);
		return (member != null) ? member.name() : null;
	}

	/**
	 * The connection for a call on {@code threadId}: its server's, found first by a lookup when this client has not
	 * seen the thread. When that server is not up, the thread moves to another up server if the servers share thread
	 * storage, else the call fails with {@link ServerUnavailableException}.
	 */
	ClientCore coreForThread(String threadId) {
		return ClientCore.await(coreForThreadAsync(threadId));
	}

	/** {@link #coreForThread} without blocking for the lookup. */
	CompletableFuture<ClientCore> coreForThreadAsync(String threadId) {
		try {
			awaitStart();
			Member member = this.pins.get(threadId);
			if (member != null) {
				return CompletableFuture.completedFuture(coreOf(threadId, member));
			}
			return lookup(threadId).thenApply((found) -> coreOf(threadId, found));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private ClientCore coreOf(String threadId, Member member) {
		if (member.isUp()) {
			return member.connection().core();
		}
		if (this.config.sharedThreadStorage()) {
			Member other = place();
			if (other != null) {
				Logs.log.info("Thread {}: server '{}' is not up; moving it to '{}' (shared thread storage)", threadId,
						member.name(), other.name());
				this.pins.replace(threadId, member, other);
				// a concurrent call may have moved it first: follow the pin, so both calls use one server
				Member now = this.pins.getOrDefault(threadId, other);
				return (now.isUp() ? now : other).connection().core();
			}
		}
		ServerStatus status = member.connection().status(member.name(), member.server().target(), 0);
		throw new ServerUnavailableException(threadId, member.name(),
				status.state() + status.problem().map((p) -> ": " + p).orElse(""));
	}

	/**
	 * Finds the server that holds {@code threadId} by asking every up server ({@code thread/read}) and pins it. A
	 * server that has the thread loaded wins, as soon as it answers (with shared storage every server can read it,
	 * but only the one that has it loaded may write it); else the first server in configuration order that knows it.
	 * Fails with the first server's error (the binary's "thread not loaded") when none does, or, without shared
	 * storage, with {@link ServerUnavailableException} when a server that is not up may hold it. While no server is
	 * up, waits for one being restarted. Completes on a worker thread.
	 */
	private CompletableFuture<Member> lookup(String threadId) {
		List<Member> up = this.members.stream().filter(Member::isUp).toList();
		if (up.isEmpty()) {
			// like any other call: wait for a server being restarted (bounded), then look the thread up
			for (Member member : this.members) {
				if (member.connection().isRestarting()) {
					try {
						member.connection().core();
					}
					catch (RuntimeException ex) {
						// that restart failed: the others' states are reported below
					}
					break;
				}
			}
			up = this.members.stream().filter(Member::isUp).toList();
		}
		if (up.isEmpty()) {
			return CompletableFuture.failedFuture(new TransportClosedException(
					"Cannot find thread " + threadId + ": no Codex app-server of the pool is up: " + describeProblems(),
					null, null));
		}
		List<CompletableFuture<JsonNode>> reads = new ArrayList<>();
		for (Member member : up) {
			ObjectNode params = Params.create().put("threadId", threadId).put("includeTurns", false).node();
			CompletableFuture<JsonNode> read;
			try {
				read = member.connection().core().call("thread/read", params);
			}
			catch (RuntimeException ex) {
				read = CompletableFuture.failedFuture(ex);
			}
			reads.add(read);
		}
		java.util.concurrent.Executor worker = up.get(0).connection().core().offReader();
		List<Member> asked = up;
		// the first server that has the thread loaded wins at once: a server that does not answer holds the lookup
		// only when no other has it loaded
		CompletableFuture<Member> found = new CompletableFuture<>();
		for (int i = 0; i < asked.size(); i++) {
			Member member = asked.get(i);
			reads.get(i).thenAccept((result) -> {
				if (isLoaded(result)) {
					found.complete(member);
				}
			});
		}
		CompletableFuture.allOf(reads.stream().map((f) -> f.handle((r, ex) -> null))
			.toArray(CompletableFuture[]::new)).thenRunAsync(() -> {
				if (found.isDone()) {
					return;
				}
				Member first = null;
				Throwable firstFailure = null;
				for (int i = 0; i < asked.size(); i++) {
					CompletableFuture<JsonNode> read = reads.get(i);
					if (read.isCompletedExceptionally()) {
						if (firstFailure == null) {
							firstFailure = ClientCore.unwrap(read.handle((r, ex) -> ex).join());
						}
						continue;
					}
					if (first == null) {
						first = asked.get(i);
					}
				}
				if (first != null) {
					found.complete(first);
					return;
				}
				// without shared storage a server that is not up may hold the thread: "not found" would be wrong
				Member down = this.config.sharedThreadStorage() ? null
						: this.members.stream().filter((m) -> !asked.contains(m)).findFirst().orElse(null);
				if (down != null) {
					ServerStatus status = down.connection().status(down.name(), down.server().target(), 0);
					found.completeExceptionally(new ServerUnavailableException(threadId, down.name(),
							status.state() + status.problem().map((p) -> ": " + p).orElse("")
									+ "; the servers that are up do not know the thread"));
					return;
				}
				found.completeExceptionally(firstFailure);
			}, worker);
		return found.thenApplyAsync((member) -> {
			Member pinned = this.pins.putIfAbsent(threadId, member);
			if (pinned == null) {
				Logs.log.debug("Thread {} found on server '{}'; pinned", threadId, member.name());
			}
			return (pinned != null) ? pinned : member;
		}, worker);
	}

	/** Whether a {@code thread/read} answer says the server has the thread loaded. */
	private static boolean isLoaded(JsonNode result) {
		JsonNode thread = (result != null) ? result.get("thread") : null;
		String status = (thread != null) ? ThreadInfo.from(thread).status() : null;
		return status != null && !"notLoaded".equals(status);
	}

	// ------------------------------------------------------------------ merged calls

	/** Every thread of every up server, de-duplicated by id and sorted as the server sorts. */
	CompletableFuture<List<ThreadInfo>> listThreads(ThreadListOptions options,
			java.util.function.BiFunction<ClientCore, String, CompletableFuture<ThreadPage>> pageOf) {
		awaitStart();
		List<Member> up = this.members.stream().filter(Member::isUp).toList();
		if (up.isEmpty()) {
			return CompletableFuture.supplyAsync(this::anyCore).thenCompose((core) -> collect(core, options, pageOf,
					null, new ArrayList<>()));
		}
		List<CompletableFuture<List<ThreadInfo>>> lists = new ArrayList<>();
		for (Member member : up) {
			lists.add(collect(member.connection().core(), options, pageOf, null, new ArrayList<>()));
		}
		return CompletableFuture.allOf(lists.toArray(CompletableFuture[]::new)).thenApply((v) -> {
			Map<String, ThreadInfo> byId = new LinkedHashMap<>();
			for (CompletableFuture<List<ThreadInfo>> list : lists) {
				for (ThreadInfo thread : list.join()) {
					byId.merge(thread.id(), thread, (a, b) -> (updated(b) > updated(a)) ? b : a);
				}
			}
			List<ThreadInfo> merged = new ArrayList<>(byId.values());
			merged.sort(order(options));
			return List.copyOf(merged);
		});
	}

	private static CompletableFuture<List<ThreadInfo>> collect(ClientCore core, ThreadListOptions options,
			java.util.function.BiFunction<ClientCore, String, CompletableFuture<ThreadPage>> pageOf, String cursor,
			List<ThreadInfo> all) {
		return pageOf.apply(core, cursor).thenCompose((page) -> {
			all.addAll(page.threads());
			if (page.nextCursor() == null || page.threads().isEmpty()) {
				return CompletableFuture.completedFuture(all);
			}
			return collect(core, options, pageOf, page.nextCursor(), all);
		});
	}

	private static long updated(ThreadInfo thread) {
		return (thread.updatedAt() != null) ? thread.updatedAt() : Long.MIN_VALUE;
	}

	/** The server's order: {@code sortKey} (default {@code created_at}), {@code sortDirection} (default desc). */
	static Comparator<ThreadInfo> order(ThreadListOptions options) {
		boolean byUpdate = "updated_at".equals(options.sortKey());
		Comparator<ThreadInfo> ascending = Comparator.comparingLong((ThreadInfo t) -> {
			Long value = byUpdate ? t.updatedAt() : t.createdAt();
			return (value != null) ? value : Long.MIN_VALUE;
		}).thenComparing(ThreadInfo::id);
		return "asc".equals(options.sortDirection()) ? ascending : ascending.reversed();
	}

	/** Runs {@code call} on every up server (e.g. a login), failing if any fails or none is up. */
	CompletableFuture<Void> onEveryUpServer(java.util.function.Function<ClientCore, CompletableFuture<?>> call) {
		try {
			awaitStart();
			List<CompletableFuture<?>> calls = new ArrayList<>();
			for (Member member : this.members) {
				if (member.isUp()) {
					calls.add(call.apply(member.connection().core()));
				}
			}
			if (calls.isEmpty()) {
				return call.apply(anyCore()).thenApply((r) -> null);
			}
			return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	/** Pings every up server; the longest round trip. */
	Duration ping(Duration timeout) {
		awaitStart();
		Duration longest = null;
		for (Member member : this.members) {
			if (member.isUp()) {
				Duration rtt = member.connection().ping(timeout);
				if (longest == null || rtt.compareTo(longest) > 0) {
					longest = rtt;
				}
			}
		}
		if (longest == null) {
			throw new TransportClosedException("No Codex app-server of the pool is up: " + describeProblems(), null,
					null);
		}
		return longest;
	}

}
