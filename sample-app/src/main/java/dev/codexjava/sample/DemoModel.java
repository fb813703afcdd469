package dev.codexjava.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;

/**
 * The offline demo model: a testkit {@link MockModel} on {@code 127.0.0.1} answering with {@link DemoAnswers}, a
 * throwaway {@link MockCodexHome} whose {@code config.toml} points the binary at it (approval policy {@code never},
 * read-only sandbox), and a small demo workspace inside that home for the agent's commands. {@link #close()} stops
 * the model and deletes the home and workspace.
 */
public final class DemoModel implements AutoCloseable {

	private final MockModel model;

	private final MockCodexHome home;

	private final Path workspace;

	private DemoModel(MockModel model, MockCodexHome home, Path workspace) {
		this.model = model;
		this.home = home;
		this.workspace = workspace;
	}

	/**
	 * Starts the model and writes the home and workspace.
	 * @return the running demo model
	 * @throws UncheckedIOException if the workspace cannot be written
	 */
	public static DemoModel start() {
		MockModel model = MockModel.start();
		MockCodexHome home = null;
		try {
			model.respondWith(new DemoAnswers());
			home = MockCodexHome.builder(model)
				.model("demo-model")
				.approvalPolicy("never")
				.sandboxMode("read-only")
				.build();
			return new DemoModel(model, home, writeWorkspace(home.path().resolve("workspace")));
		}
		catch (RuntimeException ex) {
			model.close();
			if (home != null) {
				home.close();
			}
			throw ex;
		}
	}

	private static Path writeWorkspace(Path dir) {
		try {
			Files.createDirectories(dir.resolve("src"));
			Files.writeString(dir.resolve("README.md"), "# Demo workspace\n\nCreated by the Codex sample app's demo "
					+ "model and deleted when the app stops.\n");
			Files.writeString(dir.resolve("notes.txt"), "The demo model runs offline: no account, no network.\n");
			Files.writeString(dir.resolve("src").resolve("Hello.java"),
					"class Hello {\n\tpublic static void main(String[] args) {\n\t\tSystem.out.println(\"hello\");\n\t}\n}\n");
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the demo workspace " + dir, ex);
		}
	}

	/** The {@code CODEX_HOME} wired to the model. */
	public Path codexHome() {
		return this.home.path();
	}

	/** The working directory for the app-server and its threads. */
	public Path workspace() {
		return this.workspace;
	}

	/** The model's base URL ({@code http://127.0.0.1:<port>/v1}). */
	public String baseUrl() {
		return this.model.baseUrl();
	}

	/** The mock model itself, for tests that queue a response of their own. */
	MockModel mockModel() {
		return this.model;
	}

	/** How many model requests the demo answered so far. */
	public int requestCount() {
		return this.model.requestCount();
	}

	/** Stops the model, then deletes the home (and the workspace in it). Idempotent. */
	@Override
	public void close() {
		try {
			this.model.close();
		}
		finally {
			this.home.close();
		}
	}

	@Override
	public String toString() {
		return "DemoModel[" + baseUrl() + ", home=" + codexHome() + "]";
	}

}
