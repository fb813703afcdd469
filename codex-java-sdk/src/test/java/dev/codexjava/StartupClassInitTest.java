package dev.codexjava;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first {@code Codex.start} of a fresh JVM spawns the app-server before the heavy one-time initialisations, so
 * that the binary starts while the JVM does them: no class of the SDK obtains its logger (which initialises the
 * application's logging backend, hundreds of classes for Logback) or builds the JSON mapper (some 400 classes of
 * Jackson's databind) when it is initialised. Each main class is initialised in a class loader of its own (the test
 * JVM has loaded both long ago), and the loader is asked what got loaded.
 */
class StartupClassInitTest {

	private static final Path CLASSES = Path.of("target", "classes");

	@Test
	void initialisingTheSdksClassesNeitherObtainsALoggerNorBuildsTheMapper() throws Exception {
		List<String> names = mainClasses();
		assertThat(names).contains("dev.codexjava.client.Codex", "dev.codexjava.client.ClientCore",
				"dev.codexjava.protocol.RpcConnection", "dev.codexjava.protocol.ProtocolLineParser",
				"dev.codexjava.transport.StdioProcessTransport");
		try (Isolated loader = new Isolated()) {
			for (String name : names) {
				Class.forName(name, true, loader);
				assertThat(loader.loaded("org.slf4j.LoggerFactory")).as("a logger obtained by initialising " + name)
					.isFalse();
				assertThat(loader.loaded("tools.jackson.databind.json.JsonMapper"))
					.as("the mapper built by initialising " + name)
					.isFalse();
			}
			// the holders themselves do what they defer
			Class.forName("dev.codexjava.protocol.Json$Mapper", true, loader);
			assertThat(loader.loaded("tools.jackson.databind.json.JsonMapper")).isTrue();
		}
	}

	@Test
	void theParsersStringLimitIsTheMappers() {
		assertThat(dev.codexjava.protocol.Json.mapper().tokenStreamFactory().streamReadConstraints().getMaxStringLength())
			.isEqualTo(tools.jackson.core.StreamReadConstraints.defaults().getMaxStringLength());
	}

	/** The main classes but the holders that defer the work (nested {@code Logs}, {@code Json}'s two). */
	private static List<String> mainClasses() throws Exception {
		List<String> names = new ArrayList<>();
		try (Stream<Path> files = Files.walk(CLASSES)) {
			files.filter((p) -> p.toString().endsWith(".class"))
				.map((p) -> CLASSES.relativize(p).toString().replace(File.separatorChar, '.'))
				.map((n) -> n.substring(0, n.length() - ".class".length()))
				.filter((n) -> !n.endsWith("package-info") && !n.endsWith("$Logs"))
				.filter((n) -> !n.equals("dev.codexjava.protocol.Json$Mapper")
						&& !n.equals("dev.codexjava.protocol.Json$Warnings"))
				.filter((n) -> !n.startsWith("dev.codexjava.protocol.generated."))
				.sorted()
				.forEach(names::add);
		}
		return names;
	}

	/** The test's class path, in a loader of its own (the platform loader its parent). */
	private static final class Isolated extends URLClassLoader {

		Isolated() throws MalformedURLException {
			super(urls(), ClassLoader.getPlatformClassLoader());
		}

		boolean loaded(String name) {
			return findLoadedClass(name) != null;
		}

		private static URL[] urls() throws MalformedURLException {
			List<URL> urls = new ArrayList<>();
			urls.add(CLASSES.toUri().toURL());
			for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
				urls.add(Path.of(entry).toUri().toURL());
			}
			return urls.toArray(URL[]::new);
		}

	}

}
