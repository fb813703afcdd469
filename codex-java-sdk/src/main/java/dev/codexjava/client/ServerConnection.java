package dev.codexjava.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.protocol.Params;
import dev.codexjava.transport.RemoteEndpoint;
import dev.codexjava.transport.Transport;

/**
 * The lifecycle of one app-server: its connection ({@link ClientCore}: process or remote connection, handshake,
 * router, server-request dispatcher), started, restarted and closed under one lock, and supervised (restarted after
 * an unexpected exit by its {@link Supervisor}). A {@link CodexEngine} has one; a {@link ServerPool} has one per
 * server.
 */
final class ServerConnection {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(ServerConnection.class);

		private Logs() {
		}

	}

	private final CodexConfig config;

	private final Transport transport;

	/** A new transport per (re)start instead of a child process; {@code null} for the real process (tests). */
	private final Supplier<Transport> transports;

	/** The typed subscribers of the client this server serves; outlive restarts. */
	private final Subscriptions subscriptions;

	/**
	 * Held while the app-server is started, restarted or closed. A lock, not a monitor: start-up waits for the process
	 * and its handshake, and a monitor held across that wait pins a virtual thread's carrier on Java 21 to 23.
	 */
	private final ReentrantLock lifecycle = new ReentrantLock();

	private final Supervisor supervisor;

	private volatile ClientCore core;

	/** Set while {@link #startAsync()} runs, so calls made meanwhile wait for it instead of failing. */
	private volatile CompletableFuture<Void> starting;

	/** Why the last start failed, while supervision retries it (a member of a pool). */
	private volatile String startProblem;

	/**
	 * @param transport a given transport (never restarted), or {@code null}
	 * @param transports a new transport per start, or {@code null}; both {@code null}: the configured process or
	 * endpoint
	 */
	ServerConnection(CodexConfig config, Transport transport, Supplier<Transport> transports,
			Subscriptions subscriptions) {
		this.config = Objects.requireNonNull(config, "config");
		this.transport = transport;
		this.transports = transports;
		this.subscriptions = subscriptions;
		this.supervisor = new Supervisor(supervised(),
				(transport != null) ? SupervisionPolicy.disabled() : config.supervision());
	}

	/** The lifecycle lock (for tests that race a restart against a close). */
	ReentrantLock lifecycleLock() {
		return this.lifecycle;
	}

	// ------------------------------------------------------------------ lifecycle

	/** Starts the app-server and completes the handshake; does nothing if it is already running. */
	void start() {
		this.lifecycle.lock();
		try {
			startUnderLock();
		}
		finally {
			this.lifecycle.unlock();
		}
	}

	private void startUnderLock() {
		CompletableFuture<Void> startup = this.starting;
		if (startup != null && startup.isCompletedExceptionally()) {
			this.starting = null; // a new start replaces the failed background one
		}
		ClientCore current = this.core;
		if (current != null && !current.isClosed() && current.isRunning()) {
			return;
		}
		this.supervisor.stop();
		startLocked();
		this.supervisor.resume();
	}

	/** {@link #start()} on a background thread; calls made meanwhile wait for it. Cancelling aborts it. */
	CompletableFuture<Void> startAsync() {
		CompletableFuture<Void> done = new CompletableFuture<>();
		this.starting = done;
		Thread thread = new Thread(() -> {
			try {
				this.lifecycle.lock();
				try {
					if (done.isDone()) {
						return; // closed before it began
					}
					startUnderLock();
				}
				finally {
					this.lifecycle.unlock();
				}
				done.complete(null);
				if (this.starting == done) {
					this.starting = null; // started: calls go straight to the connection
				}
			}
			catch (Throwable ex) {
				// kept: calls made afterwards fail with this start-up error rather than "not started"
				done.completeExceptionally(ex);
			}
		}, "codex-startup");
		thread.setDaemon(true);
		done.whenComplete((ignored, failure) -> {
			if (done.isCancelled()) {
				thread.interrupt();
			}
		});
		thread.start();
		return done;
	}

	/** Stops the current app-server (if any) and starts a new one. */
	void restart() {
		this.lifecycle.lock();
		try {
			this.supervisor.stop();
			startLocked();
			this.supervisor.resume();
		}
		finally {
			this.lifecycle.unlock();
		}
	}

	private ClientCore startLocked() {
		ClientCore current = this.core;
		if (current != null && !current.isClosed()) {
			current.close();
		}
		if (this.transport != null && current != null) {
			throw new IllegalStateException("A client over a given transport cannot be restarted");
		}
		ClientCore started;
		if (this.transport != null) {
			started = ClientCore.start(this.config, this.transport, this.subscriptions);
		}
		else if (this.transports != null) {
			started = ClientCore.start(this.config, this.transports.get(), this.subscriptions);
		}
		else {
			started = ClientCore.start(this.config, this.subscriptions);
		}
		this.core = started;
		this.startProblem = null;
		started.onCrash(this.supervisor);
		started.announceStarted();
		return started;
	}

	/** This server as its supervisor sees it. */
	private SupervisedClient supervised() {
		return new SupervisedClient() {

			@Override
			public CodexConfig config() {
				return ServerConnection.this.config;
			}

			@Override
			public ClientCore restartAfterCrash(BooleanSupplier stillWanted) {
				return ServerConnection.this.restartAfterCrash(stillWanted);
			}

			@Override
			public void notifyRestartScheduled(int attempt, Duration delay, Throwable reason) {
				ServerConnection.this.notifyRestartScheduled(attempt, delay, reason);
			}

			@Override
			public void notifyGaveUp(String reason) {
				ServerConnection.this.notifyGaveUp(reason);
			}

		};
	}

	/**
	 * Called by the supervisor on its own thread. Starts a new process only if {@code stillWanted} holds under the
	 * lifecycle lock: a {@link #close()} (or a user's start) that ran since the supervisor decided to restart has
	 * stopped supervision under the same lock, and a restart then would start a process nobody closes.
	 * @return the new core, or {@code null} if the restart is no longer wanted
	 */
	private ClientCore restartAfterCrash(BooleanSupplier stillWanted) {
		this.lifecycle.lock();
		try {
			if (!stillWanted.getAsBoolean()) {
				return null;
			}
			return startLocked();
		}
		finally {
			this.lifecycle.unlock();
		}
	}

	/**
	 * A member of a pool failed to start while others started: supervision retries the start with backoff (as after a
	 * crash), so the server joins the pool when it comes up.
	 */
	void startFailed(Throwable failure, CompletableFuture<Void> start) {
		superviseFailedStart(failure, start, "start-up failed: ");
	}

	/** The same for a failed {@link #restart()} of a pool's server: supervision retries it. */
	void restartFailed(Throwable failure) {
		superviseFailedStart(failure, null, "restart failed: ");
	}

	/**
	 * @param start the failed {@link #startAsync()}, or {@code null}: nothing is done when that start is no longer
	 * this server's (a {@link #close()} aborted it, or a new start replaced it), else supervision would start a
	 * process after close
	 */
	private void superviseFailedStart(Throwable failure, CompletableFuture<Void> start, String what) {
		String problem = shortProblem(failure.getMessage());
		this.lifecycle.lock();
		try {
			if (start != null) {
				if (this.starting != start) {
					return; // closed (or started anew) since: not ours to supervise
				}
				this.starting = null;
			}
			this.startProblem = (problem != null) ? problem : failure.getClass().getSimpleName();
			this.supervisor.resume();
		}
		finally {
			this.lifecycle.unlock();
		}
		this.supervisor.crashed(new TransportClosedException(what + this.startProblem, null, null));
	}

	private void notifyRestartScheduled(int attempt, Duration delay, Throwable reason) {
		RemoteEndpoint endpoint = this.config.endpoint();
		for (CodexListener listener : this.config.listeners()) {
			try {
				if (endpoint != null) {
					listener.onReconnectScheduled(endpoint.uri().toString(), attempt, delay, reason);
				}
				else {
					listener.onRestartScheduled(attempt, delay, reason);
				}
			}
			catch (Throwable ex) {
				// listeners must not break supervision (this runs on the reader thread, in the middle of it)
				Logs.log.warn("CodexListener.onRestartScheduled failed; continuing", ex);
			}
		}
	}

	private void notifyGaveUp(String reason) {
		for (CodexListener listener : this.config.listeners()) {
			try {
				listener.onSupervisionGaveUp(reason);
			}
			catch (Throwable ex) {
				// listeners must not break supervision
				Logs.log.warn("CodexListener.onSupervisionGaveUp failed; continuing", ex);
			}
		}
	}

	/** Stops supervision and the app-server; aborts a {@link #startAsync()} in progress. Idempotent. */
	void close() {
		CompletableFuture<Void> startup = this.starting;
		if (startup != null) {
			startup.cancel(true);
			this.starting = null;
		}
		this.lifecycle.lock();
		try {
			this.supervisor.stop();
			ClientCore current = this.core;
			if (current != null) {
				current.close();
			}
		}
		finally {
			this.lifecycle.unlock();
		}
	}

	// ------------------------------------------------------------------ state

	/**
	 * The current connection. While a start ({@link #startAsync()}) or a restart after a crash is in progress, waits
	 * for it (at most the start-up timeout, plus the longest restart delay for a restart), so calls made meanwhile go
	 * to the new process.
	 */
	ClientCore core() {
		ClientCore current = this.core;
		CompletableFuture<Void> startup = this.starting;
		if ((current == null || !current.isRunning()) && startup != null) {
			try {
				Futures.await(startup, this.config.startupTimeout(), "Starting the Codex app-server");
			}
			catch (java.util.concurrent.CancellationException ex) {
				// close() aborted the start this call waited for
				TransportClosedException closed = new TransportClosedException(
						"This Codex client was closed while it started", null, null);
				closed.initCause(ex);
				throw closed;
			}
			current = this.core;
		}
		if (current == null) {
			throw new IllegalStateException("This Codex client is not started; call start() or startAsync() first");
		}
		CompletableFuture<ClientCore> pending = this.supervisor.pending();
		// not on the thread still failing the old process's callers: the restart is scheduled only after it is done
		if (pending != null && !current.isRunning() && !current.isFailingCallersOnThisThread()) {
			Duration limit = this.config.startupTimeout().plus(this.config.supervision().maxDelay());
			return Futures.await(pending, limit, "Restarting the Codex app-server");
		}
		return current;
	}

	/** The connection as it is, without waiting for a start or restart ({@code null} before start). */
	ClientCore currentCore() {
		return this.core;
	}

	/** Whether a restart (or reconnect) after an unexpected exit is in progress. */
	boolean isRestarting() {
		return this.supervisor.pending() != null;
	}

	/** Whether the app-server is running and connected. */
	boolean isRunning() {
		ClientCore current = this.core;
		return current != null && current.isRunning();
	}

	/** Why the connection ended, if it did. */
	Optional<TransportClosedException> closedReason() {
		ClientCore current = this.core;
		return Optional.ofNullable((current != null) ? current.closedReason() : null);
	}

	/** The server version, or {@code null} before start or if unreadable. */
	String serverVersion() {
		ClientCore current = this.core;
		return (current != null && current.serverInfo() != null) ? current.serverInfo().version() : null;
	}

	/** The process id (empty when not started and for a remote endpoint). */
	OptionalLong pid() {
		ClientCore current = this.core;
		return (current != null && current.connection() != null) ? current.connection().transport().pid()
				: OptionalLong.empty();
	}

	/** Turns running on this server. */
	int activeTurns() {
		ClientCore current = this.core;
		return (current != null) ? current.activeTurns() : 0;
	}

	/** This server as a {@link ServerStatus}. */
	ServerStatus status(String name, String target, int threads) {
		ServerState state = isRunning() ? ServerState.UP : isRestarting() ? ServerState.RESTARTING : ServerState.DOWN;
		Optional<String> problem = Optional.empty();
		if (state != ServerState.UP) {
			String reason = this.supervisor.gaveUpReason();
			if (reason == null) {
				reason = closedReason().map(Throwable::getMessage).orElse(this.startProblem);
			}
			if (reason == null && this.core == null) {
				reason = "not started";
			}
			problem = Optional.ofNullable(shortProblem(reason));
		}
		return new ServerStatus(name, target, state, activeTurns(), threads, problem);
	}

	/** The first line of {@code reason}, at most 160 characters (no stderr lines). */
	static String shortProblem(String reason) {
		if (reason == null || reason.isBlank()) {
			return null;
		}
		String line = reason.strip().lines().findFirst().orElse("");
		int stderr = line.indexOf("; last stderr lines:");
		if (stderr >= 0) {
			line = line.substring(0, stderr);
		}
		return (line.length() > 160) ? line.substring(0, 159) + "…" : line;
	}

	/**
	 * Sends a cheap request ({@code thread/loaded/list}) with its own timeout, without automatic retry.
	 * @return the round-trip time
	 */
	Duration ping(Duration timeout) {
		ClientCore current = core();
		current.ensureOpen();
		ObjectNode params = Params.create().put("limit", 1).node();
		long start = System.nanoTime();
		Futures.await(current.connection().request("thread/loaded/list", params, timeout));
		return Duration.ofNanos(System.nanoTime() - start);
	}

	@Override
	public String toString() {
		return "ServerConnection[pid=" + pid() + ", running=" + isRunning() + "]";
	}

}
