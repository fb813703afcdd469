package dev.codexjava.sample;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Answers every {@code /api/**} request with its trace id in the {@value #HEADER} header, so a client (the page, a
 * test, {@code curl -i}) can look the trace up at {@code /api/traces/{traceId}}. No header when tracing is off.
 */
@Configuration(proxyBeanMethods = false)
public class TraceIdHeaderConfiguration implements WebMvcConfigurer {

	/** The response header with the request's trace id. */
	public static final String HEADER = "X-Trace-Id";

	private final ObjectProvider<Tracer> tracer;

	TraceIdHeaderConfiguration(ObjectProvider<Tracer> tracer) {
		this.tracer = tracer;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				Tracer tracer = TraceIdHeaderConfiguration.this.tracer.getIfAvailable();
				Span span = (tracer != null) ? tracer.currentSpan() : null;
				if (span != null && !span.isNoop()) {
					response.setHeader(HEADER, span.context().traceId());
				}
				return true;
			}

		}).addPathPatterns("/api/**");
	}

}
