package dev.codexjava.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.testkit.MockCodexHome;

/** What every scenario shares: the binary, the sizes, throwaway work directories. */
final class BenchContext implements AutoCloseable {

	static final String PROMPT = "Say ok";

	static final ThreadOptions THREAD = ThreadOptions.builder().ephemeral(true).build();

	final Path binary;

	final Sizes sizes;

	final Path out;

	final List<String> external;

	private final List<Path> workDirs = new ArrayList<>();

	BenchContext(Path binary, Sizes sizes, Path out, List<String> external) {
		this.binary = binary;
		this.sizes = sizes;
		this.out = out;
		this.external = external;
	}

	boolean smoke() {
		return "smoke".equals(this.sizes.name());
	}

	/** A fresh empty directory: the app-server's cwd (not a git checkout, so the binary has nothing to scan). */
	Path workDir() {
		try {
			Path dir = Files.createTempDirectory("codex-bench-work-");
			this.workDirs.add(dir);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The SDK's configuration: defaults, except the binary, the mock-wired home and the work directory. */
	CodexConfig config(MockCodexHome home, Path work) {
		return CodexConfig.builder()
			.codexBinary(this.binary)
			.codexHome(home.path())
			.workingDirectory(work)
			.shutdownTimeout(Duration.ofSeconds(5))
			.build();
	}

	@Override
	public void close() {
		for (Path dir : this.workDirs) {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
			catch (IOException | UncheckedIOException ex) {
				// best effort
			}
		}
	}

}
