package dev.codexjava.client;

import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes a turn's events to one {@link Flow.Subscriber}, honouring its demand: events are pulled from the turn's
 * bounded buffer only when requested, on a worker thread. Completes after {@link TurnEvent.Completed}; signals
 * {@code onError} when the connection is lost or the turn times out.
 */
final class TurnEventPublisher implements Flow.Publisher<TurnEvent> {

	private final Iterator<TurnEvent> events;

	private final Executor executor;

	private final AtomicBoolean subscribed = new AtomicBoolean();

	TurnEventPublisher(Iterator<TurnEvent> events, Executor executor) {
		this.events = events;
		this.executor = executor;
	}

	@Override
	public void subscribe(Flow.Subscriber<? super TurnEvent> subscriber) {
		Objects.requireNonNull(subscriber, "subscriber");
		if (!this.subscribed.compareAndSet(false, true)) {
			subscriber.onSubscribe(new Flow.Subscription() {
				@Override
				public void request(long n) {
				}

				@Override
				public void cancel() {
				}
			});
			subscriber.onError(new IllegalStateException("a turn's events can be subscribed to only once"));
			return;
		}
		Pump pump = new Pump(subscriber);
		subscriber.onSubscribe(pump);
		this.executor.execute(pump);
	}

	private final class Pump implements Flow.Subscription, Runnable {

		private final Flow.Subscriber<? super TurnEvent> subscriber;

		private final ReentrantLock lock = new ReentrantLock();

		private final Condition demandChanged = this.lock.newCondition();

		private long demand;

		private boolean cancelled;

		Pump(Flow.Subscriber<? super TurnEvent> subscriber) {
			this.subscriber = subscriber;
		}

		@Override
		public void request(long n) {
			this.lock.lock();
			try {
				if (n <= 0) {
					this.cancelled = true;
					this.demandChanged.signalAll();
					this.subscriber
						.onError(new IllegalArgumentException("request(n) needs n > 0 (Reactive Streams §3.9)"));
					return;
				}
				this.demand = (this.demand + n < 0) ? Long.MAX_VALUE : this.demand + n;
				this.demandChanged.signalAll();
			}
			finally {
				this.lock.unlock();
			}
		}

		@Override
		public void cancel() {
			this.lock.lock();
			try {
				this.cancelled = true;
				this.demandChanged.signalAll();
			}
			finally {
				this.lock.unlock();
			}
		}

		private boolean isCancelled() {
			this.lock.lock();
			try {
				return this.cancelled;
			}
			finally {
				this.lock.unlock();
			}
		}

		@Override
		public void run() {
			try {
				while (true) {
					this.lock.lock();
					try {
						while (this.demand == 0 && !this.cancelled) {
							this.demandChanged.await();
						}
						if (this.cancelled) {
							return;
						}
						this.demand--;
					}
					finally {
						this.lock.unlock();
					}
					boolean more = TurnEventPublisher.this.events.hasNext();
					// a cancel while the pump waited for the event: nothing more reaches the subscriber (§1.8)
					if (isCancelled()) {
						return;
					}
					if (!more) {
						this.subscriber.onComplete();
						return;
					}
					this.subscriber.onNext(TurnEventPublisher.this.events.next());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				this.subscriber.onError(ex);
			}
		}

	}

}
