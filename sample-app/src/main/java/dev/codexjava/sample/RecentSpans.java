package dev.codexjava.sample;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import io.micrometer.tracing.exporter.FinishedSpan;
import io.micrometer.tracing.exporter.SpanReporter;

import org.springframework.stereotype.Component;

/**
 * The newest finished spans of this app, in memory: a Micrometer Tracing {@link SpanReporter}, which Spring Boot hands
 * every finished span (with the Brave bridge as with the OpenTelemetry one). Nothing is exported: the sample has no
 * Zipkin or OTLP reporter unless one is added. {@code GET /api/traces/{traceId}} ({@link TraceController}) shows a
 * trace's spans, such as a turn's {@code invoke_agent codex} span and its {@code codex.rpc} spans under the HTTP
 * request's span. At most {@value #CAPACITY} spans are kept; older ones are dropped.
 */
@Component
public class RecentSpans implements SpanReporter {

	/** How many finished spans are kept. */
	static final int CAPACITY = 2000;

	private final Deque<SpanView> spans = new ArrayDeque<>();

	@Override
	public void report(FinishedSpan span) {
		SpanView view = SpanView.of(span);
		synchronized (this.spans) {
			if (this.spans.size() == CAPACITY) {
				this.spans.removeFirst();
			}
			this.spans.addLast(view);
		}
	}

	/**
	 * The kept spans of one trace, oldest start first.
	 * @param traceId the trace id (hex)
	 * @return its finished spans, none if unknown or dropped
	 */
	public List<SpanView> trace(String traceId) {
		synchronized (this.spans) {
			return this.spans.stream()
				.filter((span) -> span.traceId().equals(traceId))
				.sorted(Comparator.comparing(SpanView::start))
				.toList();
		}
	}

	@Override
	public void close() {
	}

}
