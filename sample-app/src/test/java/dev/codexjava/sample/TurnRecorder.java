package dev.codexjava.sample;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import dev.codexjava.client.CodexListener;
import dev.codexjava.client.TurnResult;

/** Records how each thread's turns ended on the server side, through a {@link CodexListener} bean. */
@TestConfiguration(proxyBeanMethods = false)
class TurnRecorder {

	@Bean
	Turns turns() {
		return new Turns();
	}

	/** The last result per thread id. */
	static final class Turns implements CodexListener {

		private final Map<String, CompletableFuture<TurnResult>> results = new ConcurrentHashMap<>();

		@Override
		public void onTurnCompleted(String threadId, TurnResult result) {
			this.results.computeIfAbsent(threadId, (id) -> new CompletableFuture<>()).complete(result);
		}

		TurnResult await(String threadId, Duration timeout) throws Exception {
			return this.results.computeIfAbsent(threadId, (id) -> new CompletableFuture<>())
				.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}

	}

}
