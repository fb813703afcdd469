package dev.codexjava.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.it.ProtocolSurface.Item;
import dev.codexjava.it.ProtocolSurface.Kind;
import dev.codexjava.testkit.CodexBinaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Checks {@link ProtocolSurface} (everything the SDK uses of the protocol) against the schema of every tested codex
 * version ({@link Codex#MINIMUM_SERVER_VERSION}, the pinned one, to {@link Codex#NEWEST_TESTED_SERVER_VERSION}), and
 * against the SDK's sources. Fails when a tested version lacks something the SDK uses, when the SDK uses a method or
 * field the list does not have (or the list has one the SDK no longer uses), and when {@code docs/protocol-versions.md}
 * is not what this test generates. Regenerate that file with
 * {@code ./mvnw -B -pl codex-integration-tests -am verify -Dtest=SchemaDriftTest -Dsurefire.failIfNoSpecifiedTests=false -Dcodex.protocolDoc.write=true}.
 * The versions' binaries are found in {@code .codex-bin} ({@code scripts/install-codex.sh <version>}); the pinned one
 * is required, another one missing skips the checks that need it.
 */
class SchemaDriftTest {

	static final List<String> VERSIONS = List.of(Codex.MINIMUM_SERVER_VERSION, Codex.NEWEST_TESTED_SERVER_VERSION);

	static final String DOC = "protocol-versions.md";

	static final String WRITE_PROPERTY = "codex.protocolDoc.write";

	/** A string literal that looks like a method name: {@code a/b}, {@code a/b/c}. */
	private static final Pattern METHOD_LITERAL = Pattern.compile("\"([a-zA-Z]+(?:/[a-zA-Z_]+)+)\"");

	/** A string literal anywhere. */
	private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z_][A-Za-z_]*)\"");

	/** A JSON field name given to a Jackson accessor or the SDK's JSON helpers. */
	private static final Pattern FIELD_LITERAL = Pattern.compile("(?:\\.(?:get|path|has|hasNonNull|put|set|putObject"
			+ "|putArray|putNull|remove)\\(|\\b(?:text|longValue|countValue|intValue|putIfSet"
			// ThreadItemReader's readers
			+ "|array|bool|openEnum|object|objects|field)\\(\\w+(?:\\.\\w+(?:\\(\\))?)?, "
			+ "|JsonProperty\\()"
			+ "\"([A-Za-z_]\\w*)\"");

	/** Per installed version: the stable schema and the one with {@code --experimental}. */
	private static final Map<String, Schemas> schemas = new LinkedHashMap<>();

	@BeforeAll
	static void generateSchemas(@TempDir Path out) {
		for (String version : VERSIONS) {
			Optional<Path> binary = binary(version);
			if (binary.isEmpty()) {
				assertThat(version).as("the pinned codex " + version + " is not installed (scripts/install-codex.sh)")
					.isNotEqualTo(Codex.MINIMUM_SERVER_VERSION);
				continue;
			}
			schemas.put(version, new Schemas(ProtocolSchema.generate(binary.get(), out.resolve(version), false),
					ProtocolSchema.generate(binary.get(), out.resolve(version + "-experimental"), true)));
		}
	}

	@Test
	void everythingTheSdkUsesExistsInEveryTestedVersion() {
		List<String> missing = new ArrayList<>();
		schemas.forEach((version, schema) -> {
			for (Row row : rows()) {
				if (!row.optional() && !ProtocolSurface.KNOWN_GAPS.containsKey(row.gapKey())
						&& row.item().expectedIn(version) && !"yes".equals(row.status(schema))) {
					missing.add(version + ": " + row.label() + " is " + row.status(schema));
				}
			}
		});
		assertThat(schemas).containsKey(Codex.MINIMUM_SERVER_VERSION);
		assertThat(missing).as("what the SDK uses but a tested version's (stable) schema lacks").isEmpty();
	}

	@Test
	void theListHasEveryMethodTheSdkUsesAndNoOther() {
		Set<String> known = new TreeSet<>();
		schemas.values().forEach((s) -> {
			for (Kind kind : Kind.values()) {
				known.addAll(s.experimental().methods(kind));
			}
		});
		Set<String> inCode = new TreeSet<>();
		String sources = sdkSources();
		collect(METHOD_LITERAL, sources, inCode);
		Matcher literal = LITERAL.matcher(sources);
		while (literal.find()) {
			if (known.contains(literal.group(1))) {
				inCode.add(literal.group(1));
			}
		}
		Set<String> listed = ProtocolSurface.ITEMS.stream().map(Item::method).collect(Collectors.toCollection(TreeSet::new));
		Set<String> unlisted = new TreeSet<>(inCode);
		unlisted.removeAll(listed);
		unlisted.removeAll(ProtocolSurface.NOT_PROTOCOL_METHODS.keySet());
		assertThat(unlisted).as("method names in codex-java-sdk/src/main missing from ProtocolSurface.ITEMS "
				+ "(add them with the fields used, or to NOT_PROTOCOL_METHODS with a reason)").isEmpty();
		Set<String> unused = new TreeSet<>(listed);
		unused.addAll(ProtocolSurface.NOT_PROTOCOL_METHODS.keySet());
		assertThat(ProtocolSurface.KNOWN_GAPS.keySet()).as("known gaps are listed rows")
			.allMatch((gap) -> rows().stream().anyMatch((row) -> row.gapKey().equals(gap)));
		unused.removeAll(inCode);
		assertThat(unused).as("methods in ProtocolSurface no longer in codex-java-sdk/src/main (remove them)")
			.isEmpty();
	}

	@Test
	void theListHasEveryFieldNameTheSdkUsesAndNoOther() {
		Set<String> inCode = new TreeSet<>();
		collect(FIELD_LITERAL, sdkSources(), inCode);
		Set<String> listed = new TreeSet<>();
		for (Item item : ProtocolSurface.ITEMS) {
			Stream.concat(item.params().stream(), item.result().stream())
				.flatMap((path) -> Stream.of(path.replace("?", "").split("\\.")))
				.filter((segment) -> !segment.equals("*"))
				.forEach(listed::add);
		}
		Set<String> unlisted = new TreeSet<>(inCode);
		unlisted.removeAll(listed);
		unlisted.removeAll(ProtocolSurface.NOT_PROTOCOL_FIELDS.keySet());
		assertThat(unlisted).as("JSON field names in codex-java-sdk/src/main missing from ProtocolSurface.ITEMS "
				+ "(add the path to the method that uses it, or to NOT_PROTOCOL_FIELDS with a reason)").isEmpty();
		Set<String> unused = new TreeSet<>(listed);
		unused.addAll(ProtocolSurface.NOT_PROTOCOL_FIELDS.keySet());
		unused.removeAll(inCode);
		assertThat(unused).as("field names in ProtocolSurface no longer in codex-java-sdk/src/main (remove them)")
			.isEmpty();
	}

	@Test
	void theCommittedVersionReportIsCurrent() throws IOException {
		assumeThat(schemas.keySet()).as("every tested version installed (scripts/install-codex.sh <version>)")
			.containsExactlyElementsOf(VERSIONS);
		String report = report();
		Path doc = docsDir().resolve(DOC);
		if (Boolean.getBoolean(WRITE_PROPERTY)) {
			Files.writeString(doc, report, StandardCharsets.UTF_8);
		}
		assertThat(Files.exists(doc)).as(doc + " exists (write it with -D" + WRITE_PROPERTY + "=true)").isTrue();
		assertThat(Files.readString(doc, StandardCharsets.UTF_8))
			.as("docs/" + DOC + " is out of date: regenerate it with -D" + WRITE_PROPERTY + "=true (see SchemaDriftTest)")
			.isEqualTo(report);
	}

	// ------------------------------------------------------------------ the report

	private static String report() {
		StringBuilder md = new StringBuilder();
		md.append("# Protocol versions\n\n");
		md.append("<!-- Generated by codex-integration-tests SchemaDriftTest; do not edit. Regenerate with:\n");
		md.append("     ./mvnw -B -pl codex-integration-tests -am verify -Dtest=SchemaDriftTest "
				+ "-Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE_PROPERTY + "=true -->\n\n");
		md.append("Every method, notification, server request and field the SDK uses, and whether each tested codex "
				+ "version's schema (`codex app-server generate-json-schema`) has it: **yes**; **experimental** (only "
				+ "with `--experimental`, which the SDK does not ask for); **no**. Fields marked *(optional)* are read "
				+ "only when present, with a fallback. A method marked *(X and later)* is newer than the pinned "
				+ "binary: typed by hand in `dev.codexjava.protocol.newer`, required only from version X on. The list is `ProtocolSurface` in `codex-integration-tests`, "
				+ "checked against the SDK's sources by the same test; the supported range and what happens on other "
				+ "versions is in [Compatibility](compatibility.md).\n\n");
		md.append("| Kind | Method | Field |");
		VERSIONS.forEach((v) -> md.append(' ').append(v).append(" |"));
		md.append("\n|---|---|---|");
		VERSIONS.forEach((v) -> md.append("---|"));
		md.append('\n');
		String lastMethod = null;
		for (Row row : rows()) {
			boolean first = !row.item().method().equals(lastMethod);
			lastMethod = row.item().method();
			md.append("| ").append(first ? row.item().kind().label() : "").append(" | ");
			md.append(first ? "`" + row.item().method() + "`"
					+ ((row.item().since() != null) ? " *(" + row.item().since() + " and later)*" : "") : "")
				.append(" | ");
			md.append((row.path() != null) ? row.direction() + " `" + row.path().replace("?", "") + "`"
					+ (row.optional() ? " *(optional)*" : "")
					+ (ProtocolSurface.KNOWN_GAPS.containsKey(row.gapKey()) ? " *(known gap, see below)*" : "") : "")
				.append(" |");
			for (String version : VERSIONS) {
				md.append(' ').append(row.status(schemas.get(version))).append(" |");
			}
			md.append('\n');
		}
		md.append("\n## Known gaps\n\nFields the SDK sends that the method's schema does not have, so the server "
				+ "ignores them (to be fixed in the SDK):\n\n");
		new TreeMap<>(ProtocolSurface.KNOWN_GAPS)
			.forEach((gap, why) -> md.append("- `").append(gap).append("`: ").append(why).append('\n'));
		md.append("\n## What changed between the tested versions\n\n");
		md.append("Methods in the stable schema that one tested version has and the previous one lacks, or the other "
				+ "way round (the SDK uses none of these unless listed above).\n\n");
		for (int i = 1; i < VERSIONS.size(); i++) {
			ProtocolSchema older = schemas.get(VERSIONS.get(i - 1)).stable();
			ProtocolSchema newer = schemas.get(VERSIONS.get(i)).stable();
			md.append("| Kind | ").append(VERSIONS.get(i - 1)).append(" → ").append(VERSIONS.get(i)).append(" |\n");
			md.append("|---|---|\n");
			for (Kind kind : Kind.values()) {
				Set<String> added = new TreeSet<>(newer.methods(kind));
				added.removeAll(older.methods(kind));
				Set<String> removed = new TreeSet<>(older.methods(kind));
				removed.removeAll(newer.methods(kind));
				List<String> changes = new ArrayList<>();
				added.forEach((m) -> changes.add("added `" + m + "`"));
				removed.forEach((m) -> changes.add("removed `" + m + "`"));
				md.append("| ").append(kind.label()).append(" | ")
					.append(changes.isEmpty() ? "no change" : String.join(", ", changes)).append(" |\n");
			}
		}
		return md.toString();
	}

	private static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (Item item : ProtocolSurface.ITEMS) {
			rows.add(new Row(item, null, null));
			boolean sends = item.kind() == Kind.CLIENT_REQUEST || item.kind() == Kind.CLIENT_NOTIFICATION;
			item.params().forEach((p) -> rows.add(new Row(item, sends ? "params (sent)" : "params (read)", p)));
			item.result().forEach((p) -> rows.add(new Row(item, sends ? "result (read)" : "result (sent)", p)));
		}
		return rows;
	}

	/** One line of the report: a method ({@code path == null}) or one of its fields. */
	private record Row(Item item, String direction, String path) {

		boolean optional() {
			return this.path != null && this.path.endsWith("?");
		}

		String gapKey() {
			return this.item.method() + " " + ((this.direction != null) ? this.direction.split(" ")[0] : "") + " "
					+ this.path;
		}

		String label() {
			return this.item.kind().label() + " " + this.item.method()
					+ ((this.path != null) ? " " + this.direction + " " + this.path : "");
		}

		String status(Schemas schemas) {
			if (schemas == null) {
				return "not installed";
			}
			if (has(schemas.stable())) {
				return "yes";
			}
			return has(schemas.experimental()) ? "experimental" : "no";
		}

		private boolean has(ProtocolSchema schema) {
			Kind kind = this.item.kind();
			String method = this.item.method();
			if (this.path == null) {
				return schema.hasMethod(kind, method);
			}
			String field = this.path.replace("?", "");
			return this.direction.startsWith("params") ? schema.hasParam(kind, method, field)
					: schema.hasResult(kind, method, this.item.responseType(), field);
		}

	}

	private record Schemas(ProtocolSchema stable, ProtocolSchema experimental) {
	}

	// ------------------------------------------------------------------ finding things

	/**
	 * The codex binary of a version: {@code .codex-bin/codex-<version>} or the native executable under
	 * {@code .codex-bin/<version>/} (as {@code scripts/install-codex.sh} installs them), or the tests' binary
	 * ({@link CodexBinaries}) when it is that version.
	 */
	static Optional<Path> binary(String version) {
		List<Path> candidates = new ArrayList<>();
		String installDir = System.getProperty("codex.install.dir");
		if (installDir != null && !installDir.isBlank()) {
			Path dir = Path.of(installDir);
			candidates.add(dir.resolve("codex-" + version));
			Path versionDir = dir.resolve(version).resolve("node_modules");
			if (Files.isDirectory(versionDir)) {
				try (Stream<Path> files = Files.walk(versionDir, 8)) {
					files.filter((p) -> p.endsWith(Path.of("bin", "codex")) && p.toString().contains("/vendor/"))
						.forEach(candidates::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		CodexBinaries.find().ifPresent(candidates::add);
		return candidates.stream()
			.filter((p) -> Files.isRegularFile(p) && Files.isExecutable(p))
			.filter((p) -> version.equals(reportedVersion(p)))
			.findFirst();
	}

	/** What {@code codex --version} prints after {@code codex-cli}, or {@code null}. */
	private static String reportedVersion(Path binary) {
		try {
			Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
			try {
				String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
				if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
					return null;
				}
				return out.startsWith("codex-cli ") ? out.substring("codex-cli ".length()).trim() : null;
			}
			finally {
				process.destroyForcibly();
			}
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	/**
	 * Every hand-written main source file of codex-java-sdk, comments removed (the generated protocol types name the
	 * whole schema; their coverage is docs/protocol.md, checked by ProtocolCoverageTest).
	 */
	private static String sdkSources() {
		Path root = projectRoot().resolve("codex-java-sdk").resolve("src").resolve("main").resolve("java");
		Path generated = root.resolve(ProtocolGenerator.PACKAGE_PATH);
		try (Stream<Path> files = Files.walk(root)) {
			StringBuilder all = new StringBuilder();
			for (Path file : files.filter((p) -> p.toString().endsWith(".java") && !p.startsWith(generated))
				.sorted()
				.toList()) {
				all.append(withoutComments(Files.readString(file, StandardCharsets.UTF_8))).append('\n');
			}
			assertThat(all).as("SDK sources under " + root).isNotEmpty();
			return all.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Drops block and line comments (Javadoc mentions method names the code may not use). */
	private static String withoutComments(String source) {
		return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
	}

	private static Path docsDir() {
		return projectRoot().resolve("docs");
	}

	static Path projectRoot() {
		Path start = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("codex-java-sdk")) && Files.isDirectory(dir.resolve("docs"))) {
				return dir;
			}
		}
		return fail("the project root (with codex-java-sdk/ and docs/) is not above " + start);
	}

}
