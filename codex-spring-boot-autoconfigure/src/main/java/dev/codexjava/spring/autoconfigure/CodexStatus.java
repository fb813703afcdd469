package dev.codexjava.spring.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import dev.codexjava.client.CodexListener;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.protocol.model.AccountInfo;

/**
 * The last known state of the auto-configured Codex app-server, for health and metrics: updated by
 * {@link CodexLifecycle} and, as a {@link CodexListener} registered in the client's configuration, by the client
 * itself (handshake done, process exited). Reading it never touches the process. Thread-safe.
 */
public final class CodexStatus implements CodexListener {

	private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.INITIAL);

	/** The current state. */
	public Snapshot snapshot() {
		return this.current.get();
	}

	// ------------------------------------------------------------------ updates from the lifecycle

	void starting() {
		update((s) -> new Snapshot(State.STARTING, null, null, null, null, null, null));
	}

	void ready(Long pid, String serverVersion) {
		update((s) -> {
			if (s.state() == State.READY && Objects.equals(s.pid(), pid)) {
				return s; // already reported by the listener; keep its start time
			}
			return new Snapshot(State.READY, null, null, pid, serverVersion, Instant.now(), null);
		});
	}

	void failed(Throwable failure) {
		String reason = (failure instanceof CodexStartupException startup)
				? "Start-up failed (" + startup.reason() + "): " + startup.getMessage()
				: "Start-up failed: " + failure;
		update((s) -> new Snapshot(State.DOWN, reason, null, s.pid(), s.serverVersion(), null, null));
	}

	void stopped() {
		update((s) -> new Snapshot(State.STOPPED, null, s.exitCode(), s.pid(), s.serverVersion(), null, null));
	}

	/** Liveness probes against process {@code pid} failed {@code failures} times in a row. */
	void unresponsive(Long pid, int failures, String cause) {
		String reason = "Not answering: " + failures + " consecutive liveness probes failed (" + cause + ")";
		update((s) -> (s.state() == State.READY && Objects.equals(s.pid(), pid))
				? new Snapshot(State.DOWN, reason, null, s.pid(), s.serverVersion(), null, s.account()) : s);
	}

	/** A liveness probe against process {@code pid} succeeded again after it had been reported unresponsive. */
	void responsive(Long pid) {
		update((s) -> (s.state() == State.DOWN && Objects.equals(s.pid(), pid) && s.reason() != null
				&& s.reason().startsWith("Not answering"))
						? new Snapshot(State.READY, null, null, s.pid(), s.serverVersion(), Instant.now(), s.account())
						: s);
	}

	void account(Long pid, AccountInfo account) {
		Account summary = new Account(account.isSignedIn(), account.type(), account.requiresOpenaiAuth());
		update((s) -> (s.state() == State.READY && Objects.equals(s.pid(), pid)) ? s.withAccount(summary) : s);
	}

	private void update(UnaryOperator<Snapshot> change) {
		this.current.updateAndGet(change);
	}

	// ------------------------------------------------------------------ updates from the client

	@Override
	public void onProcessStarted(long pid, String serverVersion) {
		ready((pid >= 0) ? pid : null, serverVersion);
	}

	@Override
	public void onProcessExited(Integer exitCode, boolean expected) {
		update((s) -> {
			if (s.state() != State.READY) {
				return s; // start-up failures and stops are reported by the lifecycle
			}
			if (expected) {
				return new Snapshot(State.STOPPED, null, exitCode, s.pid(), s.serverVersion(), null, null);
			}
			String reason = "The Codex app-server exited unexpectedly"
					+ ((exitCode != null) ? " (exit code " + exitCode + ")" : "");
			return new Snapshot(State.DOWN, reason, exitCode, s.pid(), s.serverVersion(), null, null);
		});
	}

	@Override
	public String toString() {
		return "CodexStatus[" + snapshot() + "]";
	}

	/** The states of the app-server. */
	public enum State {

		/** Not started yet (for example with {@code codex.lifecycle.auto-startup=false}). */
		NOT_STARTED,
		/** The process is starting and the handshake is not done yet. */
		STARTING,
		/** Running and connected. */
		READY,
		/** Start-up failed, or the process exited while it should be running; see the reason. */
		DOWN,
		/** Stopped with the application context (or by the application). */
		STOPPED

	}

	/**
	 * What is known about the signed-in account (read once after start-up; never the key or e-mail).
	 *
	 * @param signedIn whether an account is signed in
	 * @param type the account type ({@code apiKey}, {@code chatgpt}, ...), or {@code null}
	 * @param requiresOpenaiAuth whether the configured model provider needs an OpenAI login at all
	 */
	public record Account(boolean signedIn, String type, boolean requiresOpenaiAuth) {
	}

	/**
	 * An immutable view of the status.
	 *
	 * @param state the state
	 * @param reason why the state is {@link State#DOWN}, otherwise {@code null}
	 * @param exitCode the exit code of the process if it exited and the code is known, otherwise {@code null}
	 * @param pid the process id of the current (or last) process, or {@code null}
	 * @param serverVersion the server version from the handshake, or {@code null}
	 * @param startedAt when the process became ready, or {@code null} when not {@link State#READY}
	 * @param account the account, once read after start-up, or {@code null}
	 */
	public record Snapshot(State state, String reason, Integer exitCode, Long pid, String serverVersion,
			Instant startedAt, Account account) {

		static final Snapshot INITIAL = new Snapshot(State.NOT_STARTED, null, null, null, null, null, null);

		/** How long the process has been ready, or {@code null} when not {@link State#READY}. */
		public Duration uptime() {
			return (this.startedAt != null) ? Duration.between(this.startedAt, Instant.now()) : null;
		}

		Snapshot withAccount(Account account) {
			return new Snapshot(this.state, this.reason, this.exitCode, this.pid, this.serverVersion, this.startedAt,
					account);
		}

	}

}
