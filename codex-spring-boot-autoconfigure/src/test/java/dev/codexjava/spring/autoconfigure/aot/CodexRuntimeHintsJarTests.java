package dev.codexjava.spring.autoconfigure.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.protocol.generated.Methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The scan of the generated protocol package works when the SDK is a jar on the AOT step's class path (as it is in
 * an application's build), not only from {@code target/classes}, and uses the class loader the AOT step gives.
 */
class CodexRuntimeHintsJarTests {

	private static final String PACKAGE_PATH = CodexRuntimeHints.GENERATED_PACKAGE.replace('.', '/') + "/";

	@TempDir
	Path tmp;

	@Test
	void findsEveryGeneratedTypeInTheSdkJarThroughTheGivenClassLoader() throws Exception {
		Path jar = sdkJar(true);
		int expected = CodexRuntimeHints.generatedTypes(getClass().getClassLoader()).size();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
				ClassLoader.getPlatformClassLoader())) {
			List<Class<?>> types = CodexRuntimeHints.generatedTypes(loader);
			assertThat(types).hasSize(expected).hasSizeGreaterThan(600);
			assertThat(types).allSatisfy((type) -> assertThat(type.getClassLoader()).isSameAs(loader));
		}
	}

	@Test
	void aJarWithoutDirectoryEntriesFailsTheAotStepInsteadOfLeavingTheHintsOut() throws Exception {
		Path jar = sdkJar(false);
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
				ClassLoader.getPlatformClassLoader())) {
			assertThatIllegalStateException().isThrownBy(() -> CodexRuntimeHints.generatedTypes(loader))
				.withMessageContaining(CodexRuntimeHints.GENERATED_PACKAGE);
		}
	}

	/** The generated package's classes as a jar: the SDK jar itself's entries, or target/classes packed. */
	private Path sdkJar(boolean directoryEntries) throws IOException {
		Map<String, byte[]> classes = new LinkedHashMap<>();
		Path location;
		try {
			location = Path.of(Methods.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (java.net.URISyntaxException ex) {
			throw new IOException(ex);
		}
		if (Files.isDirectory(location)) {
			try (Stream<Path> files = Files.list(location.resolve(PACKAGE_PATH))) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
					classes.put(PACKAGE_PATH + file.getFileName(), Files.readAllBytes(file));
				}
			}
		}
		else {
			try (JarFile sdk = new JarFile(location.toFile())) {
				for (Enumeration<JarEntry> entries = sdk.entries(); entries.hasMoreElements();) {
					JarEntry entry = entries.nextElement();
					if (entry.getName().startsWith(PACKAGE_PATH) && entry.getName().endsWith(".class")) {
						try (InputStream in = sdk.getInputStream(entry)) {
							classes.put(entry.getName(), in.readAllBytes());
						}
					}
				}
			}
		}
		assertThat(classes).hasSizeGreaterThan(600);
		Path jar = this.tmp.resolve(directoryEntries ? "sdk.jar" : "sdk-no-dirs.jar");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
			if (directoryEntries) {
				String dir = "";
				for (String part : PACKAGE_PATH.split("/")) {
					dir += part + "/";
					out.putNextEntry(new JarEntry(dir));
					out.closeEntry();
				}
			}
			for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
				out.putNextEntry(new JarEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return jar;
	}

}
