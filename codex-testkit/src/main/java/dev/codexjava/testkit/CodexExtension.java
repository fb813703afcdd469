package dev.codexjava.testkit;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import dev.codexjava.client.AsyncCodex;
import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;

/**
 * A JUnit 5 extension that gives each test a {@link Codex} started on the real binary against a fresh
 * {@link MockModel} and a throwaway {@code CODEX_HOME}. Inject {@link Codex}, {@link AsyncCodex}, {@link MockModel}
 * or {@link MockCodexHome} as test method parameters; all are closed after the test, also when it fails.
 *
 * <pre>{@code
 * @ExtendWith(CodexExtension.class)
 * class MyTest {
 *     @Test
 *     void answers(Codex codex, MockModel model) {
 *         model.enqueue(MockResponse.text("42"));
 *         assertThat(codex.startThread().run("?").finalResponse()).isEqualTo("42");
 *     }
 * }
 * }</pre>
 *
 * With {@code @RegisterExtension} and {@link #builder()} the home and the client configuration can be adjusted.
 */
public final class CodexExtension implements ParameterResolver, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CodexExtension.class);

	private final UnaryOperator<MockCodexHome.Builder> home;

	private final UnaryOperator<CodexConfig.Builder> client;

	/** An extension with the defaults (approval policy {@code never}, read-only sandbox). */
	public CodexExtension() {
		this(UnaryOperator.identity(), UnaryOperator.identity());
	}

	private CodexExtension(UnaryOperator<MockCodexHome.Builder> home, UnaryOperator<CodexConfig.Builder> client) {
		this.home = home;
		this.client = client;
	}

	/** A builder for a customised extension. */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == Codex.class || type == AsyncCodex.class || type == MockModel.class
				|| type == MockCodexHome.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Session session = context.getStore(NAMESPACE).computeIfAbsent(Session.class, (k) -> new Session(),
				Session.class);
		Class<?> type = parameter.getParameter().getType();
		try {
			if (type == MockModel.class) {
				return session.model();
			}
			if (type == MockCodexHome.class) {
				return session.home(this.home);
			}
			Codex codex = session.codex(this.home, this.client);
			return (type == AsyncCodex.class) ? codex.async() : codex;
		}
		catch (RuntimeException ex) {
			throw new ParameterResolutionException("Could not start Codex for the test: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Session session = context.getStore(NAMESPACE).remove(Session.class, Session.class);
		if (session != null) {
			session.close();
		}
	}

	/** Customises {@link CodexExtension}. */
	public static final class Builder {

		private UnaryOperator<MockCodexHome.Builder> home = UnaryOperator.identity();

		private UnaryOperator<CodexConfig.Builder> client = UnaryOperator.identity();

		private Builder() {
		}

		/** Adjusts the throwaway CODEX_HOME (approval policy, sandbox, retries, extra TOML). */
		public Builder home(UnaryOperator<MockCodexHome.Builder> home) {
			this.home = home;
			return this;
		}

		/** Adjusts the client configuration (timeouts, approval handler, listeners, ...). */
		public Builder client(UnaryOperator<CodexConfig.Builder> client) {
			this.client = client;
			return this;
		}

		/** The extension. */
		public CodexExtension build() {
			return new CodexExtension(this.home, this.client);
		}

	}

	private static final class Session implements AutoCloseable {

		private MockModel model;

		private MockCodexHome home;

		private Codex codex;

		MockModel model() {
			if (this.model == null) {
				this.model = MockModel.start();
			}
			return this.model;
		}

		MockCodexHome home(UnaryOperator<MockCodexHome.Builder> customizer) {
			if (this.home == null) {
				this.home = customizer.apply(MockCodexHome.builder(model())).build();
			}
			return this.home;
		}

		Codex codex(UnaryOperator<MockCodexHome.Builder> homeCustomizer,
				UnaryOperator<CodexConfig.Builder> clientCustomizer) {
			if (this.codex == null) {
				CodexConfig.Builder config = CodexConfig.builder()
					.codexBinary(CodexBinaries.require())
					.codexHome(home(homeCustomizer).path())
					.workingDirectory(home(homeCustomizer).path())
					.clientName("codex_testkit");
				this.codex = Codex.start(clientCustomizer.apply(config).build());
			}
			return this.codex;
		}

		@Override
		public void close() {
			try {
				if (this.codex != null) {
					this.codex.close();
				}
			}
			finally {
				try {
					if (this.model != null) {
						this.model.close();
					}
				}
				finally {
					if (this.home != null) {
						this.home.close();
					}
				}
			}
		}

	}

}
