package dev.codexjava.spring.autoconfigure.retry;

import java.util.Map;
import java.util.function.BiConsumer;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.slf4j.MDC;

import org.springframework.util.ClassUtils;

/**
 * The context of the thread that called an advised asynchronous method, captured when the call starts and restored
 * around its callbacks and retries, which run on other threads: SLF4J's MDC always, and, when Micrometer's
 * context-propagation library is on the classpath, every {@code ThreadLocalAccessor} of its global
 * {@code ContextRegistry} (the current observation, Spring Security's context, and any the application registers).
 * Values the caller did not have are cleared while the task runs; the thread's own values come back afterwards.
 */
final class CallerContext {

	private static final boolean CONTEXT_PROPAGATION_PRESENT = ClassUtils
		.isPresent("io.micrometer.context.ContextSnapshotFactory", CallerContext.class.getClassLoader());

	private final Map<String, String> mdc;

	private final Object snapshot;

	private CallerContext(Map<String, String> mdc, Object snapshot) {
		this.mdc = mdc;
		this.snapshot = snapshot;
	}

	/** The calling thread's context. */
	static CallerContext capture() {
		return new CallerContext(MDC.getCopyOfContextMap(),
				CONTEXT_PROPAGATION_PRESENT ? Snapshots.capture() : null);
	}

	/** {@code task}, run with this context. */
	Runnable wrap(Runnable task) {
		return () -> {
			try (Scope restore = apply()) {
				task.run();
			}
		};
	}

	/** {@code callback}, run with this context. */
	<T, U> BiConsumer<T, U> wrap(BiConsumer<T, U> callback) {
		return (t, u) -> wrap(() -> callback.accept(t, u)).run();
	}

	private Scope apply() {
		Map<String, String> previousMdc = MDC.getCopyOfContextMap();
		setMdc(this.mdc);
		Scope snapshotScope;
		try {
			snapshotScope = (this.snapshot != null) ? Snapshots.apply(this.snapshot) : () -> {
			};
		}
		catch (RuntimeException | Error ex) {
			setMdc(previousMdc);
			throw ex;
		}
		return () -> {
			try {
				snapshotScope.close();
			}
			finally {
				setMdc(previousMdc);
			}
		};
	}

	private static void setMdc(Map<String, String> values) {
		if (values == null || values.isEmpty()) {
			MDC.clear();
		}
		else {
			MDC.setContextMap(values);
		}
	}

	/** A restore action that throws nothing checked. */
	@FunctionalInterface
	private interface Scope extends AutoCloseable {

		@Override
		void close();

	}

	/** The context-propagation calls, in a class of their own that is loaded only when the library is present. */
	private static final class Snapshots {

		private static final ContextSnapshotFactory FACTORY = ContextSnapshotFactory.builder()
			.clearMissing(true)
			.build();

		static Object capture() {
			return FACTORY.captureAll();
		}

		static Scope apply(Object snapshot) {
			ContextSnapshot.Scope scope = ((ContextSnapshot) snapshot).setThreadLocals();
			return scope::close;
		}

	}

}
