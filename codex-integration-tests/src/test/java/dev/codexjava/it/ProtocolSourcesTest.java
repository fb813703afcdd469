package dev.codexjava.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails when the checked-in typed protocol ({@code dev.codexjava.protocol.generated} in codex-java-sdk) is not what
 * {@link ProtocolGenerator} makes of the pinned binary's schema. Regenerate with {@link #REGENERATE}.
 */
class ProtocolSourcesTest {

	static final String REGENERATE = "./mvnw -B -pl codex-integration-tests -am verify -Dtest=ProtocolSourcesTest"
			+ " -Dsurefire.failIfNoSpecifiedTests=false -Dcodex.protocol.regenerate=true";

	static final String WRITE_PROPERTY = "codex.protocol.regenerate";

	@Test
	void generatedSourcesMatchThePinnedSchema(@TempDir Path out) throws IOException {
		Path binary = SchemaDriftTest.binary(Codex.MINIMUM_SERVER_VERSION).orElseThrow();
		ProtocolSchema.generate(binary, out.resolve("stable"), false);
		ProtocolSchema.generate(binary, out.resolve("experimental"), true);
		Map<String, String> expected = ProtocolGenerator.generate(out.resolve("stable"), out.resolve("experimental"));
		Path dir = generatedDir();
		if (Boolean.getBoolean(WRITE_PROPERTY)) {
			if (Files.isDirectory(dir)) {
				try (Stream<Path> files = Files.list(dir)) {
					for (Path file : files.toList()) {
						Files.delete(file);
					}
				}
			}
			Files.createDirectories(dir);
			for (Map.Entry<String, String> e : expected.entrySet()) {
				Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
			}
		}
		Map<String, String> actual = new TreeMap<>();
		if (Files.isDirectory(dir)) {
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.toList()) {
					actual.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
				}
			}
		}
		assertThat(actual.keySet()).as("generated protocol files (regenerate with: " + REGENERATE + ")")
			.containsExactlyElementsOf(expected.keySet());
		for (Map.Entry<String, String> e : expected.entrySet()) {
			assertThat(actual.get(e.getKey())).as(e.getKey() + " drifted (regenerate with: " + REGENERATE + ")")
				.isEqualTo(e.getValue());
		}
	}

	static Path generatedDir() {
		return SchemaDriftTest.projectRoot()
			.resolve("codex-java-sdk/src/main/java")
			.resolve(ProtocolGenerator.PACKAGE_PATH);
	}

}
