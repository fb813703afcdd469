package dev.codexjava.spring.autoconfigure.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.codexjava.client.CodexListener;
import dev.codexjava.client.TurnResult;

/**
 * What the {@link CodexEndpoint} shows beyond the clients' own state, recorded as a {@link CodexListener} of the
 * auto-configured client: the turns running now (thread and turn id, start time, age), the restarts (count, and the
 * last one's time, attempt and reason as an exception type only, never its message, which may quote the server's
 * stderr) and the retries per method. Never a prompt, an answer or a configuration value.
 */
public final class CodexActivity implements CodexListener {

	private final Clock clock;

	private final ConcurrentMap<String, ActiveTurn> turns = new ConcurrentHashMap<>();

	private final AtomicLong restarts = new AtomicLong();

	private final AtomicReference<Map<String, Object>> lastRestart = new AtomicReference<>();

	private final ConcurrentMap<String, AtomicLong> retries = new ConcurrentHashMap<>();

	/** An empty record, on the system clock. */
	public CodexActivity() {
		this(Clock.systemUTC());
	}

	CodexActivity(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void onTurnStarted(String threadId, String turnId) {
		this.turns.put(turnId, new ActiveTurn(threadId, turnId, this.clock.instant()));
	}

	@Override
	public void onTurnCompleted(String threadId, TurnResult result) {
		if (result != null && result.id() != null) {
			this.turns.remove(result.id());
		}
	}

	@Override
	public void onTurnAborted(String threadId, String turnId, Throwable failure) {
		this.turns.remove(turnId);
	}

	@Override
	public void onProcessExited(Integer exitCode, boolean expected) {
		if (expected) {
			this.turns.clear();
		}
	}

	@Override
	public void onRestartScheduled(int attempt, Duration delay, Throwable reason) {
		this.restarts.incrementAndGet();
		Map<String, Object> last = new LinkedHashMap<>();
		last.put("at", this.clock.instant().toString());
		last.put("attempt", attempt);
		last.put("reason", (reason != null) ? reason.getClass().getSimpleName() : "unknown");
		this.lastRestart.set(last);
	}

	@Override
	public void onRetry(String method, int attempt, Duration delay, Throwable failure) {
		this.retries.computeIfAbsent(String.valueOf(method), (key) -> new AtomicLong()).incrementAndGet();
	}

	/** The turns running now, oldest first, with their age in seconds. */
	List<Map<String, Object>> activeTurns() {
		Instant now = this.clock.instant();
		List<Map<String, Object>> active = new ArrayList<>();
		this.turns.values().stream().sorted(Comparator.comparing(ActiveTurn::startedAt)).forEach((turn) -> {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("threadId", turn.threadId());
			details.put("turnId", turn.turnId());
			details.put("startedAt", turn.startedAt().toString());
			details.put("ageSeconds", Duration.between(turn.startedAt(), now).toSeconds());
			active.add(details);
		});
		return active;
	}

	/** Whether {@code turnId} is running now on {@code threadId}. */
	boolean isActive(String threadId, String turnId) {
		ActiveTurn turn = this.turns.get(turnId);
		return turn != null && turn.threadId().equals(threadId);
	}

	/** The restarts: {@code count} and, after one, {@code last}. */
	Map<String, Object> restarts() {
		Map<String, Object> restarts = new LinkedHashMap<>();
		restarts.put("count", this.restarts.get());
		Map<String, Object> last = this.lastRestart.get();
		if (last != null) {
			restarts.put("last", last);
		}
		return restarts;
	}

	/** The retries: {@code total} and {@code byMethod}. */
	Map<String, Object> retries() {
		Map<String, Long> byMethod = new TreeMap<>();
		this.retries.forEach((method, count) -> byMethod.put(method, count.get()));
		Map<String, Object> retries = new LinkedHashMap<>();
		retries.put("total", byMethod.values().stream().mapToLong(Long::longValue).sum());
		retries.put("byMethod", byMethod);
		return retries;
	}

	private record ActiveTurn(String threadId, String turnId, Instant startedAt) {
	}

}
