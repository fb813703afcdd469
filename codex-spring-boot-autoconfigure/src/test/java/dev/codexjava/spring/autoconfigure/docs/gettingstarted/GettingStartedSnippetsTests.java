package dev.codexjava.spring.autoconfigure.docs.gettingstarted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code java} block of {@code docs/getting-started.md} appears verbatim (whitespace aside) in this package's
 * sources, which the build compiles and {@link AskControllerTests} runs: the page shows only code that compiles.
 */
class GettingStartedSnippetsTests {

	private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");

	@Test
	void everyJavaBlockOfTheGuideIsCompiledCode() throws IOException {
		Path root = Path.of("").toAbsolutePath();
		while (!Files.exists(root.resolve("docs/getting-started.md"))) {
			root = root.getParent();
		}
		String doc = Files.readString(root.resolve("docs/getting-started.md"), StandardCharsets.UTF_8);
		Path sources = root.resolve(
				"codex-spring-boot-autoconfigure/src/test/java/dev/codexjava/spring/autoconfigure/docs/gettingstarted");
		String compiled;
		try (Stream<Path> files = Files.list(sources)) {
			compiled = files.filter((file) -> file.toString().endsWith(".java")).map((file) -> {
				try {
					return normalize(Files.readString(file, StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).collect(Collectors.joining("\n"));
		}
		List<String> blocks = new ArrayList<>();
		Matcher matcher = JAVA_BLOCK.matcher(doc);
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
		assertThat(blocks).allSatisfy((block) -> assertThat(compiled).contains(normalize(block)));
	}

	private static String normalize(String code) {
		return code.replaceAll("\\s+", " ").trim();
	}

}
