package dev.codexjava.spring.autoconfigure.testsupport;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;

/**
 * A fresh {@link MockModel} and a {@link MockCodexHome} pointing the real binary at it, for each test of an
 * end-to-end class ({@code @RegisterExtension final MockBackend backend = new MockBackend();}); both are closed after
 * the test, also when it fails.
 */
public final class MockBackend implements BeforeEachCallback, AfterEachCallback {

	/** The model slug the home configures (a bundled one, so the binary does not warn about it on every turn). */
	public static final String MODEL = "gpt-5.5";

	private MockModel model;

	private MockCodexHome home;

	@Override
	public void beforeEach(ExtensionContext context) {
		this.model = MockModel.start();
		this.home = MockCodexHome.builder(this.model).model(MODEL).build();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		try {
			if (this.model != null) {
				this.model.close();
			}
		}
		finally {
			if (this.home != null) {
				this.home.close();
			}
			this.model = null;
			this.home = null;
		}
	}

	/** The mock model of the running test. */
	public MockModel model() {
		return this.model;
	}

	/** The {@code CODEX_HOME} of the running test. */
	public MockCodexHome home() {
		return this.home;
	}

}
