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

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

		private Logs() {
		}

	}

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
		return subscribe(type, "threadId", threadId, subscriber);
	}

	/**
	 * Registers {@code subscriber} for the notifications of {@code type} whose params' field {@code field} is
	 * {@code value} (all of them when {@code value} is {@code null}).
	 */
	<P> Lane<P> subscribe(NotificationType<P> type, String field, String value, Consumer<? super P> subscriber) {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(subscriber, "subscriber");
		Lane<P> lane = new Lane<>(type, field, value, subscriber);
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
		for (Lane<?> lane : lanes) {
			if (lane.value != null && !lane.value.equals(
					(params != null && params.isObject()) ? Json.text(params, lane.field) : null)) {
				continue;
			}
			lane.offer(params);
		}
	}

	/**
	 * Whether a subscriber was ever registered (then {@link #dispatch} and {@link #wants} look their method up; before,
	 * neither does: the reader thread's routing of every notification stays small for the JIT).
	 */
	boolean any() {
		return !this.byMethod.isEmpty();
	}

	/** Whether a subscriber is registered for {@code method}. */
	boolean wants(String method) {
		if (!any()) {
			return false;
		}
		List<Lane<?>> lanes = this.byMethod.get(method);
		return lanes != null && !lanes.isEmpty();
	}

	/** Subscribers currently registered (for tests). */
	int size() {
		return this.byMethod.values().stream().mapToInt(List::size).sum();
	}

	/** One subscriber, its bounded queue, and the task that drains it (at most one at a time: in order). */
	final class Lane<P> implements Subscription, Runnable {

		private final NotificationType<P> type;

		/** The params field that must equal {@link #value}, unless that is {@code null}. */
		private final String field;

		private final String value;

		private final Consumer<? super P> subscriber;

		/** Params ({@link JsonNode}) and end markers ({@link Runnable}, see {@link #end}). */
		private final ArrayDeque<Object> queue = new ArrayDeque<>();

		private final AtomicLong dropped = new AtomicLong();

		/** Failures of the subscriber so far (delivery thread only). */
		private long failures;

		private boolean scheduled;

		/** Whether the current backlog's drops were logged (reset when the queue drains). */
		private boolean warned;

		private volatile boolean closed;

		Lane(NotificationType<P> type, String field, String value, Consumer<? super P> subscriber) {
			this.type = type;
			this.field = field;
			this.value = value;
			this.subscriber = subscriber;
		}

		void offer(JsonNode params) {
			enqueue((params != null) ? params : tools.jackson.databind.node.NullNode.getInstance());
		}

		/**
		 * Runs {@code then} on the delivery thread after every notification queued so far was delivered (at once if
		 * the subscription is closed), then closes the subscription.
		 */
		void end(Runnable then) {
			if (!enqueue(then)) {
				then.run();
			}
		}

		/** Queues a notification or an end marker; false if closed. */
		private boolean enqueue(Object element) {
			boolean schedule;
			boolean warn = false;
			synchronized (this) {
				if (this.closed) {
					return false;
				}
				if (this.queue.size() >= CAPACITY && !(element instanceof Runnable)) {
					this.queue.pollFirst();
					this.dropped.incrementAndGet();
					warn = !this.warned;
					this.warned = true;
				}
				this.queue.addLast(element);
				schedule = !this.scheduled;
				this.scheduled = true;
			}
			if (warn) {
				Logs.log.warn("A subscriber to {} fell {} notifications behind; dropping the oldest ones until it catches up",
						this.type.name(), CAPACITY);
			}
			if (schedule) {
				POOL.execute(this);
			}
			return true;
		}

		@Override
		public void run() {
			for (int i = 0; i < BATCH; i++) {
				Object next;
				boolean stop = false;
				synchronized (this) {
					next = this.queue.pollFirst();
					if (next == null || this.closed) {
						// closed: close() ran the end markers it found; one polled just now is still owed (below)
						this.queue.clear();
						this.scheduled = false;
						this.warned = false;
						stop = true;
					}
				}
				if (stop) {
					if (next instanceof Runnable then) {
						then.run();
					}
					return;
				}
				if (next instanceof Runnable then) {
					close();
					then.run();
					return;
				}
				deliver((JsonNode) next);
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
				// the mapper's message may quote a value of the params (command output, paths, ...): not logged, only
				// where it failed
				Logs.log.warn("Could not decode {} for a subscriber; skipping it ({}{})", this.type.name(),
						ex.getClass().getSimpleName(), MappingErrors.where(ex));
				return;
			}
			try {
				this.subscriber.accept(value);
			}
			catch (Throwable ex) {
				// a subscriber's bug (even an AssertionError) must not end its deliveries or disturb the others; logged
				// in full once, so a subscriber that always fails cannot flood the log
				if (this.failures++ == 0) {
					Logs.log.warn("Subscriber to {} failed; it keeps receiving (further failures are logged at debug level)",
							this.type.name(), ex);
				}
				else {
					Logs.log.debug("Subscriber to {} failed again ({} failures): {}", this.type.name(), this.failures,
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
			List<Runnable> owed = new java.util.ArrayList<>();
			synchronized (this) {
				for (Object element : this.queue) {
					if (element instanceof Runnable then) {
						owed.add(then);
					}
				}
				this.queue.clear();
			}
			owed.forEach(Runnable::run);
		}

		@Override
		public String toString() {
			return "Subscription[" + this.type.name() + ((this.value != null) ? ", " + this.field + "=" + this.value : "")
					+ ", dropped=" + this.dropped.get() + (this.closed ? ", closed" : "") + "]";
		}

	}

}
