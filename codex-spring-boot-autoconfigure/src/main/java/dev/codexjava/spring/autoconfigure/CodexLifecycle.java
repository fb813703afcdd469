package dev.codexjava.spring.autoconfigure;

import java.util.OptionalLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

import dev.codexjava.client.Codex;

/**
 * Starts the {@link Codex} app-server when the application context starts and stops it when the context stops or
 * closes. The default phase, {@link #DEFAULT_PHASE}, is lower than the embedded web server's, so the app-server is
 * ready before requests arrive and is stopped only after the web server has drained them. Stopping is asynchronous
 * (closing stdin, then terminating and killing the process tree), so other beans in the same phase stop in parallel.
 * <p>
 * With {@code waitForStartup} the context start blocks until the handshake is done and fails if start-up fails;
 * without it the process starts on a daemon thread ({@link Codex#startAsync()}: calls made meanwhile wait for the
 * handshake) and failures are only recorded in {@link CodexStatus} (and so reported by the health indicator).
 */
public final class CodexLifecycle implements SmartLifecycle {

	/** The default phase: below the web server's start/stop ({@code MAX_VALUE - 2048}) and shutdown phases. */
	public static final int DEFAULT_PHASE = Integer.MAX_VALUE - 3072;

	private static final Log logger = LogFactory.getLog(CodexLifecycle.class);

	private final Codex codex;

	private final CodexStatus status;

	private final boolean autoStartup;

	private final int phase;

	private final boolean waitForStartup;

	private final Object monitor = new Object();

	private volatile boolean running;

	private boolean stopRequested;

	/**
	 * A lifecycle for {@code codex}.
	 * @param codex the client (created, not started)
	 * @param status where to record the state
	 * @param autoStartup whether to start with the context
	 * @param phase the lifecycle phase
	 * @param waitForStartup whether {@link #start()} blocks until the handshake is done
	 */
	public CodexLifecycle(Codex codex, CodexStatus status, boolean autoStartup, int phase, boolean waitForStartup) {
		this.codex = codex;
		this.status = status;
		this.autoStartup = autoStartup;
		this.phase = phase;
		this.waitForStartup = waitForStartup;
	}

	@Override
	public void start() {
		synchronized (this.monitor) {
			if (this.running) {
				return;
			}
			this.running = true;
			this.stopRequested = false;
		}
		this.status.starting();
		if (!this.waitForStartup) {
			// calls made before the handshake is done wait for it (bounded by the start-up timeout)
			this.codex.startAsync().whenComplete((ignored, failure) -> {
				synchronized (this.monitor) {
					if (this.stopRequested) {
						return;
					}
				}
				if (failure != null) {
					this.status.failed(failure);
					logger.error("Could not start the Codex app-server: " + failure.getMessage(), failure);
				}
				else {
					started();
				}
			});
			return;
		}
		try {
			this.codex.start();
		}
		catch (RuntimeException ex) {
			this.status.failed(ex);
			this.running = false;
			throw ex;
		}
		started();
	}

	private void started() {
		OptionalLong pid = this.codex.pid();
		Long processId = pid.isPresent() ? pid.getAsLong() : null;
		this.status.ready(processId, this.codex.serverVersion());
		try {
			// once, in the background: health shows whether an account is signed in without calling the server
			this.codex.async().account().whenComplete((account, failure) -> {
				if (account != null) {
					this.status.account(processId, account);
					if (account.requiresOpenaiAuth() && !account.isSignedIn() && !this.codex.config().hasApiKey()) {
						logger.warn("The Codex model provider needs OpenAI credentials, but no account is signed in "
								+ "and no API key is configured (codex.api-key): turns will fail with "
								+ "ModelUnreachableException or wait for the model. Set codex.api-key, log in, or "
								+ "configure a model provider that needs no OpenAI login");
					}
				}
				else if (logger.isDebugEnabled()) {
					logger.debug("Could not read the Codex account: " + failure);
				}
			});
		}
		catch (RuntimeException ex) {
			logger.debug("Could not read the Codex account", ex);
		}
	}

	@Override
	public void stop() {
		doStop();
	}

	@Override
	public void stop(Runnable callback) {
		Thread stopper = new Thread(() -> {
			try {
				doStop();
			}
			finally {
				callback.run();
			}
		}, "codex-stop");
		stopper.setDaemon(true);
		stopper.start();
	}

	private void doStop() {
		synchronized (this.monitor) {
			this.stopRequested = true;
		}
		try {
			// also aborts a start-up in progress and waits for it to let go of what it started
			this.codex.close();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not stop the Codex app-server cleanly", ex);
		}
		finally {
			this.running = false;
			this.status.stopped();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
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
