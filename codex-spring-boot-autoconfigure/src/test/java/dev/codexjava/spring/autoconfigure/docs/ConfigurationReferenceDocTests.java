package dev.codexjava.spring.autoconfigure.docs;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.codexjava.spring.autoconfigure.CodexProperties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps {@code docs/configuration.md} in sync with the configuration metadata that the annotation processor generates
 * for this module ({@code META-INF/spring-configuration-metadata.json}, which also merges
 * {@code additional-spring-configuration-metadata.json}).
 * <p>
 * A property counts as documented when it is the first cell of a row, written as {@code `name`}, in a Markdown table
 * whose header has a {@code Default} column (and optionally a {@code Type} column). The default cell is compared with
 * the metadata's {@code defaultValue}: {@code —}, {@code -} or an empty cell means "no default"; otherwise the first
 * {@code `code`} span of the cell (or the whole cell when it has none) is the documented default. Durations are
 * compared as durations ({@code 60s} equals {@code 1m}), numbers as numbers, booleans and enum values ignoring case.
 */
class ConfigurationReferenceDocTests {

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	/** Properties of the codex-spring-ai module (SpringAiConfigurationDocTests there checks their rows). */
	private static final String OTHER_MODULE_PREFIX = "codex.spring-ai.";

	/** A property name: lower-case, dotted, kebab-case segments, optionally indexed ({@code codex.servers[0].url}). */
	private static final Pattern PROPERTY = Pattern.compile("`([a-z][a-z0-9-]*(?:\\[0\\])?(?:\\.[a-z0-9-]+(?:\\[0\\])?)+)`");

	private static final Pattern CODE_SPAN = Pattern.compile("`([^`]*)`");

	private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");

	private static Map<String, JsonNode> metadata;

	private static Map<String, DocumentedProperty> documented;

	private static Path doc;

	@BeforeAll
	static void load() throws IOException {
		metadata = loadMetadata();
		doc = findDoc();
		documented = parseDoc(Files.readAllLines(doc, StandardCharsets.UTF_8));
	}

	@Test
	void everyPropertyInTheMetadataIsDocumentedWithItsTypeAndDefault() {
		assertFalse(metadata.isEmpty(), "No properties found in " + METADATA);
		List<String> problems = new ArrayList<>();
		metadata.forEach((name, property) -> {
			DocumentedProperty row = documented.get(name);
			if (row == null) {
				problems.add(name + ": not documented (add a table row with `" + name + "` to docs/configuration.md)");
				return;
			}
			String type = property.path("type").asString(null);
			if (type != null && row.type() != null && !typeMatches(type, row.type())) {
				problems.add(name + ": documented type '" + row.type() + "' does not mention '" + simpleName(type)
						+ "' (metadata type " + type + ")");
			}
			JsonNode expected = property.get("defaultValue");
			if (!defaultMatches(expected, type, row.defaultValue())) {
				problems.add(name + ": documented default " + describe(row.defaultValue()) + " but the metadata says "
						+ ((expected == null || expected.isNull()) ? "no default" : "'" + render(expected) + "'"));
			}
		});
		if (!problems.isEmpty()) {
			fail(doc + " is out of sync with " + METADATA + ":\n  " + String.join("\n  ", problems));
		}
	}

	@Test
	void everyDocumentedPropertyExists() {
		List<String> stale = new ArrayList<>();
		documented.keySet()
			.stream()
			// the optional codex-spring-ai module's properties are in its own metadata, checked by its own doc test
			.filter((name) -> !name.startsWith(OTHER_MODULE_PREFIX))
			.filter((name) -> !metadata.containsKey(name))
			.forEach((name) -> stale.add(name + ": documented in " + doc.getFileName()
					+ " but not in the configuration metadata (renamed or removed?)"));
		if (!stale.isEmpty()) {
			fail(doc + " documents unknown properties:\n  " + String.join("\n  ", stale));
		}
	}

	// ------------------------------------------------------------------ metadata

	private static Map<String, JsonNode> loadMetadata() throws IOException {
		URL source = CodexProperties.class.getProtectionDomain().getCodeSource().getLocation();
		String location = source.toString();
		URL chosen = null;
		for (URL url : Collections.list(ConfigurationReferenceDocTests.class.getClassLoader().getResources(METADATA))) {
			String candidate = url.toString();
			if (candidate.startsWith(location) || candidate.startsWith("jar:" + location + "!")) {
				chosen = url;
				break;
			}
		}
		if (chosen == null) {
			fail("No " + METADATA + " next to " + CodexProperties.class.getName() + " (" + location
					+ "); is the configuration processor configured for this module?");
		}
		JsonNode root;
		try (InputStream in = chosen.openStream()) {
			root = JsonMapper.builder().build().readTree(in);
		}
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		for (JsonNode property : root.path("properties")) {
			properties.put(property.path("name").asString(), property);
		}
		return properties;
	}

	// ------------------------------------------------------------------ the document

	private static Path findDoc() {
		Path start = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("docs").resolve("configuration.md");
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return fail("docs/configuration.md not found in " + start + " or any parent directory");
	}

	/** The property rows of every table that has a Default column, by property name. */
	static Map<String, DocumentedProperty> parseDoc(List<String> lines) {
		Map<String, DocumentedProperty> rows = new LinkedHashMap<>();
		int defaultColumn = -1;
		int typeColumn = -1;
		boolean inTable = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (!line.startsWith("|")) {
				inTable = false;
				continue;
			}
			if (!inTable) {
				// a header row is followed by a separator row
				if (i + 1 < lines.size() && SEPARATOR_ROW.matcher(lines.get(i + 1).strip()).matches()) {
					List<String> header = cells(line);
					defaultColumn = indexOf(header, "default");
					typeColumn = indexOf(header, "type");
					inTable = true;
					i++;
				}
				continue;
			}
			List<String> cells = cells(line);
			if (cells.isEmpty() || defaultColumn < 0 || defaultColumn >= cells.size()) {
				continue;
			}
			Matcher name = PROPERTY.matcher(cells.get(0).strip());
			if (!name.matches()) {
				continue;
			}
			String type = (typeColumn >= 0 && typeColumn < cells.size()) ? cells.get(typeColumn).strip() : null;
			rows.put(name.group(1), new DocumentedProperty(type, documentedDefault(cells.get(defaultColumn))));
		}
		return rows;
	}

	private static int indexOf(List<String> header, String column) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(column)) {
				return i;
			}
		}
		return -1;
	}

	/** The cells of a table row; {@code \|} inside a cell is not a separator. */
	private static List<String> cells(String row) {
		String body = row.strip();
		if (body.startsWith("|")) {
			body = body.substring(1);
		}
		if (body.endsWith("|") && !body.endsWith("\\|")) {
			body = body.substring(0, body.length() - 1);
		}
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
				cell.append('|');
				i++;
			}
			else if (c == '|') {
				cells.add(cell.toString().strip());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().strip());
		return cells;
	}

	/** The documented default, or {@code null} for "no default". */
	private static String documentedDefault(String cell) {
		String text = cell.strip();
		if (text.isEmpty() || text.equals("—") || text.equals("-") || text.equals("–")) {
			return null;
		}
		Matcher code = CODE_SPAN.matcher(text);
		return code.find() ? code.group(1).strip() : text;
	}

	// ------------------------------------------------------------------ comparison

	private static boolean defaultMatches(JsonNode expected, String type, String documentedValue) {
		if (expected == null || expected.isNull()) {
			return documentedValue == null;
		}
		if (documentedValue == null) {
			return false;
		}
		if (expected.isBoolean()) {
			return documentedValue.equalsIgnoreCase(String.valueOf(expected.asBoolean()));
		}
		if (expected.isNumber()) {
			try {
				return new BigDecimal(documentedValue).compareTo(expected.decimalValue()) == 0;
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}
		if (expected.isArray()) {
			List<String> values = new ArrayList<>();
			expected.forEach((value) -> values.add(render(value)));
			List<String> documentedValues = new ArrayList<>();
			for (String value : documentedValue.split(",")) {
				documentedValues.add(value.strip());
			}
			return values.equals(documentedValues);
		}
		String value = expected.asString();
		if (Duration.class.getName().equals(type)) {
			try {
				return DurationStyle.detectAndParse(documentedValue).equals(DurationStyle.detectAndParse(value));
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
		return normalize(documentedValue).equals(normalize(value));
	}

	private static String normalize(String value) {
		return value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static boolean typeMatches(String metadataType, String documentedType) {
		String documented = documentedType.replace("`", "").toLowerCase(Locale.ROOT);
		return documented.contains(simpleName(metadataType).toLowerCase(Locale.ROOT));
	}

	/** {@code java.util.Map<java.lang.String,java.lang.Object>} gives {@code Map}; {@code a.B$C} gives {@code C}. */
	static String simpleName(String type) {
		String raw = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
		raw = raw.replace("[]", "");
		int cut = Math.max(raw.lastIndexOf('.'), raw.lastIndexOf('$'));
		return raw.substring(cut + 1);
	}

	private static String render(JsonNode value) {
		return value.isString() ? value.asString() : value.toString();
	}

	private static String describe(String documentedValue) {
		return (documentedValue != null) ? "'" + documentedValue + "'" : "as none (—)";
	}

	/** One documented property: the text of its Type cell (or {@code null}) and its default. */
	record DocumentedProperty(String type, String defaultValue) {
	}

}
