package dev.codexjava.spring.autoconfigure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.SmartLifecycle;

import dev.codexjava.client.Codex;

/**
 * Starts and stops every {@link Codex} bean of a context that defines several: one {@link CodexLifecycle} per bean,
 * each with its own {@link CodexStatus} (so a failure of one client is reported for that bean only). Start-up goes
 * bean by bean in definition order; stopping closes all clients in parallel. Used instead of the single
 * {@link CodexLifecycle} bean, which exists only when there is exactly one {@code Codex} bean.
 */
public final class CodexClientsLifecycle implements SmartLifecycle {

	private final Map<String, CodexLifecycle> lifecycles;

	private final Map<String, CodexStatus> statuses;

	private final boolean autoStartup;

	private final int phase;

	/**
	 * A lifecycle for {@code clients}.
	 * @param clients the clients by bean name, in definition order
	 * @param autoStartup whether to start with the context
	 * @param phase the lifecycle phase
	 * @param waitForStartup whether {@link #start()} blocks until every handshake is done
	 */
	public CodexClientsLifecycle(Map<String, Codex> clients, boolean autoStartup, int phase, boolean waitForStartup) {
		Map<String, CodexLifecycle> lifecycles = new LinkedHashMap<>();
		Map<String, CodexStatus> statuses = new LinkedHashMap<>();
		clients.forEach((name, codex) -> {
			CodexStatus status = new CodexStatus();
			statuses.put(name, status);
			lifecycles.put(name, new CodexLifecycle(codex, status, autoStartup, phase, waitForStartup));
		});
		this.lifecycles = Collections.unmodifiableMap(lifecycles);
		this.statuses = Collections.unmodifiableMap(statuses);
		this.autoStartup = autoStartup;
		this.phase = phase;
	}

	/** The tracked status of each client, by bean name (for health). */
	public Map<String, CodexStatus> statuses() {
		return this.statuses;
	}

	@Override
	public void start() {
		List<CodexLifecycle> started = new ArrayList<>();
		try {
			for (CodexLifecycle lifecycle : this.lifecycles.values()) {
				lifecycle.start();
				started.add(lifecycle);
			}
		}
		catch (RuntimeException ex) {
			// the context will not start: do not leave the clients started so far running
			started.forEach(CodexLifecycle::stop);
			throw ex;
		}
	}

	@Override
	public void stop() {
		CountDownLatch done = new CountDownLatch(this.lifecycles.size());
		stop(done::countDown, done);
	}

	@Override
	public void stop(Runnable callback) {
		CountDownLatch done = new CountDownLatch(this.lifecycles.size());
		Thread waiter = new Thread(() -> {
			try {
				done.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				callback.run();
			}
		}, "codex-stop-all");
		waiter.setDaemon(true);
		waiter.start();
		this.lifecycles.values().forEach((lifecycle) -> lifecycle.stop(done::countDown));
	}

	private void stop(Runnable each, CountDownLatch done) {
		this.lifecycles.values().forEach((lifecycle) -> lifecycle.stop(each));
		try {
			done.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.lifecycles.values().stream().anyMatch(CodexLifecycle::isRunning);
	}

	@Override
	public boolean isAutoStartup() {
		return this.autoStartup;
	}

	@Override
	public int getPhase() {
		return this.phase;
	}

}
