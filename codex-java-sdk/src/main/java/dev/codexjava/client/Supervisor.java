package dev.codexjava.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.codexjava.error.CodexException;
import dev.codexjava.error.TransportClosedException;
import dev.codexjava.transport.RemoteEndpoint;

/**
 * Restarts a {@code Codex}'s app-server after an unexpected exit, per its {@link SupervisionPolicy}: backoff between
 * attempts, at most {@code maxRestarts} within the window, then it gives up and the client stays down. An attempt that
 * fails with anything (an {@link Error} too) counts as a failed attempt. A restart never starts a process after
 * {@code Codex.close()} or a user's (re)start: the owner re-checks {@link #wants} under its lifecycle lock. For a
 * remote endpoint a "restart" is a reconnect plus a new handshake: the server itself is never started or stopped.
 */
final class Supervisor implements CrashHandler {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(Supervisor.class);

		private Logs() {
		}

	}

	private final SupervisedClient owner;

	private final SupervisionPolicy policy;

	private final Deque<Long> restarts = new ArrayDeque<>();

	/**
	 * Guards the restart state. A lock, not a monitor: listeners are told of a scheduled restart under it, and their
	 * code may block (a monitor held meanwhile pins the carriers of virtual threads waiting for it on Java 21 to 23).
	 */
	private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

	private CompletableFuture<ClientCore> pending;

	/** The restart {@link #crashing()} claimed and {@link #crashed} has not scheduled yet, or {@code null}. */
	private CompletableFuture<ClientCore> claimed;

	private boolean stopped;

	private volatile String gaveUpReason;

	Supervisor(SupervisedClient owner, SupervisionPolicy policy) {
		this.owner = owner;
		this.policy = policy;
	}

	/** The restart in progress, or {@code null}. */
	CompletableFuture<ClientCore> pending() {
		this.lock.lock();
		try {
			return this.pending;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Why supervision gave up, or {@code null}. */
	String gaveUpReason() {
		return this.gaveUpReason;
	}

	/** The client was closed or (re)started by the user: no restart from now on until the next crash. */
	void stop() {
		this.lock.lock();
		try {
			this.stopped = true;
			if (this.pending != null) {
				this.pending.completeExceptionally(new TransportClosedException("This Codex client is closed", null, null));
				this.pending = null;
				this.claimed = null;
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Whether {@code restart} is still the restart wanted: supervision not stopped (closed, or (re)started by the
	 * user) and no newer restart in its place. The owner asks under its lifecycle lock, which {@link #stop()}'s
	 * callers hold too, so the answer holds until the process is started.
	 */
	boolean wants(CompletableFuture<ClientCore> restart) {
		this.lock.lock();
		try {
			return !this.stopped && this.pending == restart;
		}
		finally {
			this.lock.unlock();
		}
	}

	void resume() {
		this.lock.lock();
		try {
			this.stopped = false;
			this.gaveUpReason = null;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The current process died unexpectedly; its callers are about to fail. Claims the restart (without scheduling
	 * it) so that from now on {@link #pending()} is set: a caller who sees the failure and calls again waits for the
	 * restart instead of failing on the dead process. {@link #crashed} schedules it.
	 */
	@Override
	public void crashing() {
		this.lock.lock();
		try {
			if (this.policy.enabled() && !this.stopped && this.pending == null) {
				this.pending = new CompletableFuture<>();
				this.claimed = this.pending;
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The current process died unexpectedly (and its callers were failed): schedules the restart. */
	@Override
	public void crashed(TransportClosedException reason) {
		this.lock.lock();
		try {
			if (!this.policy.enabled()) {
				Logs.log.warn("Codex app-server exited unexpectedly and supervision is disabled: {}", reason.getMessage());
				return;
			}
			if (this.stopped) {
				return;
			}
			if (this.pending == null) {
				this.pending = new CompletableFuture<>();
			}
			else if (this.pending != this.claimed) {
				return; // a restart is already scheduled
			}
			this.claimed = null;
			schedule(1, reason);
		}
		finally {
			this.lock.unlock();
		}
	}

	private void schedule(int attempt, Throwable cause) {
		long now = System.nanoTime();
		while (!this.restarts.isEmpty() && now - this.restarts.peekFirst() > this.policy.window().toNanos()) {
			this.restarts.removeFirst();
		}
		if (this.restarts.size() >= this.policy.maxRestarts()) {
			giveUp(cause);
			return;
		}
		this.restarts.addLast(now);
		Duration delay = this.policy.delayBefore(attempt);
		if (this.owner.config().endpoint() != null) {
			Logs.log.warn("Connection to the Codex app-server at {} lost; reconnect attempt {} in {} ms ({})",
					this.owner.config().endpoint().uri(), attempt, delay.toMillis(), cause.getMessage());
		}
		else {
			Logs.log.warn("Codex app-server exited unexpectedly; restart attempt {} in {} ms ({})", attempt,
					delay.toMillis(), cause.getMessage());
		}
		this.owner.notifyRestartScheduled(attempt, delay, cause);
		Executor runner = (task) -> {
			Thread thread = new Thread(task, "codex-supervisor");
			thread.setDaemon(true);
			thread.start();
		};
		Executor delayed = CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, runner);
		delayed.execute(() -> attempt(attempt));
	}

	private void attempt(int attempt) {
		CompletableFuture<ClientCore> future;
		this.lock.lock();
		try {
			future = this.pending;
			if (this.stopped || future == null) {
				return;
			}
		}
		finally {
			this.lock.unlock();
		}
		try {
			skipIfNotReady();
			ClientCore core = this.owner.restartAfterCrash(() -> wants(future));
			if (core == null) {
				Logs.log.debug("Restart attempt {} dropped: the client was closed or restarted meanwhile", attempt);
				return;
			}
			this.lock.lock();
			try {
				if (this.pending == future) {
					this.pending = null;
				}
			}
			finally {
				this.lock.unlock();
			}
			Logs.log.info("Codex app-server restarted after an unexpected exit (attempt {})", attempt);
			future.complete(core);
		}
		catch (Throwable ex) {
			// an Error too (out of memory while starting, a bug): else this thread dies, the restart stays pending
			// for good, and every later call waits for it
			this.lock.lock();
			try {
				if (this.stopped || this.pending != future) {
					return;
				}
				Logs.log.warn("Restarting the Codex app-server failed (attempt {}): {}", attempt, ex.toString());
				schedule(attempt + 1, ex);
			}
			finally {
				this.lock.unlock();
			}
		}
	}

	/** How long a reconnect attempt asks a remote server's {@code /readyz} before the handshake. */
	static final Duration READY_PROBE_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * For a remote endpoint: asks {@code /readyz} first and fails the attempt without a handshake when nothing
	 * answers or the server says it is not ready (503). Any other answer (a proxy that does not route
	 * {@code /readyz}) goes on with the handshake.
	 */
	private void skipIfNotReady() {
		RemoteEndpoint endpoint = this.owner.config().endpoint();
		if (endpoint == null) {
			return;
		}
		OptionalInt status = endpoint.readyzStatus(READY_PROBE_TIMEOUT);
		if (status.isEmpty() || status.getAsInt() == 503) {
			throw new CodexException("The Codex app-server at " + endpoint.uri() + " is not ready ("
					+ (status.isEmpty() ? "no answer" : "HTTP 503") + " from GET /readyz); reconnect skipped");
		}
	}

	private void giveUp(Throwable cause) {
		String reason = "gave up after " + this.policy.maxRestarts() + " restarts within "
				+ this.policy.window().toSeconds() + " s; last failure: " + cause.getMessage();
		this.gaveUpReason = reason;
		Logs.log.error("Codex app-server supervision {}", reason);
		CompletableFuture<ClientCore> future = this.pending;
		this.pending = null;
		if (future != null) {
			future.completeExceptionally(new TransportClosedException("Codex app-server is down: " + reason, null,
					null));
		}
		this.owner.notifyGaveUp(reason);
	}

}
