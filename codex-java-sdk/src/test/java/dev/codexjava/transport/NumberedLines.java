package dev.codexjava.transport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import dev.codexjava.error.TransportClosedException;

/**
 * A transport handler for a flood of the lines {@code 0}, {@code 1}, ... {@code count - 1} (anything after them is
 * ignored): counts those that came out of order or changed, opens {@link #all} when the last one came, and records the
 * reader thread and the close. The transport must tell whether more lines are at hand.
 */
final class NumberedLines implements Transport.Handler {

	private final long count;

	private final AtomicLong next = new AtomicLong();

	final AtomicLong outOfOrder = new AtomicLong();

	final CountDownLatch all = new CountDownLatch(1);

	final CompletableFuture<Thread> reader = new CompletableFuture<>();

	final CompletableFuture<TransportClosedException> closed = new CompletableFuture<>();

	NumberedLines(long count) {
		this.count = count;
	}

	@Override
	public void onLine(String line) {
		throw new AssertionError("the transport tells whether more lines are at hand");
	}

	@Override
	public void onLine(String line, boolean more) {
		this.reader.complete(Thread.currentThread());
		long expected = this.next.get();
		if (expected < this.count) {
			if (!line.equals(Long.toString(expected))) {
				this.outOfOrder.incrementAndGet();
			}
			if (this.next.incrementAndGet() == this.count) {
				this.all.countDown();
			}
		}
	}

	@Override
	public void onClosed(TransportClosedException reason) {
		this.closed.complete(reason);
	}

}
