package dev.codexjava.sample;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The open turn streams, by turn id, and their heartbeat. Events reach a stream from the turn's own
 * {@link dev.codexjava.client.TurnHandle#publisher() publisher}, one at a time as the stream asks for them, on the
 * SDK's unbounded worker pool: no fixed-size pool of this app's limits how many streams run at once. Every
 * {@code sample.stream.heartbeat} (15 s) a stream that sent nothing for that long gets an SSE comment, so a client
 * that went away is noticed (and its turn interrupted) also during a long command or a pending approval, and proxies
 * keep the connection open. Heartbeats are written on their own threads (virtual threads when
 * {@code spring.threads.virtual.enabled} is set on Java 21+), so a client that stops reading blocks no one else.
 */
@Component
public class TurnStreams implements DisposableBean {

	private static final Log logger = LogFactory.getLog(TurnStreams.class);

	/** The property that sets the heartbeat interval. */
	static final String HEARTBEAT_PROPERTY = "sample.stream.heartbeat";

	private final Map<String, TurnStream> streams = new ConcurrentHashMap<>();

	private final Duration heartbeat;

	private final ScheduledExecutorService ticker;

	private final SimpleAsyncTaskExecutor writers;

	/**
	 * The registry, with its heartbeat.
	 * @param heartbeat the heartbeat interval ({@value #HEARTBEAT_PROPERTY}, default 15 s)
	 * @param environment the application's environment, for {@code spring.threads.virtual.enabled}
	 */
	public TurnStreams(@Value("${" + HEARTBEAT_PROPERTY + ":15s}") Duration heartbeat, Environment environment) {
		if (heartbeat.isNegative() || heartbeat.isZero()) {
			throw new IllegalArgumentException(HEARTBEAT_PROPERTY + " must be positive, was " + heartbeat);
		}
		this.heartbeat = heartbeat;
		this.writers = new SimpleAsyncTaskExecutor("sample-heartbeat-");
		this.writers.setDaemon(true);
		// tracks its threads, so that close() waits for (and then interrupts) heartbeats still writing
		this.writers.setTaskTerminationTimeout(1000);
		if (Threading.VIRTUAL.isActive(environment)) {
			this.writers.setVirtualThreads(true);
		}
		this.ticker = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "sample-heartbeat-ticker");
			thread.setDaemon(true);
			return thread;
		});
		long period = heartbeat.toMillis();
		this.ticker.scheduleWithFixedDelay(this::tick, period, Math.max(1, period / 2), TimeUnit.MILLISECONDS);
	}

	/** Registers an open stream. */
	void add(TurnStream stream) {
		this.streams.put(stream.turnId(), stream);
	}

	/** Forgets a stream that ended. */
	void remove(TurnStream stream) {
		this.streams.remove(stream.turnId(), stream);
	}

	/**
	 * The open stream of a turn.
	 * @param turnId the turn id
	 * @return the stream, if a page is watching that turn
	 */
	Optional<TurnStream> find(String turnId) {
		return (turnId != null) ? Optional.ofNullable(this.streams.get(turnId)) : Optional.empty();
	}

	/** The streams open now. */
	Collection<TurnStream> open() {
		return this.streams.values();
	}

	/** The heartbeat interval. */
	Duration heartbeat() {
		return this.heartbeat;
	}

	private void tick() {
		long now = System.nanoTime();
		for (TurnStream stream : this.streams.values()) {
			if (stream.idleNanos(now) >= this.heartbeat.toNanos() && stream.claimHeartbeat()) {
				try {
					this.writers.execute(stream::heartbeat);
				}
				catch (RuntimeException ex) {
					stream.releaseHeartbeat();
					logger.debug("Could not schedule a heartbeat for turn " + stream.turnId() + ": " + ex);
				}
			}
		}
	}

	/** Stops the heartbeat and closes the streams still open (their turns are interrupted). */
	@Override
	public void destroy() {
		this.ticker.shutdownNow();
		this.streams.values().forEach(TurnStream::abandon);
		this.writers.close();
	}

}
