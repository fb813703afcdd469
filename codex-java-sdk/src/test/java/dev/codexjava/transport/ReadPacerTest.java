package dev.codexjava.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.codexjava.transport.BoundedLineReaderBytesTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ReadPacer}: a fast trickle of lines is read in fewer, later reads, a slow one never is, and the lines come
 * out whole and in order either way. Time is the test's own: each read "takes" what the scripted input says, and a
 * pause moves the clock and lets what the script sent meanwhile pile up, as a pipe would.
 */
class ReadPacerTest {

	/** A clock the test moves; a pause advances it and is recorded. */
	private static final class TestClock implements ReadPacer.Clock {

		long now;

		final List<Long> pauses = new ArrayList<>();

		@Override
		public long nanoTime() {
			return this.now;
		}

		@Override
		public void pause(long nanos) {
			this.pauses.add(nanos);
			this.now += nanos;
		}

	}

	/**
	 * A writer that sends line {@code i} at {@code i * gapNanos} on the test clock: a read returns every line sent by
	 * the time it is issued, or waits (moves the clock) for the next one.
	 */
	private static final class Trickle extends InputStream {

		private final TestClock clock;

		private final long gapNanos;

		private final int lines;

		private int sent;

		int reads;

		final List<Integer> linesPerRead = new ArrayList<>();

		/** The longest a line waited between being written and being read. */
		long maxLatency;

		Trickle(TestClock clock, long gapNanos, int lines) {
			this.clock = clock;
			this.gapNanos = gapNanos;
			this.lines = lines;
		}

		private static byte[] line(int i) {
			return ("{\"n\":" + i + "}\n").getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public int read() {
			throw new UnsupportedOperationException();
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.sent == this.lines) {
				return -1;
			}
			long due = this.sent * this.gapNanos;
			if (this.clock.now < due) {
				this.clock.now = due; // blocks until the next line is written
			}
			int n = 0;
			int count = 0;
			while (this.sent < this.lines && this.sent * this.gapNanos <= this.clock.now) {
				byte[] line = line(this.sent);
				if (n + line.length > len) {
					break;
				}
				System.arraycopy(line, 0, b, off + n, line.length);
				n += line.length;
				this.maxLatency = Math.max(this.maxLatency, this.clock.now - this.sent * this.gapNanos);
				this.sent++;
				count++;
			}
			this.reads++;
			this.linesPerRead.add(count);
			return n;
		}

	}

	/**
	 * A server that answers: once the client has read a whole answer it writes its next request ({@code request}),
	 * and the server writes the next answer, {@code linesPerAnswer} lines at once, {@code reactionNanos} later (a
	 * request/response exchange, an approval, back-to-back short turns): a pause can never gather more than one
	 * answer.
	 */
	private static final class PingPong extends InputStream {

		private final TestClock clock;

		private final long reactionNanos;

		private final int linesPerAnswer;

		private final int lines;

		private final Runnable request;

		private int sent;

		private int read;

		private long due;

		private long lastRead;

		/** The longest a line waited between being written and being read. */
		long maxLatency;

		PingPong(TestClock clock, long reactionNanos, int linesPerAnswer, int lines, Runnable request) {
			this.clock = clock;
			this.reactionNanos = reactionNanos;
			this.linesPerAnswer = linesPerAnswer;
			this.lines = lines;
			this.request = request;
		}

		@Override
		public int read() {
			throw new UnsupportedOperationException();
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.read == this.lines) {
				return -1;
			}
			if (this.read == this.sent) {
				// the client read the whole answer and wrote its next request
				this.request.run();
				this.due = this.lastRead + this.reactionNanos;
				this.sent = Math.min(this.lines, this.sent + this.linesPerAnswer);
			}
			if (this.clock.now < this.due) {
				this.clock.now = this.due; // blocks until the answer is written
			}
			int n = 0;
			while (this.read < this.sent) {
				byte[] line = ("{\"n\":" + this.read + "}\n").getBytes(StandardCharsets.UTF_8);
				if (n + line.length > len) {
					break;
				}
				System.arraycopy(line, 0, b, off + n, line.length);
				n += line.length;
				this.read++;
			}
			this.maxLatency = Math.max(this.maxLatency, this.clock.now - this.due);
			this.lastRead = this.clock.now;
			return n;
		}

	}

	/**
	 * Output that is all there already (the app-server wrote faster than the reader read, and waits for room in the
	 * pipe): every read returns as much as the buffer takes.
	 */
	private static final class Backlog extends InputStream {

		private final int lines;

		private int sent;

		private byte[] pending = new byte[0];

		int reads;

		Backlog(int lines) {
			this.lines = lines;
		}

		@Override
		public int read() {
			throw new UnsupportedOperationException();
		}

		@Override
		public int read(byte[] b, int off, int len) {
			int n = 0;
			// as a pipe does: as many bytes as asked for, the last line cut wherever the buffer ends
			while (n < len && (this.pending.length > 0 || this.sent < this.lines)) {
				if (this.pending.length == 0) {
					this.pending = ("{\"n\":" + this.sent + "}\n").getBytes(StandardCharsets.UTF_8);
					this.sent++;
				}
				int chunk = Math.min(len - n, this.pending.length);
				System.arraycopy(this.pending, 0, b, off + n, chunk);
				this.pending = Arrays.copyOfRange(this.pending, chunk, this.pending.length);
				n += chunk;
			}
			if (n == 0) {
				return -1;
			}
			this.reads++;
			return n;
		}

	}

	private static List<String> expected(int lines) {
		List<String> all = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			all.add("{\"n\":" + i + "}");
		}
		return all;
	}

	@Test
	void aFastTrickleIsReadInFewReadsAfterTheStreakWithEveryLineInOrder() throws IOException {
		TestClock clock = new TestClock();
		// 30,000 lines a second, one per read as the app-server writes them
		Trickle input = new Trickle(clock, 33_000, 10_000);
		List<String> lines = readAll(new BoundedLineReader(input, 1024, new ReadPacer(clock)));
		assertThat(lines).isEqualTo(expected(10_000));
		// one line per read until the streak, then about a millisecond's worth (30 lines) per read
		assertThat(input.linesPerRead.subList(0, ReadPacer.STREAK)).containsOnly(1);
		assertThat(input.reads).isLessThan(ReadPacer.STREAK + 10_000 / 25);
		assertThat(clock.pauses).isNotEmpty().containsOnly(ReadPacer.PAUSE_NANOS);
		// no line waits longer than one pause
		assertThat(input.maxLatency).isPositive().isLessThanOrEqualTo(ReadPacer.PAUSE_NANOS);
	}

	@Test
	void aSlowTrickleNeverPauses() throws IOException {
		TestClock clock = new TestClock();
		// a line every 0.6 ms: each read waits longer than FAST_NANOS
		Trickle input = new Trickle(clock, ReadPacer.FAST_NANOS + 100_000, 1_000);
		List<String> lines = readAll(new BoundedLineReader(input, 1024, new ReadPacer(clock)));
		assertThat(lines).isEqualTo(expected(1_000));
		assertThat(clock.pauses).isEmpty();
		assertThat(input.linesPerRead).containsOnly(1);
		assertThat(input.maxLatency).isZero();
	}

	@Test
	void aReadThatHadToWaitEndsThePausingAndTheStreakStartsOver() {
		TestClock clock = new TestClock();
		ReadPacer pacer = new ReadPacer(clock);
		reads(pacer, clock, ReadPacer.STREAK - 1, 10_000);
		assertThat(pacer.pausing()).isFalse();
		pacer.beforeRead();
		clock.now += ReadPacer.FAST_NANOS - 1;
		pacer.afterRead(true);
		assertThat(pacer.pausing()).isTrue();
		pacer.beforeRead();
		assertThat(clock.pauses).containsExactly(ReadPacer.PAUSE_NANOS);
		// the trickle stopped: the read after the pause waits
		clock.now += ReadPacer.FAST_NANOS;
		pacer.afterRead(true);
		assertThat(pacer.pausing()).isFalse();
		pacer.beforeRead();
		assertThat(clock.pauses).hasSize(1);
		clock.now += 1;
		pacer.afterRead(true);
		assertThat(pacer.pausing()).isFalse();
	}

	@Test
	void aTrickleThatStopsAndStartsAgainPausesOnlyWhileItIsFast() throws IOException {
		TestClock clock = new TestClock();
		// two fast bursts of 2,000 lines 50 ms apart: the gap between them ends the pausing, the second streak
		// restarts it
		InputStream first = new Trickle(clock, 20_000, 2_000);
		List<String> lines = readAll(new BoundedLineReader(first, 1024, new ReadPacer(clock)));
		assertThat(lines).hasSize(2_000);
		int pausesInFirst = clock.pauses.size();
		assertThat(pausesInFirst).isPositive();
		ReadPacer pacer = new ReadPacer(clock);
		// the same pacer across a gap: a read that waits 50 ms
		reads(pacer, clock, ReadPacer.STREAK, 1_000);
		assertThat(pacer.pausing()).isTrue();
		pacer.beforeRead();
		clock.now += 50_000_000;
		pacer.afterRead(true);
		assertThat(pacer.pausing()).isFalse();
		assertThat(clock.pauses).hasSize(pausesInFirst + 1);
	}

	/**
	 * 1,000 exchanges: each request answered 0.2 ms later by one line, or by two (a response and its notification:
	 * thread/start, thread/name/set, ...). Every read is "fast", but a pause gathers at most one answer, it only delays
	 * the one that comes: at most one pause per streak, not one per exchange.
	 */
	@ParameterizedTest(name = "{0} line(s) per answer")
	@ValueSource(ints = { 1, 2 })
	void anExchangeIsNotSlowedDownByPausesWhateverTheLinesPerAnswer(int linesPerAnswer) throws IOException {
		TestClock clock = new TestClock();
		ReadPacer pacer = new ReadPacer(clock);
		int lines = 1_000 * linesPerAnswer;
		PingPong input = new PingPong(clock, 200_000, linesPerAnswer, lines, pacer::wrote);
		assertThat(readAll(new BoundedLineReader(input, 1024, pacer))).isEqualTo(expected(lines));
		// 1,000 exchanges of 0.2 ms take about 0.2 s
		assertThat(clock.pauses.size()).isLessThanOrEqualTo(1_000 / ReadPacer.STREAK);
		assertThat(clock.now).isLessThan(1_000 * 200_000L + (1_000 / ReadPacer.STREAK) * ReadPacer.PAUSE_NANOS);
	}

	/**
	 * Over a socket each message of an answer may come in a read of its own, and the WebSocket reader counts any data
	 * as gathered (see SocketWebSocketTransport#readByte): the read for an answer's second message follows no write of
	 * its own, yet is not paused while the request was written less than a pause ago.
	 */
	@Test
	void theReadsRightAfterAWriteAreNotPausedWhenEachMessageOfTheAnswerComesAlone() {
		TestClock clock = new TestClock();
		ReadPacer pacer = new ReadPacer(clock);
		for (int exchange = 0; exchange < 1_000; exchange++) {
			pacer.wrote();
			// each of the answer's three messages 0.05 ms after the last
			reads(pacer, clock, 3, 50_000);
			clock.now += 100_000; // the client reads the answer and writes its next request
		}
		// every read comes less than a pause after the request it answers
		assertThat(clock.pauses).isEmpty();

		// the same reads with nothing written: a stream, paced as ever
		TestClock streamClock = new TestClock();
		ReadPacer stream = new ReadPacer(streamClock);
		reads(stream, streamClock, 3_000, 50_000);
		assertThat(streamClock.pauses.size()).isGreaterThan(3_000 - 2 * ReadPacer.STREAK);
	}

	/**
	 * A request written while a fast stream keeps the reader pausing, answered later than a pause: the paused read
	 * after the write ends the pausing, so the answer is not read a pause late.
	 */
	@Test
	void aPausedReadAfterTheClientWroteEndsThePausingEvenWhenTheAnswerComesAfterAPause() {
		TestClock clock = new TestClock();
		ReadPacer pacer = new ReadPacer(clock);
		reads(pacer, clock, 2 * ReadPacer.STREAK, 33_000);
		assertThat(pacer.pausing()).isTrue();
		// the client writes while a paused read is under way
		pacer.beforeRead();
		pacer.wrote();
		clock.now += 33_000;
		pacer.afterRead(true);
		int pausesAtTheWrite = clock.pauses.size();
		// the stream goes on; the answer comes 1.5 ms after the request, more than a pause later
		reads(pacer, clock, 1_500_000 / 33_000 + 1, 33_000);
		assertThat(clock.pauses).as("reads paused after the write").hasSize(pausesAtTheWrite);
	}

	/** {@code count} reads through {@code pacer}, each finding its data {@code nanos} after it was issued. */
	private static void reads(ReadPacer pacer, TestClock clock, int count, long nanos) {
		for (int i = 0; i < count; i++) {
			pacer.beforeRead();
			clock.now += nanos;
			pacer.afterRead(true);
		}
	}

	/** A write wakes a reader that is pausing: the answer to it is not read a pause late. */
	@Test
	void aWriteWakesAPausingReader() throws Exception {
		// a clock whose pause would last a minute (the system's park), so that only the write can end it in time
		ReadPacer.Clock slowPause = new ReadPacer.Clock() {
			@Override
			public long nanoTime() {
				return System.nanoTime();
			}

			@Override
			public void pause(long nanos) {
				LockSupport.parkNanos(TimeUnit.MINUTES.toNanos(1));
			}
		};
		ReadPacer pacer = new ReadPacer(slowPause, 1);
		for (int read = 0; read < ReadPacer.STREAK; read++) {
			pacer.beforeRead();
			pacer.afterRead(true);
		}
		Thread reader = new Thread(pacer::beforeRead, "test-pacing-reader");
		reader.start();
		try {
			Awaitility.await().atMost(Duration.ofSeconds(10))
				.until(() -> reader.getState() == Thread.State.TIMED_WAITING);
			long start = System.nanoTime();
			pacer.wrote();
			reader.join(10_000);
			assertThat(reader.isAlive()).as("still pausing after the write").isFalse();
			assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
			assertThat(pacer.pauses()).isEqualTo(1);
		}
		finally {
			LockSupport.unpark(reader);
			reader.join(10_000);
		}
	}

	@Test
	void aReaderThatIsBehindDoesNotPauseBeforeReadsThatFillItsBuffer() throws IOException {
		TestClock clock = new TestClock();
		// 8 MB of lines waiting: a pause gathers nothing a full buffer did not have, it only stalls the writer
		Backlog input = new Backlog(1_000_000);
		List<String> lines = readAll(new BoundedLineReader(input, 1024, new ReadPacer(clock)));
		assertThat(lines).isEqualTo(expected(1_000_000));
		assertThat(input.reads).isGreaterThan(2 * ReadPacer.STREAK);
		// at most one pause per streak, not one before each of the 64 KB reads
		assertThat(clock.pauses.size()).isLessThanOrEqualTo(input.reads / ReadPacer.STREAK);
	}

}
