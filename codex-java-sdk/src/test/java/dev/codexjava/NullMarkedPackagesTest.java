package dev.codexjava;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every package of the SDK's main sources is {@code @NullMarked} (JSpecify, the Spring Framework 7 / Boot 4 norm), so
 * that a null-checker (and Kotlin) reads its types as non-null unless they say {@code @Nullable}. The packages are
 * found in {@code src/main/java}, none excluded: a new package without the annotation fails.
 */
class NullMarkedPackagesTest {

	private static final Path MAIN = Path.of("src", "main", "java");

	@Test
	void everyPackageOfTheMainSourcesIsNullMarked() throws Exception {
		List<String> packages = packagesWithSources();
		assertThat(packages).as("packages found in " + MAIN.toAbsolutePath())
			.contains("dev.codexjava.client", "dev.codexjava.error", "dev.codexjava.protocol",
					"dev.codexjava.protocol.model", "dev.codexjava.protocol.generated", "dev.codexjava.transport");
		for (String name : packages) {
			assertThat(packageInfo(name)).as("package-info.java of " + name).isNotNull();
			assertThat(packageInfo(name).isAnnotationPresent(NullMarked.class)).as("@NullMarked on package " + name)
				.isTrue();
		}
	}

	private static Class<?> packageInfo(String packageName) {
		try {
			return Class.forName(packageName + ".package-info");
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	private static List<String> packagesWithSources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter((file) -> file.toString().endsWith(".java"))
				.map((file) -> MAIN.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.'))
				.distinct()
				.sorted()
				.toList();
		}
	}

}
