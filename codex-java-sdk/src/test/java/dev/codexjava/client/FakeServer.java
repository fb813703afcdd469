package dev.codexjava.client;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.function.Consumer;

/** Shared set-up for tests against {@link FakeTransport}. */
final class FakeServer {

	/** Fast retries so retry tests stay quick. */
	static final RetryPolicy FAST_RETRY = RetryPolicy.builder()
		.maxAttempts(3)
		.initialDelay(Duration.ofMillis(5))
		.maxDelay(Duration.ofMillis(20))
		.build();

	private FakeServer() {
	}

	/** A config with short timeouts (no test waits long for a bug) and fast retries. */
	static CodexConfig.Builder config() {
		return CodexConfig.builder()
			.startupTimeout(Duration.ofSeconds(5))
			.requestTimeout(Duration.ofSeconds(5))
			.shutdownTimeout(Duration.ofMillis(500))
			.retryPolicy(FAST_RETRY);
	}

	/** A fake that answers thread/start with {@code t1} and turn/start with {@code u1} (no events). */
	static FakeTransport withThreadAndTurn() {
		FakeTransport fake = new FakeTransport();
		fake.on("thread/start", (p) -> FakeTransport.Reply.result(Wire.threadResult("t1")));
		fake.on("turn/start", (p) -> FakeTransport.Reply.result(Wire.turnResult("u1")));
		return fake;
	}

	/** Runs {@code hook} just before the tracker frees its thread (white-box access for ordering checks). */
	@SuppressWarnings("unchecked")
	static void beforeDone(TurnTracker tracker, Consumer<TurnTracker> hook) {
		try {
			Field field = TurnTracker.class.getDeclaredField("onDone");
			field.setAccessible(true);
			Consumer<TurnTracker> onDone = (Consumer<TurnTracker>) field.get(tracker);
			field.set(tracker, hook.andThen(onDone));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether a tracker's stream has been told that the turn ended (white-box access for ordering checks). */
	static boolean ended(TurnTracker tracker) {
		try {
			Field field = TurnTracker.class.getDeclaredField("ended");
			field.setAccessible(true);
			return field.getBoolean(tracker);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Makes the client's own dispatch of notifications for {@code turnId} throw {@code error} on the reader thread
	 * (white-box: the router's turn table fails its look-up of that turn from now on). Simulates an
	 * {@link OutOfMemoryError} or a bug while a message is routed, with no listener involved.
	 */
	static void failDispatch(Codex codex, String turnId, Error error) {
		try {
			Field field = NotificationRouter.class.getDeclaredField("turns");
			field.setAccessible(true);
			NotificationRouter router = codex.core().router;
			synchronized (router) {
				@SuppressWarnings("unchecked")
				java.util.Map<String, TurnTracker> turns = (java.util.Map<String, TurnTracker>) field.get(router);
				java.util.Map<String, TurnTracker> failing = new java.util.HashMap<>(turns) {
					@Override
					public TurnTracker get(Object key) {
						if (turnId.equals(key)) {
							throw error;
						}
						return super.get(key);
					}
				};
				field.set(router, failing);
			}
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The tracker behind a handle (white-box access for buffer and ordering checks). */
	static TurnTracker tracker(TurnHandle handle) {
		try {
			Field field = TurnHandle.class.getDeclaredField("tracker");
			field.setAccessible(true);
			return (TurnTracker) field.get(handle);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
