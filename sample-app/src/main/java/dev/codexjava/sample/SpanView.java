package dev.codexjava.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.tracing.exporter.FinishedSpan;

/**
 * A finished span as {@code GET /api/traces/{traceId}} shows it. The tags are the observations' key values (for the
 * turn span, for example, {@code gen_ai.conversation.id} and the token usage); the starter never puts a prompt, an
 * answer or a credential into them.
 *
 * @param name the span's name, such as {@code http post /api/threads/{id}/turns}, {@code invoke_agent codex} or
 * {@code turn/start}
 * @param traceId the trace id
 * @param spanId the span id
 * @param parentId the parent span's id, {@code null} for a root span
 * @param kind {@code SERVER}, {@code CLIENT}, ... or {@code null}
 * @param start when the span started
 * @param durationMillis its duration in milliseconds
 * @param error the simple class name of the recorded error, or {@code null}
 * @param tags its tags, sorted by key
 */
public record SpanView(String name, String traceId, String spanId, String parentId, String kind, Instant start,
		double durationMillis, String error, Map<String, String> tags) {

	static SpanView of(FinishedSpan span) {
		String parentId = span.getParentId();
		return new SpanView(span.getName(), span.getTraceId(), span.getSpanId(),
				(parentId == null || parentId.isEmpty()) ? null : parentId,
				(span.getKind() != null) ? span.getKind().name() : null, span.getStartTimestamp(),
				Duration.between(span.getStartTimestamp(), span.getEndTimestamp()).toNanos() / 1_000_000.0,
				(span.getError() != null) ? span.getError().getClass().getSimpleName() : null,
				new TreeMap<>(span.getTags()));
	}

}
