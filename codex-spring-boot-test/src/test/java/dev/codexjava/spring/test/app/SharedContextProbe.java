package dev.codexjava.spring.test.app;

import java.util.concurrent.atomic.AtomicReference;

import dev.codexjava.testkit.MockModel;

import static org.assertj.core.api.Assertions.assertThat;

/** Remembers the first test class's mock model, so the second can check it shares the cached context. */
final class SharedContextProbe {

	private static final AtomicReference<MockModel> FIRST = new AtomicReference<>();

	private SharedContextProbe() {
	}

	/** Registers {@code model}; if another class registered one before, it must be the same (one cached context). */
	static void sameModelAsTheOtherClass(MockModel model) {
		if (!FIRST.compareAndSet(null, model)) {
			assertThat(model).isSameAs(FIRST.get());
		}
	}

}
