package dev.codexjava.client;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscriber that cancels while the publisher's pump waits for the turn's next event gets nothing more: neither that
 * event nor the completion (Reactive Streams §1.8), and the pump's thread is free once the event comes.
 */
class TurnEventPublisherCancelTest {

	@Test
	void aCancelWhileThePumpWaitsForTheNextEventDeliversNothingMore() throws Exception {
		CountDownLatch pumpWaits = new CountDownLatch(1);
		CountDownLatch eventArrives = new CountDownLatch(1);
		CountDownLatch pumpDone = new CountDownLatch(1);
		Iterator<TurnEvent> events = new Iterator<>() {
			@Override
			public boolean hasNext() {
				pumpWaits.countDown();
				try {
					assertThat(eventArrives.await(10, TimeUnit.SECONDS)).isTrue();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return true;
			}

			@Override
			public TurnEvent next() {
				return new TurnEvent.AgentMessageDelta("m1", "late");
			}
		};
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			List<Object> signals = new CopyOnWriteArrayList<>();
			Flow.Subscription[] subscription = new Flow.Subscription[1];
			new TurnEventPublisher(events, (task) -> executor.execute(() -> {
				task.run();
				pumpDone.countDown();
			})).subscribe(new Flow.Subscriber<>() {
				@Override
				public void onSubscribe(Flow.Subscription s) {
					subscription[0] = s;
					s.request(5);
				}

				@Override
				public void onNext(TurnEvent item) {
					signals.add(item);
				}

				@Override
				public void onError(Throwable throwable) {
					signals.add(throwable);
				}

				@Override
				public void onComplete() {
					signals.add("complete");
				}
			});
			assertThat(pumpWaits.await(10, TimeUnit.SECONDS)).isTrue();
			subscription[0].cancel();
			eventArrives.countDown();

			assertThat(pumpDone.await(10, TimeUnit.SECONDS)).as("the pump's thread is free").isTrue();
			assertThat(signals).as("signals after the cancel").isEmpty();
		}
		finally {
			executor.shutdownNow();
		}
	}

}
