package dev.codexjava.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The requests that timed out and still want their answer if it comes after all (see
 * {@link RpcConnection#request(String, JsonNode, java.time.Duration, Object, Consumer)}): request id to what is told
 * the answer's {@code result}. Bounded: beyond {@link #LIMIT} the oldest is forgotten (a server that never answers
 * leaves at most that many behind). Thread-safe; looked at only for an answer with no pending request (rare).
 */
final class LateAnswers {

	/** At most this many timed-out requests wait for a late answer. */
	static final int LIMIT = 256;

	private final Map<Long, Consumer<JsonNode>> waiting = new LinkedHashMap<>(16, 0.75f, false) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Consumer<JsonNode>> eldest) {
			return size() > LIMIT;
		}
	};

	/** Request {@code id} timed out: its answer, if it comes, goes to {@code onAnswer}. */
	synchronized void expect(long id, Consumer<JsonNode> onAnswer) {
		this.waiting.put(id, onAnswer);
	}

	/** What waits for the late answer of {@code id} (no longer waiting), or {@code null}. */
	synchronized @Nullable Consumer<JsonNode> take(long id) {
		return this.waiting.remove(id);
	}

	/** The connection closed: no answer comes any more. */
	synchronized void clear() {
		this.waiting.clear();
	}

}
