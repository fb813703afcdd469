package dev.codexjava.spring.ai.docs;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.spring.ai.autoconfigure.CodexSpringAiProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps the {@code codex.spring-ai.*} rows of {@code docs/configuration.md} (Property | Type | Default | Description)
 * in sync with this module's generated configuration metadata, and checks that {@code docs/spring-ai.md} names each
 * property.
 */
class SpringAiConfigurationDocTests {

	private static final Pattern ROW = Pattern.compile("^\\|\\s*`(codex\\.spring-ai\\.[a-z0-9.-]+)`\\s*\\|([^|]*)\\|([^|]*)\\|");

	@Test
	void everyPropertyIsDocumentedWithItsDefaultAndNoOtherIs() throws Exception {
		Map<String, JsonNode> metadata = metadata();
		assertThat(metadata).isNotEmpty();
		Map<String, String> rows = new LinkedHashMap<>();
		for (String line : Files.readAllLines(doc("configuration.md"), StandardCharsets.UTF_8)) {
			Matcher row = ROW.matcher(line.strip());
			if (row.find()) {
				rows.put(row.group(1), row.group(3).strip());
			}
		}
		assertThat(rows.keySet()).as("documented codex.spring-ai.* properties")
			.containsExactlyInAnyOrderElementsOf(metadata.keySet());
		metadata.forEach((name, property) -> {
			JsonNode expected = property.get("defaultValue");
			String documented = rows.get(name).replace("`", "");
			if (expected == null || expected.isNull()) {
				assertThat(documented).as("default of " + name).isIn("—", "-", "");
			}
			else {
				assertThat(documented).as("default of " + name).isEqualToIgnoringCase(expected.asString());
			}
			assertThat(property.path("description").asString()).as("description of " + name).isNotBlank();
		});
	}

	@Test
	void theSpringAiPageNamesEveryProperty() throws Exception {
		String page = Files.readString(doc("spring-ai.md"), StandardCharsets.UTF_8);
		assertThat(metadata().keySet()).allSatisfy((name) -> assertThat(page).contains("`" + name + "`"));
	}

	private static Map<String, JsonNode> metadata() throws Exception {
		String location = CodexSpringAiProperties.class.getProtectionDomain().getCodeSource().getLocation().toString();
		for (URL url : Collections.list(SpringAiConfigurationDocTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			if (url.toString().startsWith(location) || url.toString().startsWith("jar:" + location + "!")) {
				try (InputStream in = url.openStream()) {
					Map<String, JsonNode> properties = new LinkedHashMap<>();
					for (JsonNode property : Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
						.path("properties")) {
						properties.put(property.path("name").asString(), property);
					}
					return properties;
				}
			}
		}
		return fail("No configuration metadata next to " + location);
	}

	private static Path doc(String name) {
		Path start = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("docs").resolve(name);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return fail("docs/" + name + " not found above " + start);
	}

}
