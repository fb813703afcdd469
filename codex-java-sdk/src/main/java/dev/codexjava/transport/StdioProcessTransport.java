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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.codexjava.error.CodexException;
import dev.codexjava.error.TransportClosedException;

/**
 * Runs the app-server as a child process and exchanges newline-delimited messages over its stdin/stdout. stderr is
 * drained into the {@code dev.codexjava.appserver.stderr} logger and a ring buffer of its last lines, which closing
 * errors carry. Outbound messages are written by a dedicated thread, so a child that stops reading its input cannot
 * block callers (their requests time out) or {@link #close}. Closing sends end-of-input, waits the grace period, then
 * terminates and finally kills the process and all of its descendants.
 */
public final class StdioProcessTransport implements Transport {

	private static final Logger log = LoggerFactory.getLogger(StdioProcessTransport.class);

	private static final Logger stderrLog = LoggerFactory.getLogger("dev.codexjava.appserver.stderr");

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

	private final AtomicBoolean closing = new AtomicBoolean();

	private final int instance = INSTANCES.incrementAndGet();

	private volatile Process process;

	private volatile OutputStream stdin;

	private volatile Handler handler;

	private Thread readerThread;

	private Thread stderrThread;

	private Thread writerThread;

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
		ProcessBuilder builder = new ProcessBuilder(this.launch.command());
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
		this.stdin = this.process.getOutputStream();
		log.debug("Started app-server pid {}: {}", this.process.pid(), this.launch);
		this.readerThread = daemon("codex-stdout-" + this.instance, this::readStdout);
		this.stderrThread = daemon("codex-stderr-" + this.instance, this::readStderr);
		this.writerThread = daemon("codex-stdin-" + this.instance, this::writeStdin);
		// stderr first: a reader that sees EOF at once joins the stderr drainer, and joining a thread that has not
		// been started returns at once (the exit's stderr lines would be lost)
		this.stderrThread.start();
		this.writerThread.start();
		this.readerThread.start();
		this.process.onExit().thenRun(this::onProcessExit);
	}

	private static Thread daemon(String name, Runnable body) {
		Thread thread = new Thread(body, name);
		thread.setDaemon(true);
		return thread;
	}

	private void readStdout() {
		BoundedLineReader reader = new BoundedLineReader(this.process.getInputStream(), this.maxLineBytes);
		// one line of look-ahead: a line is delivered once the next one is known to be at hand ("more") or the
		// reader would wait for input, so the protocol layer wakes a stream's consumer once per burst, not per line
		String held = null;
		try {
			while (true) {
				if (held != null && !reader.hasBufferedLine()) {
					deliver(held, false);
					held = null;
				}
				String line = reader.readLine();
				if (line == null || this.closeReported.get()) {
					break;
				}
				if (line == BoundedLineReader.OVERSIZED) {
					log.warn("Skipped an app-server message of {} bytes (limit {} bytes)",
							reader.lastOversizedLength(), this.maxLineBytes);
					continue;
				}
				if (line.isEmpty()) {
					continue;
				}
				if (held != null) {
					deliver(held, true);
				}
				held = line;
			}
		}
		catch (IOException ex) {
			log.debug("app-server stdout read failed: {}", ex.toString());
		}
		if (held != null && !this.closeReported.get()) {
			deliver(held, false);
		}
		reportClosed(this.closing.get() ? "Codex client closed" : "Codex app-server closed its output");
	}

	private void deliver(String line, boolean more) {
		try {
			this.handler.onLine(line, more);
		}
		catch (RuntimeException ex) {
			log.error("Error while handling an app-server message; continuing", ex);
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
				this.queuedBytes.addAndGet(-bytes.length);
				if (this.outbox.isEmpty()) {
					out.flush();
				}
			}
		}
		catch (IOException ex) {
			// the child is gone or closed its input; the reader reports the closure to pending requests
			log.debug("app-server stdin write failed: {}", ex.toString());
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
				log.trace("closing stdin failed: {}", ex.toString());
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
				this.stderrTail.add(line);
				if (line.contains("panicked")) {
					stderrLog.warn("{}", line);
				}
				else {
					stderrLog.debug("{}", line);
				}
			}
		}
		catch (IOException ex) {
			log.trace("app-server stderr read ended: {}", ex.toString());
		}
	}

	private void onProcessExit() {
		// Let the reader drain what the process wrote before it died (bounded: a grandchild may hold the pipe).
		joinQuietly(this.readerThread, Duration.ofMillis(500));
		reportClosed(this.closing.get() ? "Codex client closed" : "Codex app-server exited unexpectedly");
	}

	private void reportClosed(String reason) {
		if (!this.closeReported.compareAndSet(false, true)) {
			return;
		}
		Integer exitCode = null;
		Process p = this.process;
		if (p != null) {
			try {
				if (p.waitFor(this.closing.get() ? 100 : 500, TimeUnit.MILLISECONDS)) {
					exitCode = p.exitValue();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (!this.closing.get()) {
			// give the stderr drainer a moment so the tail holds the crash output (it ends at once when the child is
			// gone, unless a descendant holds the pipe; 200 ms proved too short on a loaded machine)
			joinQuietly(this.stderrThread, Duration.ofMillis(500));
			log.warn("{} (exit code {})", reason, exitCode);
		}
		this.outbox.clear();
		this.outbox.offer(END_OF_INPUT);
		TransportClosedException ex = new TransportClosedException(reason, exitCode, this.stderrTail.snapshot());
		this.closedReason.complete(ex);
		try {
			this.handler.onClosed(ex);
		}
		catch (RuntimeException e) {
			log.error("Error in transport close handler", e);
		}
	}

	@Override
	public void send(String line) {
		OutputStream out = this.stdin;
		if (out == null || this.closing.get()) {
			throw new TransportClosedException("Codex connection is closed", exitCodeOrNull(),
					this.stderrTail.snapshot());
		}
		if (this.closeReported.get()) {
			throw closedReason();
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

	private Integer exitCodeOrNull() {
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

	@Override
	public void close(Duration grace) {
		if (!this.closing.compareAndSet(false, true)) {
			return;
		}
		Process p = this.process;
		if (p == null) {
			return;
		}
		List<ProcessHandle> descendants = p.descendants().toList();
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
			log.debug("app-server pid {} did not exit within {} after end of input; terminating", p.pid(), grace);
			ProcessTree.terminate(p.toHandle(), Duration.ofSeconds(1));
		}
		ProcessTree.killDescendants(descendants);
		ProcessTree.awaitExit(descendants, Duration.ofSeconds(1));
		joinQuietly(this.readerThread, Duration.ofSeconds(1));
		joinQuietly(this.stderrThread, Duration.ofMillis(500));
		joinQuietly(this.writerThread, Duration.ofMillis(500));
		reportClosed("Codex client closed");
	}

	private static void joinQuietly(Thread thread, Duration timeout) {
		if (thread == null || thread == Thread.currentThread()) {
			return;
		}
		try {
			thread.join(Math.max(1, timeout.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
