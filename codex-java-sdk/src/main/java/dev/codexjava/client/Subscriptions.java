package dev.codexjava.client;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.NotificationType;

/**
 * The typed subscribers of one client ({@link Codex#subscribe}, {@link CodexThread#subscribe}), shared by the
 * connections it makes over its life (restarts, the servers of a pool). The reader thread only appends a
 * notification to each matching subscriber's bounded queue; each subscriber's queue is drained in order by one task
 * at a time on a small JVM-wide pool of daemon threads ({@link #DELIVERY_THREADS}, idle ones end after a minute).
 */
final class Subscriptions {

	private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

	/** Delivery threads shared by every client of the JVM: a subscriber that blocks holds one of them. */
	static final int DELIVERY_THREADS = 8;

	/** Deliveries per task before a subscriber's queue yields its thread to the others. */
	private static final int BATCH = 64;

	private static final ThreadPoolExecutor POOL = newPool();

	private final Map<String, List<Lane<?>>> byMethod = new ConcurrentHashMap<>();

	private static ThreadPoolExecutor newPool() {
		AtomicInteger n = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(DELIVERY_THREADS, DELIVERY_THREADS, 60, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), (runnable) -> {
					Thread thread = new Thread(runnable, "codex-subscription-" + n.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

	/**
	 * Registers {@code subscriber} for {@code type}; with a {@code threadId}, only for notifications whose params name
	 * that thread.
	 */
	<P> Subscription subscribe(NotificationType<P> type, String threadId, Consumer<? super P> subscriber) {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(subscriber, "subscriber");
		Lane<P> lane = new Lane<>(type, threadId, subscriber);
		this.byMethod.computeIfAbsent(type.name(), (k) -> new CopyOnWriteArrayList<>()).add(lane);
		return lane;
	}

	/** Whether a record type has a {@code threadId} component (a notification about one thread). */
	static boolean namesThread(Class<?> paramsType) {
		if (!paramsType.isRecord()) {
			return false;
		}
		for (java.lang.reflect.RecordComponent component : paramsType.getRecordComponents()) {
			if ("threadId".equals(component.getName())) {
				return true;
			}
		}
		return false;
	}

	/** Reader thread: queues the notification for its subscribers; cheap when there are none. */
	void dispatch(String method, JsonNode params) {
		List<Lane<?>> lanes = this.byMethod.get(method);
		if (lanes == null || lanes.isEmpty()) {
			return;
		}
		String threadId = null;
		boolean threadRead = false;
		for (Lane<?> lane : lanes) {
			if (lane.threadId != null) {
				if (!threadRead) {
					threadId = (params != null && params.isObject()) ? Json.text(params, "threadId") : null;
					threadRead = true;
				}
				if (!lane.threadId.equals(threadId)) {
					continue;
				}
			}
			lane.offer(params);
		}
	}

	/** Subscribers currently registered (for tests). */
	int size() {
		return this.byMethod.values().stream().mapToInt(List::size).sum();
	}

	/** One subscriber, its bounded queue, and the task that drains it (at most one at a time: in order). */
	private final class Lane<P> implements Subscription, Runnable {

		private final NotificationType<P> type;

		private final String threadId;

		private final Consumer<? super P> subscriber;

		private final ArrayDeque<JsonNode> queue = new ArrayDeque<>();

		private final AtomicLong dropped = new AtomicLong();

		/** Failures of the subscriber so far (delivery thread only). */
		private long failures;

		private boolean scheduled;

		/** Whether the current backlog's drops were logged (reset when the queue drains). */
		private boolean warned;

		private volatile boolean closed;

		Lane(NotificationType<P> type, String threadId, Consumer<? super P> subscriber) {
			this.type = type;
			this.threadId = threadId;
			this.subscriber = subscriber;
		}

		void offer(JsonNode params) {
			boolean schedule;
			boolean warn = false;
			synchronized (this) {
				if (this.closed) {
					return;
				}
				if (this.queue.size() >= CAPACITY) {
					this.queue.pollFirst();
					this.dropped.incrementAndGet();
					warn = !this.warned;
					this.warned = true;
				}
				// NullNode for params-less notifications: the deque holds no nulls
				this.queue.addLast((params != null) ? params : tools.jackson.databind.node.NullNode.getInstance());
				schedule = !this.scheduled;
				this.scheduled = true;
			}
			if (warn) {
				log.warn("A subscriber to {} fell {} notifications behind; dropping the oldest ones until it catches up",
						this.type.name(), CAPACITY);
			}
			if (schedule) {
				POOL.execute(this);
			}
		}

		@Override
		public void run() {
			for (int i = 0; i < BATCH; i++) {
				JsonNode params;
				synchronized (this) {
					params = this.queue.pollFirst();
					if (params == null || this.closed) {
						this.queue.clear();
						this.scheduled = false;
						this.warned = false;
						return;
					}
				}
				deliver(params);
			}
			// more queued: let the other subscribers' tasks run first, keep this one's place in order
			POOL.execute(this);
		}

		private void deliver(JsonNode params) {
			P value;
			try {
				value = this.type.decode(params.isNull() ? null : params);
			}
			catch (RuntimeException ex) {
				log.warn("Could not decode {} for a subscriber; skipping it: {}", this.type.name(), ex.toString());
				return;
			}
			try {
				this.subscriber.accept(value);
			}
			catch (Throwable ex) {
				// a subscriber's bug (even an AssertionError) must not end its deliveries or disturb the others; logged
				// in full once, so a subscriber that always fails cannot flood the log
				if (this.failures++ == 0) {
					log.warn("Subscriber to {} failed; it keeps receiving (further failures are logged at debug level)",
							this.type.name(), ex);
				}
				else {
					log.debug("Subscriber to {} failed again ({} failures): {}", this.type.name(), this.failures,
							ex.toString());
				}
			}
		}

		@Override
		public NotificationType<?> type() {
			return this.type;
		}

		@Override
		public long dropped() {
			return this.dropped.get();
		}

		@Override
		public boolean isClosed() {
			return this.closed;
		}

		@Override
		public void close() {
			this.closed = true;
			List<Lane<?>> lanes = Subscriptions.this.byMethod.get(this.type.name());
			if (lanes != null) {
				lanes.remove(this);
			}
			synchronized (this) {
				this.queue.clear();
			}
		}

		@Override
		public String toString() {
			return "Subscription[" + this.type.name() + ((this.threadId != null) ? ", thread=" + this.threadId : "")
					+ ", dropped=" + this.dropped.get() + (this.closed ? ", closed" : "") + "]";
		}

	}

}
