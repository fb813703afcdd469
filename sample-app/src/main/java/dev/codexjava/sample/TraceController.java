package dev.codexjava.sample;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/traces/{traceId}}: the finished spans of one trace that {@link RecentSpans} still holds, oldest
 * first. Every API response carries its trace id in the {@value TraceIdHeaderConfiguration#HEADER} header (the page
 * links a turn's trace), and the log lines written while serving it carry it too.
 */
@RestController
public class TraceController {

	private final RecentSpans spans;

	/**
	 * A controller over {@code spans}.
	 * @param spans the kept spans
	 */
	public TraceController(RecentSpans spans) {
		this.spans = spans;
	}

	/**
	 * The spans of a trace.
	 * @param traceId the trace id
	 * @return its finished spans (empty while the request that started it is still running, or if unknown)
	 */
	@GetMapping("/api/traces/{traceId}")
	public List<SpanView> trace(@PathVariable String traceId) {
		return this.spans.trace(traceId);
	}

}
