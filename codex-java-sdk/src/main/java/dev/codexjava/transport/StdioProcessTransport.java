package dev.codexjava.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.codexjava.error.CodexException;
import dev.codexjava.error.TransportClosedException;

/**
 * Runs the app-server as a child process and exchanges newline-delimited messages over its stdin/stdout. stderr is
 * drained into the {@code dev.codexjava.appserver.stderr} logger and a ring buffer of its last lines, which closing
 * errors carry. Outbound messages are written by a dedicated thread, so a child that stops reading its input cannot
 * block callers (their requests time out) or {@link #close}. Closing sends end-of-input, waits the grace period, then
 * terminates and finally kills the process and all of its descendants. On Linux the child runs in a session of its
 * own, so what it started is found (and stopped) even after it crashed; see {@link ProcessFamily}. Anything that goes
 * wrong on the reader thread, an {@link Error} too, closes the connection with that cause instead of killing the
 * reader silently.
 */
@API(status = API.Status.INTERNAL)
public final class StdioProcessTransport implements Transport {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(StdioProcessTransport.class);

		static final Logger stderrLog = LoggerFactory.getLogger("dev.codexjava.appserver.stderr");

		private Logs() {
		}

	}


	private static final AtomicInteger INSTANCES = new AtomicInteger();

	/** Default limit for one inbound message. Longer lines are skipped and logged. */
	public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

	/** Outbound bytes allowed to wait for a child that does not read its input before {@link #send} refuses more. */
	static final long MAX_QUEUED_BYTES = 64L * 1024 * 1024;

	/** Longer stderr lines are not held in memory; the tail records their size instead. */
	static final int MAX_STDERR_LINE_BYTES = 64 * 1024;

	/** Tells the writer thread to close stdin and stop (compared by identity). */
	private static final byte[] END_OF_INPUT = new byte[0];

	private final ProcessLaunch launch;

	private final int maxLineBytes;

	private final StderrTail stderrTail = new StderrTail(50);

	private final LinkedBlockingQueue<byte[]> outbox = new LinkedBlockingQueue<>();

	private final AtomicLong queuedBytes = new AtomicLong();

	private final CompletableFuture<TransportClosedException> closedReason = new CompletableFuture<>();

	private final AtomicBoolean started = new AtomicBoolean();

	private final AtomicBoolean closeReported = new AtomicBoolean();

	/** Paces the reader's reads of a fast trickle of lines (reader thread; see {@link ReadPacer}). */
	private final ReadPacer pacer = new ReadPacer();

	private final AtomicBoolean closing = new AtomicBoolean();

	/** Completed when the first {@link #close} has finished, so that later calls can wait for it. */
	private final CompletableFuture<Void> closed = new CompletableFuture<>();

	private final int instance = INSTANCES.incrementAndGet();

	private volatile @Nullable Process process;

	private volatile @Nullable OutputStream stdin;

	private volatile @Nullable Handler handler;

	private volatile @Nullable ProcessFamily family;

	private @Nullable Thread readerThread;

	private @Nullable Thread stderrThread;

	private @Nullable Thread writerThread;

	public StdioProcessTransport(ProcessLaunch launch) {
		this(launch, DEFAULT_MAX_LINE_BYTES);
	}

	public StdioProcessTransport(ProcessLaunch launch, int maxLineBytes) {
		this.launch = Objects.requireNonNull(launch, "launch");
		if (maxLineBytes < 1024) {
			throw new IllegalArgumentException("maxLineBytes must be at least 1024, was " + maxLineBytes);
		}
		this.maxLineBytes = maxLineBytes;
	}

	/**
	 * Spawns the process and starts the reader threads.
	 * @throws UncheckedIOException if the process cannot be spawned
	 */
	@Override
	public void start(Handler handler) {
		if (!this.started.compareAndSet(false, true)) {
			throw new IllegalStateException("transport already started");
		}
		this.handler = Objects.requireNonNull(handler, "handler");
		ProcessBuilder builder = new ProcessBuilder(
				ProcessFamily.inNewSession(this.launch.command(), this.launch.workingDirectory()));
		if (!this.launch.inheritEnvironment()) {
			builder.environment().clear();
		}
		builder.environment().putAll(this.launch.environment());
		if (this.launch.workingDirectory() != null) {
			builder.directory(this.launch.workingDirectory().toFile());
		}
		try {
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + this.launch.command().get(0) + ": " + ex.getMessage(),
					ex);
		}
		this.family = new ProcessFamily(this.process.toHandle());
		this.stdin = this.process.getOutputStream();
		Logs.log.debug("Started app-server pid {}: {}", this.process.pid(), this.launch);
		this.readerThread = TransportThreads.daemon("codex-stdout-" + this.instance, this::readStdout);
		this.stderrThread = TransportThreads.daemon("codex-stderr-" + this.instance, this::readStderr);
		this.writerThread = TransportThreads.daemon("codex-stdin-" + this.instance, this::writeStdin);
		// stderr first: a reader that sees EOF at once joins the stderr drainer, and joining a thread that has not
		// been started returns at once (the exit's stderr lines would be lost)
		this.stderrThread.start();
		this.writerThread.start();
		this.readerThread.start();
		this.process.onExit().thenRun(this::onProcessExit);
	}

	/** How many of the reader's reads were paused so far (tests, diagnosis). */
	long readPauses() {
		return this.pacer.pauses();
	}

	private void readStdout() {
		// a line goes to the handler as bytes from the reader's buffer (no String: the protocol layer reads the hot
		// lines from the bytes); "more" tells whether the next line is already buffered, so the protocol layer wakes
		// a stream's consumer once per burst, not per line
		try {
			try {
				BoundedLineReader reader = new BoundedLineReader(this.process.getInputStream(), this.maxLineBytes,
						this.pacer);
				while (true) {
					int size = reader.readLineBytes();
					if (size == BoundedLineReader.END || this.closeReported.get()) {
						break;
					}
					this.family.refreshIfDue();
					if (size == BoundedLineReader.SKIPPED) {
						Logs.log.warn("Skipped an app-server message of {} bytes (limit {} bytes)",
								reader.lastOversizedLength(), this.maxLineBytes);
						continue;
					}
					if (size == 0) {
						continue;
					}
					// a handler's exception is logged and skipped; an Error ends the reader (see readerFailed). In the
					// loop, not in a method of its own: each level a line goes through is another large C2 compilation
					try {
						this.handler.onLine(reader.lineBytes(), reader.lineOffset(), size, reader.hasBufferedLine());
					}
					catch (RuntimeException ex) {
						Logs.log.error("Error while handling an app-server message; continuing", ex);
					}
					reader.release();
				}
			}
			catch (IOException ex) {
				Logs.log.debug("app-server stdout read failed: {}", ex.toString());
			}
		}
		catch (Throwable ex) {
			// an Error (OutOfMemoryError on a large message, StackOverflowError in a handler, ...): nothing reads the
			// output any more, so the connection must close, or callers would wait for answers that never come
			readerFailed(ex);
			return;
		}
		reportClosed(this.closing.get() ? "Codex client closed" : "Codex app-server closed its output", null);
	}

	private void readerFailed(Throwable failure) {
		try {
			Logs.log.error("Reading the app-server's output failed; closing the connection", failure);
		}
		catch (Throwable ex) {
			// logging may fail as well (out of memory): the close below says why
		}
		reportClosed("Codex connection failed while reading the app-server's output: " + failure, failure);
		try {
			// nothing reads the child's output any more: stop it (and what it started) at once
			close(Duration.ZERO);
		}
		catch (Throwable ex) {
			this.closed.complete(null);
		}
	}

	private void writeStdin() {
		OutputStream out = this.stdin;
		try {
			while (true) {
				byte[] bytes = this.outbox.take();
				if (bytes == END_OF_INPUT) {
					break;
				}
				out.write(bytes);
				this.pacer.wrote();
				this.queuedBytes.addAndGet(-bytes.length);
				if (this.outbox.isEmpty()) {
					out.flush();
				}
			}
		}
		catch (IOException ex) {
			// the child is gone or closed its input; the reader reports the closure to pending requests
			Logs.log.debug("app-server stdin write failed: {}", ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.outbox.clear();
			try {
				out.close();
			}
			catch (IOException ex) {
				Logs.log.trace("closing stdin failed: {}", ex.toString());
			}
		}
	}

	private void readStderr() {
		try (InputStream stderr = this.process.getErrorStream()) {
			BoundedLineReader reader = new BoundedLineReader(stderr, MAX_STDERR_LINE_BYTES);
			String line;
			while ((line = reader.readLine()) != null) {
				if (line == BoundedLineReader.OVERSIZED) {
					line = "<a stderr line of " + reader.lastOversizedLength() + " bytes was skipped>";
				}
				try {
					this.stderrTail.add(line);
					if (line.contains("panicked")) {
						Logs.stderrLog.warn("{}", line);
					}
					else {
						Logs.stderrLog.debug("{}", line);
					}
				}
				catch (Throwable ex) {
					// keep draining whatever happens (a failing log appender, out of memory): a child whose stderr
					// pipe fills up blocks for good
					Logs.log.trace("could not record an app-server stderr line: {}", ex.toString());
				}
			}
		}
		catch (IOException ex) {
			Logs.log.trace("app-server stderr read ended: {}", ex.toString());
		}
	}

	private void onProcessExit() {
		// Let the reader drain what the process wrote before it died (bounded: a grandchild may hold the pipe).
		TransportThreads.joinQuietly(this.readerThread, Duration.ofMillis(500));
		reportClosed(this.closing.get() ? "Codex client closed" : "Codex app-server exited unexpectedly", null);
		if (!this.closing.get()) {
			// what a crashed app-server started is orphaned and of no use; it may also hold the output pipes open,
			// which would keep the reader threads waiting for good
			List<ProcessHandle> orphans = this.family.members();
			if (!orphans.isEmpty()) {
				Logs.log.debug("Stopping {} process(es) the exited app-server left behind", orphans.size());
				ProcessTree.terminateAll(orphans, Duration.ofMillis(500));
			}
		}
	}

	private void reportClosed(String reason, @Nullable Throwable cause) {
		if (!this.closeReported.compareAndSet(false, true)) {
			return;
		}
		Integer exitCode = null;
		Process p = this.process;
		if (p != null && cause == null) {
			try {
				if (p.waitFor(this.closing.get() ? 100 : 500, TimeUnit.MILLISECONDS)) {
					exitCode = p.exitValue();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (!this.closing.get() && cause == null) {
			// give the stderr drainer a moment so the tail holds the crash output (it ends at once when the child is
			// gone, unless a descendant holds the pipe; 200 ms proved too short on a loaded machine)
			TransportThreads.joinQuietly(this.stderrThread, Duration.ofMillis(500));
			Logs.log.warn("{} (exit code {})", reason, exitCode);
		}
		this.outbox.clear();
		this.outbox.offer(END_OF_INPUT);
		TransportClosedException ex = new TransportClosedException(reason, exitCode, this.stderrTail.snapshot());
		if (cause != null) {
			ex.initCause(cause);
		}
		this.closedReason.complete(ex);
		try {
			this.handler.onClosed(ex);
		}
		catch (Throwable e) {
			Logs.log.error("Error in transport close handler", e);
		}
	}

	@Override
	public void send(String line) {
		OutputStream out = this.stdin;
		if (this.closeReported.get()) {
			throw closedReason();
		}
		if (out == null || this.closing.get()) {
			throw new TransportClosedException("Codex connection is closed", exitCodeOrNull(),
					this.stderrTail.snapshot());
		}
		byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
		long waiting = this.queuedBytes.get();
		if (waiting > MAX_QUEUED_BYTES) {
			throw new CodexException("The Codex app-server is not reading its input (" + waiting
					+ " bytes waiting); it may be hung. Restart it or close the client.");
		}
		this.queuedBytes.addAndGet(bytes.length);
		this.outbox.add(bytes);
	}

	/**
	 * Why the child went away, with its exit code and stderr, once {@link #reportClosed} has collected them (a
	 * child that exits at once is often gone before the first message is sent).
	 */
	private TransportClosedException closedReason() {
		try {
			return this.closedReason.get(2, TimeUnit.SECONDS).copy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			// fall through
		}
		return new TransportClosedException("Codex connection is closed", exitCodeOrNull(), this.stderrTail.snapshot());
	}

	private @Nullable Integer exitCodeOrNull() {
		Process p = this.process;
		return (p != null && !p.isAlive()) ? p.exitValue() : null;
	}

	@Override
	public boolean isOpen() {
		Process p = this.process;
		return p != null && p.isAlive() && !this.closeReported.get() && !this.closing.get();
	}

	@Override
	public OptionalLong pid() {
		Process p = this.process;
		return (p != null) ? OptionalLong.of(p.pid()) : OptionalLong.empty();
	}

	/** The last lines the child wrote to stderr. */
	public List<String> stderrTail() {
		return this.stderrTail.snapshot();
	}

	/**
	 * {@inheritDoc} Also stops what the app-server started, when it has exited already (see {@link ProcessFamily}).
	 * A second call waits (bounded) for the first to finish.
	 */
	@Override
	public void close(Duration grace) {
		if (!this.closing.compareAndSet(false, true)) {
			awaitClosed(grace.plusSeconds(10));
			return;
		}
		try {
			shutDown(grace);
		}
		finally {
			this.closed.complete(null);
		}
	}

	private void shutDown(Duration grace) {
		Process p = this.process;
		if (p == null) {
			return;
		}
		ProcessFamily family = this.family;
		// while it lives, the tree is found from the app-server; afterwards from what was remembered
		family.refresh();
		// the writer closes stdin after what is queued; if the child stopped reading, termination unblocks it
		this.outbox.offer(END_OF_INPUT);
		boolean exited = false;
		try {
			exited = p.waitFor(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (!exited) {
			Logs.log.debug("app-server pid {} did not exit within {} after end of input; terminating", p.pid(), grace);
			ProcessTree.terminate(p.toHandle(), Duration.ofSeconds(1));
		}
		List<ProcessHandle> left = family.members();
		ProcessTree.killAll(left);
		ProcessTree.awaitExit(left, Duration.ofSeconds(1));
		TransportThreads.joinQuietly(this.readerThread, Duration.ofSeconds(1));
		TransportThreads.joinQuietly(this.stderrThread, Duration.ofMillis(500));
		TransportThreads.joinQuietly(this.writerThread, Duration.ofMillis(500));
		reportClosed("Codex client closed", null);
	}

	private void awaitClosed(Duration timeout) {
		if (Thread.currentThread() == this.readerThread) {
			return;
		}
		try {
			this.closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			Logs.log.debug("An earlier close of the app-server connection has not finished: {}", ex.toString());
		}
	}

}
