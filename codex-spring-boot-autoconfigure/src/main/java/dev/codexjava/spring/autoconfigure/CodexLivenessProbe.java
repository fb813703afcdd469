package dev.codexjava.spring.autoconfigure;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

import dev.codexjava.client.Codex;

/**
 * Probes the app-server in the background ({@link Codex#ping(Duration)}) so that a process that is alive but no
 * longer answers is noticed: after {@code failureThreshold} consecutive failed probes the {@link CodexStatus} (and so
 * the health indicator) reports DOWN, and with {@code restartWhenUnresponsive} the app-server is restarted. Health
 * requests themselves never wait for the child. Starts after and stops before {@link CodexLifecycle}. Off for a pool
 * of app-servers ({@code codex.servers}, {@code codex.local.instances}): a ping would reach one member only.
 */
public final class CodexLivenessProbe implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(CodexLivenessProbe.class);

	private final Codex codex;

	private final CodexStatus status;

	private final CodexProperties.Liveness settings;

	private final int phase;

	private ScheduledExecutorService scheduler;

	private int failures;

	private Long failingPid;

	private volatile boolean running;

	/**
	 * A probe for {@code codex}.
	 * @param codex the client
	 * @param status where to report
	 * @param settings interval, timeout, threshold and restart behaviour
	 * @param phase the lifecycle phase (one above the client's)
	 */
	public CodexLivenessProbe(Codex codex, CodexStatus status, CodexProperties.Liveness settings, int phase) {
		this.codex = codex;
		this.status = status;
		this.settings = settings;
		this.phase = phase;
	}

	@Override
	public synchronized void start() {
		if (this.running || this.settings.getProbeInterval().isZero()) {
			return;
		}
		if (!this.codex.config().servers().isEmpty()) {
			// a pool: a ping reaches one member only; each member is supervised by the pool itself
			logger.debug("Liveness probes are off for a pool of app-servers");
			return;
		}
		this.scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "codex-liveness");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.settings.getProbeInterval().toMillis();
		this.scheduler.scheduleWithFixedDelay(this::probe, interval, interval, TimeUnit.MILLISECONDS);
		this.running = true;
	}

	/** One probe (package-private for tests). */
	void probe() {
		if (!this.codex.isRunning() || this.codex.isRestarting()) {
			return;
		}
		OptionalLong pid = this.codex.pid();
		Long current = pid.isPresent() ? pid.getAsLong() : null;
		try {
			this.codex.ping(this.settings.getProbeTimeout());
			if (this.failures > 0) {
				logger.info("The Codex app-server answers again");
				this.status.responsive(current);
			}
			this.failures = 0;
		}
		catch (RuntimeException ex) {
			if (!java.util.Objects.equals(current, this.failingPid)) {
				this.failures = 0;
				this.failingPid = current;
			}
			this.failures++;
			logger.warn("Codex liveness probe " + this.failures + "/" + this.settings.getFailureThreshold()
					+ " failed: " + ex.getMessage());
			if (this.failures >= this.settings.getFailureThreshold()) {
				this.status.unresponsive(current, this.failures, ex.getClass().getSimpleName());
				if (this.settings.isRestartWhenUnresponsive()) {
					logger.warn("Restarting the unresponsive Codex app-server (pid " + current + ")");
					this.failures = 0;
					try {
						this.codex.restart();
					}
					catch (RuntimeException restartFailure) {
						logger.error("Restarting the Codex app-server failed", restartFailure);
					}
				}
			}
		}
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return this.phase;
	}

}
