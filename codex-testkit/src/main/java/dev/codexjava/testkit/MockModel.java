package dev.codexjava.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.node.ObjectNode;

/**
 * A scriptable mock of the OpenAI Responses API for the {@code codex} binary: an HTTP server on {@code 127.0.0.1}
 * (an ephemeral port) that answers {@code POST /v1/responses} with scripted {@link MockResponse}s and records every
 * request. Point a model provider's {@code base_url} at {@link #baseUrl()}, or use {@link MockCodexHome}.
 *
 * <p>Each request takes the next {@linkplain #enqueue queued} response; when the queue is empty the
 * {@linkplain #respondWith router} decides, and without one (or when it returns {@code null}) the
 * {@linkplain #defaultResponse default response}, initially {@code MockResponse.text("ok")}, is sent.
 * Other paths get 404. Thread-safe.
 */
public final class MockModel implements AutoCloseable {

	static final String THREAD_NAME_PREFIX = "codex-mock-model-";

	private static final String RESPONSES_PATH = "/v1/responses";

	private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();

	private static final System.Logger LOGGER = System.getLogger(MockModel.class.getName());

	private final HttpServer server;

	private final ExecutorService executor;

	private final CountDownLatch closed = new CountDownLatch(1);

	private final AtomicBoolean closing = new AtomicBoolean();

	private final ResponseWriter writer = new ResponseWriter(this.closed);

	private final AtomicLong served = new AtomicLong();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition arrived = this.lock.newCondition();

	private final Condition exchangeEnded = this.lock.newCondition();

	private int openExchanges;

	private final List<RecordedRequest> recorded = new ArrayList<>();

	private final Deque<MockResponse> queue = new ArrayDeque<>();

	private Function<RecordedRequest, MockResponse> router;

	private MockResponse fallback = MockResponse.text("ok");

	private MockModel(HttpServer server) {
		this.server = server;
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, THREAD_NAME_PREFIX + THREAD_NUMBERS.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(this.executor);
		server.createContext("/", this::handle);
	}

	/**
	 * Starts a mock model on {@code 127.0.0.1} and an ephemeral port.
	 * @throws UncheckedIOException if the port cannot be bound
	 */
	public static MockModel start() {
		HttpServer server;
		try {
			InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[] { 127, 0, 0, 1 });
			server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not bind the mock model to 127.0.0.1", ex);
		}
		MockModel model = new MockModel(server);
		model.startServer();
		return model;
	}

	private void startServer() {
		// started from one of our daemon threads, so the server's dispatcher thread is a daemon too and a
		// forgotten model cannot keep the JVM alive
		try {
			this.executor.submit(this.server::start).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			close();
			throw new IllegalStateException("Interrupted while starting the mock model", ex);
		}
		catch (ExecutionException ex) {
			close();
			throw new IllegalStateException("Could not start the mock model", ex.getCause());
		}
	}

	/** The port the model listens on. */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/** The base URL for a model provider: {@code http://127.0.0.1:<port>/v1}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port() + "/v1";
	}

	/** Queues responses, each answering one request, in order. */
	public MockModel enqueue(MockResponse... responses) {
		List<MockResponse> list = Arrays.asList(responses);
		list.forEach((response) -> Objects.requireNonNull(response, "response"));
		this.lock.lock();
		try {
			this.queue.addAll(list);
		}
		finally {
			this.lock.unlock();
		}
		return this;
	}

	/**
	 * Lets {@code router} answer requests while the queue is empty (for example by looking at
	 * {@link RecordedRequest#functionCallOutputCount()}); a {@code null} answer falls back to the default response.
	 * Replaces any earlier router; {@code null} removes it.
	 */
	public MockModel respondWith(Function<RecordedRequest, MockResponse> router) {
		this.lock.lock();
		try {
			this.router = router;
		}
		finally {
			this.lock.unlock();
		}
		return this;
	}

	/** Sets the response used when the queue is empty and no router answers (initially {@code text("ok")}). */
	public MockModel defaultResponse(MockResponse response) {
		Objects.requireNonNull(response, "response");
		this.lock.lock();
		try {
			this.fallback = response;
		}
		finally {
			this.lock.unlock();
		}
		return this;
	}

	/** The requests received so far, oldest first (a snapshot). */
	public List<RecordedRequest> requests() {
		this.lock.lock();
		try {
			return List.copyOf(this.recorded);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** How many requests were received so far. */
	public int requestCount() {
		this.lock.lock();
		try {
			return this.recorded.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Waits for the request with the 0-based {@code index}.
	 * @throws IllegalStateException if it does not arrive within {@code timeout}, the model is closed meanwhile,
	 * or the thread is interrupted
	 */
	public RecordedRequest awaitRequest(int index, Duration timeout) {
		if (index < 0) {
			throw new IllegalArgumentException("index must not be negative, was " + index);
		}
		long nanos = timeout.toNanos();
		this.lock.lock();
		try {
			while (this.recorded.size() <= index) {
				if (this.closed.getCount() == 0) {
					throw new IllegalStateException("Mock model closed while waiting for request #" + index + " ("
							+ this.recorded.size() + " received)");
				}
				if (nanos <= 0) {
					throw new IllegalStateException("Expected request #" + index + " (0-based) at " + baseUrl()
							+ "/responses within " + timeout + ", but only " + this.recorded.size() + " arrived");
				}
				nanos = this.arrived.awaitNanos(nanos);
			}
			return this.recorded.get(index);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for request #" + index, ex);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Forgets queued responses and recorded requests (the router and default response stay). */
	public void reset() {
		this.lock.lock();
		try {
			this.queue.clear();
			this.recorded.clear();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Stops the server at once, ends slow and stalled streams and stops the model's threads. Idempotent.
	 */
	@Override
	public void close() {
		if (!this.closing.compareAndSet(false, true)) {
			return;
		}
		try {
			this.server.stop(0);
		}
		finally {
			this.closed.countDown();
			this.lock.lock();
			try {
				this.arrived.signalAll();
			}
			finally {
				this.lock.unlock();
			}
			this.executor.shutdown();
			if (!Thread.currentThread().getName().startsWith(THREAD_NAME_PREFIX)) {
				awaitThreads();
			}
		}
	}

	private void awaitThreads() {
		try {
			if (!this.executor.awaitTermination(5, TimeUnit.SECONDS)) {
				this.executor.shutdownNow();
				this.executor.awaitTermination(1, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	/** The base URL, for test output. */
	@Override
	public String toString() {
		return "MockModel[" + baseUrl() + "]";
	}

	/** Waits until no exchange is being handled; false on timeout. For tests of stream clean-up. */
	boolean awaitNoOpenExchanges(Duration timeout) throws InterruptedException {
		long nanos = timeout.toNanos();
		this.lock.lock();
		try {
			while (this.openExchanges > 0) {
				if (nanos <= 0) {
					return false;
				}
				nanos = this.exchangeEnded.awaitNanos(nanos);
			}
			return true;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void handle(HttpExchange exchange) {
		changeOpenExchanges(1);
		try {
			String path = exchange.getRequestURI().getPath();
			if (!RESPONSES_PATH.equals(path)) {
				ResponseWriter.sendFixed(exchange, 404, errorJson("The mock model only serves POST " + RESPONSES_PATH));
				return;
			}
			if (!"POST".equals(exchange.getRequestMethod())) {
				exchange.getResponseHeaders().set("Allow", "POST");
				ResponseWriter.sendFixed(exchange, 405, "");
				return;
			}
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			RecordedRequest request = new RecordedRequest(path, exchange.getRequestHeaders(), body);
			MockResponse response;
			try {
				response = record(request);
			}
			catch (RuntimeException ex) {
				LOGGER.log(System.Logger.Level.WARNING, "The mock model's router failed", ex);
				ResponseWriter.sendFixed(exchange, 500, errorJson("mock model router failed: " + ex));
				return;
			}
			this.writer.write(exchange, response, this.served.incrementAndGet());
		}
		catch (IOException ex) {
			// the client went away or the server is stopping: nothing to answer to
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			exchange.close();
			changeOpenExchanges(-1);
		}
	}

	private void changeOpenExchanges(int delta) {
		this.lock.lock();
		try {
			this.openExchanges += delta;
			if (this.openExchanges == 0) {
				this.exchangeEnded.signalAll();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private static String errorJson(String message) {
		ObjectNode body = TestkitJson.object();
		body.putObject("error").put("message", message);
		return TestkitJson.write(body);
	}

	/** Records the request and picks its response. */
	private MockResponse record(RecordedRequest request) {
		Function<RecordedRequest, MockResponse> currentRouter;
		MockResponse currentFallback;
		this.lock.lock();
		try {
			this.recorded.add(request);
			this.arrived.signalAll();
			MockResponse queued = this.queue.poll();
			if (queued != null) {
				return queued;
			}
			currentRouter = this.router;
			currentFallback = this.fallback;
		}
		finally {
			this.lock.unlock();
		}
		// user code runs outside the lock
		MockResponse routed = (currentRouter != null) ? currentRouter.apply(request) : null;
		return (routed != null) ? routed : currentFallback;
	}

}
