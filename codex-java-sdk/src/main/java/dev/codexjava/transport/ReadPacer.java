package dev.codexjava.transport;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Gathers a fast trickle of input into fewer reads. The app-server writes each message on its own, so a fast stream
 * (a mock model, a command's output) arrives one line per read: the reader blocks and is woken once per line, and a
 * wake-up costs several times what the line's own work does. When {@link #STREAK} reads in a row have each found
 * their data sooner than {@link #FAST_NANOS} after they were issued, the reader pauses before its next read (its
 * pause: {@link #PAUSE_NANOS} on stdio, {@link #SOCKET_PAUSE_NANOS} on a socket), and that one read takes whatever
 * came meanwhile (the pipe's or socket's buffers hold far more than a millisecond of any stream). A read that has to
 * wait longer than {@link #FAST_NANOS} (the trickle slowed or stopped) ends the pausing, and so does a paused read
 * that found no more than one line (on stdio; see {@link #afterRead}), or that followed a line the client wrote (the
 * lines come in answer to the client: requests, approvals, short turns back to back; an answer may be several lines,
 * a response and its notification), or that filled the whole buffer (the reader is behind): there a pause gathers
 * nothing, it only delays the answer or stalls the writer. No read within a pause after the client wrote is paused,
 * and a write ends a pause under way ({@link #wrote}).
 * <p>
 * What it costs: while lines come faster than one per {@link #FAST_NANOS}, each reaches the reader up to about 1 ms
 * (plus the scheduler's lag) later than it would have: a pause on stdio; up to two on a socket, where the
 * app-server's Nagle algorithm holds what it writes after one read's acknowledgement until the next read's. Slower
 * input (a model's text at reading speed, a few lines per turn) never starts it. Nothing is dropped or reordered: the
 * pause only delays the next read.
 * <p>
 * Used by the one thread that reads a stream ({@link #wrote} by the one that writes); not thread-safe otherwise.
 */
final class ReadPacer {

	/** A read that found data sooner than this after it was issued (without a pause before it) is "fast". */
	static final long FAST_NANOS = 500_000;

	/** Fast reads in a row after which the reader pauses before each read. */
	static final int STREAK = 64;

	/** How long the stdio reader pauses before a read while the trickle lasts. */
	static final long PAUSE_NANOS = 1_000_000;

	/**
	 * How long a socket reader pauses: half of {@link #PAUSE_NANOS}, because over TCP a message waits up to two pauses
	 * (the app-server's Nagle algorithm holds its small writes until a read acknowledges the last segment, so what it
	 * writes after one read's acknowledgement leaves with the next one's and is read by the one after that).
	 */
	static final long SOCKET_PAUSE_NANOS = 500_000;

	/** Where time comes from and how the reader pauses (a test's own clock in tests). */
	interface Clock {

		long nanoTime();

		void pause(long nanos);

	}

	static final Clock SYSTEM = new Clock() {

		@Override
		public long nanoTime() {
			return System.nanoTime();
		}

		@Override
		public void pause(long nanos) {
			LockSupport.parkNanos(nanos);
		}

	};

	private final Clock clock;

	private final long pauseNanos;

	private int streak;

	private long issued;

	private boolean paused;

	/** Lines the client wrote so far (see {@link #wrote}). */
	private final AtomicLong writes = new AtomicLong();

	/** {@link #writes} when the last read returned. */
	private long writesSeen;

	/** When the client last wrote (the pacer's clock). */
	private volatile long lastWrite;

	/** The reading thread while it pauses, else {@code null}: a write wakes it (see {@link #wrote}). */
	private volatile Thread pausing;

	/** Pauses so far (written by the reading thread, read by tests and diagnosis). */
	private volatile long pauses;

	/** Reads so far (as {@link #pauses}). */
	private volatile long reads;

	/** A pacer with stdio's pause, {@link #PAUSE_NANOS}. */
	ReadPacer() {
		this(SYSTEM, PAUSE_NANOS);
	}

	ReadPacer(Clock clock) {
		this(clock, PAUSE_NANOS);
	}

	/** @param pauseNanos how long a paused read waits first */
	ReadPacer(Clock clock, long pauseNanos) {
		this.clock = clock;
		this.pauseNanos = pauseNanos;
		this.lastWrite = clock.nanoTime() - 2 * pauseNanos;
	}

	/**
	 * Before a read that may wait for input: pauses while the trickle lasts, unless the client wrote less than a pause
	 * ago (the rest of an answer of several messages may be on its way: over a socket they come one read each).
	 */
	void beforeRead() {
		this.paused = false;
		if (this.streak >= STREAK) {
			// announced before looking at the last write: a write after the look wakes the pause (see wrote())
			this.pausing = Thread.currentThread();
			try {
				if (this.clock.nanoTime() - this.lastWrite >= this.pauseNanos) {
					this.paused = true;
					this.pauses++;
					this.clock.pause(this.pauseNanos);
				}
			}
			finally {
				this.pausing = null;
			}
		}
		this.issued = this.clock.nanoTime();
	}

	/**
	 * The client wrote a line to the other side (the one writing thread): what comes next may answer it, so a pause
	 * under way ends now.
	 */
	void wrote() {
		this.lastWrite = this.clock.nanoTime();
		this.writes.incrementAndGet();
		Thread reader = this.pausing;
		if (reader != null) {
			// at worst (the pause ended meanwhile) the reader's next pause returns at once
			LockSupport.unpark(reader);
		}
	}

	/** Whether the read being made was paused (only then {@link #afterRead} needs to know how many lines it found). */
	boolean paused() {
		return this.paused;
	}

	/**
	 * After that read returned; {@code gathered}: it brought what the pause was for and did not fill the buffer (read
	 * only if it was paused). What counts is the reader's to say: stdio's pipe, more than one line; a WebSocket, any
	 * data (see {@code SocketWebSocketTransport#readByte}).
	 */
	void afterRead(boolean gathered) {
		this.reads++;
		// a paused read after the client wrote may have found its answer: the pause only delayed it
		long writes = this.writes.get();
		boolean answered = writes != this.writesSeen;
		this.writesSeen = writes;
		if (this.clock.nanoTime() - this.issued < FAST_NANOS && (!this.paused || (gathered && !answered))) {
			if (this.streak < STREAK) {
				this.streak++;
			}
		}
		else {
			this.streak = 0;
		}
	}

	/** How many reads were paused so far. */
	long pauses() {
		return this.pauses;
	}

	/** How many reads were made so far. */
	long reads() {
		return this.reads;
	}

	/** Whether the next read will be paused (for tests). */
	boolean pausing() {
		return this.streak >= STREAK;
	}

}
