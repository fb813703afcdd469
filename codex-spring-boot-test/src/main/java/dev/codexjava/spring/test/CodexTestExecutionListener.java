package dev.codexjava.spring.test;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

import dev.codexjava.testkit.InMemoryCodexServer;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

/**
 * Resets the {@link MockModel} and {@link InMemoryCodexServer} beans after each test method, so a context shared by
 * several tests (and test classes) starts every test with nothing queued and nothing recorded: the model's queue,
 * recorded requests, router and default response; the server's queued turns, scripts and recordings. Like Boot's
 * reset of {@code @MockitoBean}s. Registered in {@code META-INF/spring.factories}; the beans stay open (they are
 * closed with the context).
 */
public final class CodexTestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBeanProvider(MockModel.class).forEach((model) -> {
			model.reset();
			model.respondWith((request) -> null);
			model.defaultResponse(MockResponse.text("ok"));
		});
		context.getBeanProvider(InMemoryCodexServer.class).forEach(InMemoryCodexServer::reset);
	}

}
