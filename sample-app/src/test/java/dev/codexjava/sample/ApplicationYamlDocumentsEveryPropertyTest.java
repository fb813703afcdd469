package dev.codexjava.sample;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.net.URL;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample's application.yml shows every {@code codex.*} property, each with a comment. */
class ApplicationYamlDocumentsEveryPropertyTest {

	@Test
	void everyCodexPropertyAppearsWithAComment() throws Exception {
		String yaml;
		try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
			yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> properties = new ArrayList<>();
		Enumeration<URL> metadata = getClass().getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json");
		while (metadata.hasMoreElements()) {
			try (InputStream in = metadata.nextElement().openStream()) {
				JsonNode root = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				for (JsonNode property : root.path("properties")) {
					String name = property.path("name").asString();
					// codex.test.*: codex-spring-boot-test's switches, on the test class path only (not the app's)
					if (name.startsWith("codex.") && !name.startsWith("codex.test.")) {
						properties.add(name);
					}
				}
			}
		}
		assertThat(properties).as("codex.* properties in the metadata").isNotEmpty();
		List<String> missing = new ArrayList<>();
		for (String name : properties) {
			String leaf = name.substring(name.lastIndexOf('.') + 1);
			boolean shown = yaml.lines()
				.anyMatch((line) -> line.stripLeading().replaceFirst("^#\\s*", "").startsWith(leaf + ":")
						&& line.contains("#"));
			if (!shown) {
				missing.add(name);
			}
		}
		assertThat(missing).as("properties missing from application.yml (or without a comment)").isEmpty();
	}

}
