package dev.codexjava.sample;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

import dev.codexjava.client.ApprovalDecision;
import dev.codexjava.spring.autoconfigure.CodexProperties;

/**
 * The approval requests a person is asked right now. {@link #ask} sends an {@code approval} event on the turn's
 * stream and waits (on the SDK's approval-handler thread) until the person decides with
 * {@code POST /api/approvals/{id}}, the stream ends (declined), or the request's deadline passes
 * ({@code codex.approvals.timeout}: the SDK declines it and {@link #expire} tells the page). Each outcome goes to the
 * page as an {@code approval-decided} event and to the log; the starter's metrics listener counts it as
 * {@code codex.approvals{decision}}.
 * <p>
 * A request's id is 128 random bits, sent only on its own stream, and forgotten once decided or when its stream
 * ends, so only the page that shows the request can answer it.
 */
@Component
public class PendingApprovals {

	private static final Log logger = LogFactory.getLog(PendingApprovals.class);

	/** The outcome reported when the stream ended first. */
	static final String STREAM_CLOSED = "stream-closed";

	/** The outcome reported when the deadline passed. */
	static final String TIMEOUT = "timeout";

	/** How long a wait may outlast the deadline before the handler gives up on its own. */
	private static final Duration GRACE = Duration.ofSeconds(5);

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

	private final Duration timeout;

	/**
	 * Requests that wait at most {@code codex.approvals.timeout}.
	 * @param properties the {@code codex.*} properties
	 */
	public PendingApprovals(CodexProperties properties) {
		Duration configured = properties.getApprovals().getTimeout();
		this.timeout = (configured == null || configured.isZero()) ? null : configured;
	}

	/**
	 * Asks the person watching {@code stream} and waits for the answer.
	 * @param stream the turn's stream
	 * @param kind what is asked, for the log ({@code command}, {@code fileChange})
	 * @param view the event to send, given the new request id and the seconds until the deadline
	 * @return the decision to send to the app-server ({@link ApprovalDecision#DECLINE} unless the person allowed it)
	 */
	ApprovalDecision ask(TurnStream stream, String kind, ViewFactory view) {
		String id = newId();
		Pending request = new Pending(id, kind, stream, new CompletableFuture<>());
		this.pending.put(id, request);
		String outcome;
		try {
			Long seconds = (this.timeout != null) ? this.timeout.toSeconds() : null;
			if (!stream.send("approval", view.create(id, seconds))) {
				outcome = STREAM_CLOSED;
			}
			else {
				outcome = await(request);
			}
		}
		finally {
			this.pending.remove(id);
		}
		ApprovalDecision decision = "accept".equals(outcome) ? ApprovalDecision.ACCEPT : ApprovalDecision.DECLINE;
		// the id is a capability while pending: only its first characters go to the log
		logger.info("Approval " + id.substring(0, 6) + "… (" + kind + ", thread " + stream.threadId() + ", turn "
				+ stream.turnId() + "): " + describe(outcome) + "; answering '" + decision.wireValue() + "'");
		Map<String, Object> decided = new LinkedHashMap<>();
		decided.put("id", id);
		decided.put("decision", outcome);
		stream.send("approval-decided", decided);
		return decision;
	}

	private String await(Pending request) {
		try {
			return (this.timeout != null)
					? request.outcome().get(this.timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS)
					: request.outcome().get();
		}
		catch (TimeoutException ex) {
			return TIMEOUT;
		}
		catch (InterruptedException ex) {
			// the client is closing
			Thread.currentThread().interrupt();
			return STREAM_CLOSED;
		}
		catch (ExecutionException ex) {
			return STREAM_CLOSED;
		}
	}

	private static String describe(String outcome) {
		return switch (outcome) {
			case "accept" -> "allowed by the person";
			case "decline" -> "declined by the person";
			case TIMEOUT -> "not answered in time";
			default -> "its stream ended first";
		};
	}

	/**
	 * The person's answer.
	 * @param id the request id
	 * @param allow {@code true} to allow, {@code false} to decline
	 * @return whether a pending request took it ({@code false}: unknown, already decided, or its stream ended)
	 */
	public boolean decide(String id, boolean allow) {
		Pending request = (id != null) ? this.pending.get(id) : null;
		return request != null && request.outcome().complete(allow ? "accept" : "decline");
	}

	/**
	 * The SDK answered a request of {@code threadId} at its deadline: the pending requests of that thread's stream
	 * end as {@value #TIMEOUT}.
	 * @param threadId the thread
	 */
	void expire(String threadId) {
		this.pending.values().stream()
			.filter((request) -> request.stream().threadId().equals(threadId))
			.forEach((request) -> request.outcome().complete(TIMEOUT));
	}

	/** A stream ended: its pending requests are declined. */
	void streamClosed(TurnStream stream) {
		this.pending.values().stream()
			.filter((request) -> request.stream() == stream)
			.forEach((request) -> request.outcome().complete(STREAM_CLOSED));
	}

	/** How many requests wait for a person now. */
	int size() {
		return this.pending.size();
	}

	private String newId() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Makes the {@code approval} event of a new request. */
	@FunctionalInterface
	interface ViewFactory {

		ApprovalView create(String id, Long timeoutSeconds);

	}

	private record Pending(String id, String kind, TurnStream stream, CompletableFuture<String> outcome) {
	}

}
