package dev.codexjava.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;

/**
 * Generates the typed protocol ({@code dev.codexjava.protocol.generated}) from a schema directory written by
 * {@code codex app-server generate-json-schema --out DIR} (and the same with {@code --experimental}). Every named
 * schema definition becomes one file: an object a record (unknown fields kept raw in {@code unknown}), a string
 * enumeration an open enum record (unknown values kept), a union discriminated by a constant property a sealed
 * interface with one record per variant and an {@code Unknown} fallback, anything else a record around the raw
 * {@link JsonNode}. {@code Methods}, {@code ServerRequests} and {@code Notifications} list one descriptor per method;
 * experimental-only methods are typed raw and marked. Pure: no I/O but reading the schema.
 */
final class ProtocolGenerator {

	static final String PACKAGE = "dev.codexjava.protocol.generated";

	static final String PACKAGE_PATH = PACKAGE.replace('.', '/');

	private static final Set<String> SKIPPED = Set.of("ClientRequest", "ServerRequest", "ServerNotification",
			"ClientNotification", "JSONRPCMessage", "JSONRPCRequest", "JSONRPCResponse", "JSONRPCNotification",
			"JSONRPCError", "JSONRPCErrorError");

	/** Names generated code uses unqualified: a definition with one of these names gets a suffix. */
	private static final Set<String> RESERVED_TYPES = Set.of("String", "Long", "Double", "Boolean", "Void", "Object",
			"List", "Map", "JsonNode", "Methods", "ServerRequests", "Notifications", "Method", "NotificationType",
			"Unknown", "Integer", "Class", "Override", "Deprecated");

	private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
			"catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
			"finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
			"native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
			"super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
			"while", "true", "false", "null", "record", "var", "yield", "sealed", "permits", "unknown");

	/**
	 * Results the schema does not name after the params ({@code XParams} to {@code XResponse}): the methods without
	 * params, and two that share one response type. A method missing here and from the naming rule is typed with a raw
	 * result, which the coverage table shows.
	 */
	private static final Map<String, String> RESPONSES = Map.of("account/gatewayOAuth/cancel",
			"GatewayOAuthCancelResponse", "account/logout", "LogoutAccountResponse", "account/securitySetup/read",
			"GetAccountSecuritySetupResponse", "account/workspaceMessages/read", "GetWorkspaceMessagesResponse",
			"config/batchWrite", "ConfigWriteResponse", "config/value/write", "ConfigWriteResponse",
			"config/mcpServer/reload", "McpServerRefreshResponse", "configRequirements/read",
			"ConfigRequirementsReadResponse", "externalAgentConfig/import/readHistories",
			"ExternalAgentConfigImportHistoriesReadResponse", "windowsSandbox/readiness",
			"WindowsSandboxReadinessResponse");

	/** The method lists of one schema. */
	record Methods(Map<String, JsonNode> clientRequests, Map<String, JsonNode> serverRequests,
			Map<String, JsonNode> notifications) {
	}

	private final Map<String, JsonNode> definitions;

	private final Methods stable;

	private final Methods experimental;

	private final Map<String, String> out = new TreeMap<>();

	private ProtocolGenerator(Map<String, JsonNode> definitions, Methods stable, Methods experimental) {
		this.definitions = definitions;
		this.stable = stable;
		this.experimental = experimental;
	}

	/**
	 * Generates the sources from a stable and an experimental schema directory.
	 * @return file name (relative to the package directory) to source
	 */
	static Map<String, String> generate(Path stableDir, Path experimentalDir) {
		Map<String, JsonNode> definitions = readDefinitions(stableDir);
		ProtocolGenerator generator = new ProtocolGenerator(definitions, methods(stableDir),
				(experimentalDir != null) ? methods(experimentalDir) : null);
		return generator.run();
	}

	/** Generates the sources from in-memory definitions (for tests of the generator). */
	static Map<String, String> generate(Map<String, JsonNode> definitions, Methods stable, Methods experimental) {
		return new ProtocolGenerator(definitions, stable, experimental).run();
	}

	// ------------------------------------------------------------------ reading

	static Map<String, JsonNode> readDefinitions(Path dir) {
		Map<String, JsonNode> definitions = new TreeMap<>();
		for (Path file : jsonFiles(dir)) {
			String name = file.getFileName().toString().replaceFirst("\\.json$", "");
			if (name.startsWith("codex_app_server_protocol")) {
				continue;
			}
			JsonNode root = read(file);
			definitions.putIfAbsent(name, root);
			root.path("definitions").properties().forEach((e) -> definitions.putIfAbsent(e.getKey(), e.getValue()));
		}
		return definitions;
	}

	static Methods methods(Path dir) {
		return new Methods(methodsOf(read(dir.resolve("ClientRequest.json"))),
				methodsOf(read(dir.resolve("ServerRequest.json"))),
				methodsOf(read(dir.resolve("ServerNotification.json"))));
	}

	/** Method name to params schema ({@code null} node when the variant has no params). */
	static Map<String, JsonNode> methodsOf(JsonNode union) {
		Map<String, JsonNode> found = new TreeMap<>();
		for (JsonNode variant : union.path("oneOf")) {
			JsonNode method = variant.path("properties").path("method");
			JsonNode params = variant.path("properties").path("params");
			method.path("enum").forEach((v) -> found.put(v.asString(), params));
			if (method.has("const")) {
				found.put(method.get("const").asString(), params);
			}
		}
		return found;
	}

	private static List<Path> jsonFiles(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter((p) -> p.toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode read(Path file) {
		try {
			return Json.parse(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// ------------------------------------------------------------------ generation

	private Map<String, String> run() {
		for (Map.Entry<String, JsonNode> e : this.definitions.entrySet()) {
			if (SKIPPED.contains(e.getKey())) {
				continue;
			}
			String kind = kind(e.getValue());
			String name = typeName(e.getKey());
			switch (kind) {
				case "record" -> this.out.put(name + ".java", record(name, e.getValue()));
				case "enum" -> this.out.put(name + ".java", openEnum(name, e.getValue()));
				case "union" -> this.out.put(name + ".java", union(name, e.getValue()));
				case "raw" -> this.out.put(name + ".java", raw(name, e.getValue()));
				default -> {
					// an alias of a built-in type (string, list, map): used inline
				}
			}
		}
		this.out.put("Methods.java", requests("Methods", "client request", this.stable.clientRequests(),
				(this.experimental != null) ? this.experimental.clientRequests() : Map.of()));
		this.out.put("ServerRequests.java", requests("ServerRequests", "server request", this.stable.serverRequests(),
				(this.experimental != null) ? this.experimental.serverRequests() : Map.of()));
		this.out.put("Notifications.java", notifications());
		this.out.put("package-info.java", "/**\n * The app-server protocol's types, generated from the pinned codex binary's schema"
				+ " ({@code codex app-server\n * generate-json-schema}); do not edit. Regenerate with {@code " + ProtocolSourcesTest.REGENERATE
				+ "}.\n * Null-marked: a record component the schema does not require, or that accepts {@code null}, is"
				+ " {@code @Nullable};\n * the others are non-null whenever the server keeps to its schema.\n */\n@NullMarked\npackage "
				+ PACKAGE + ";\n\nimport org.jspecify.annotations.NullMarked;\n");
		return this.out;
	}

	/** record, enum, union, raw or alias. */
	String kind(JsonNode schema) {
		if (schema.has("properties") && !schema.has("oneOf") && !schema.has("anyOf")) {
			return "record";
		}
		if (isStringEnum(schema)) {
			return "enum";
		}
		if (discriminator(schema) != null) {
			return "union";
		}
		if (schema.has("oneOf") || schema.has("anyOf") || schema.has("allOf") || schema.has("properties")) {
			return (nullableOf(schema) != null) ? "alias" : "raw";
		}
		if ("object".equals(schema.path("type").asString(null)) && !schema.path("additionalProperties").isObject()) {
			return "record";
		}
		return "alias";
	}

	private static boolean isStringEnum(JsonNode schema) {
		if (schema.has("enum")) {
			for (JsonNode v : schema.get("enum")) {
				if (!v.isString()) {
					return false;
				}
			}
			return true;
		}
		JsonNode variants = schema.has("oneOf") ? schema.get("oneOf") : null;
		if (variants == null || variants.isEmpty()) {
			return false;
		}
		for (JsonNode v : variants) {
			if (!(v.has("enum") && v.get("enum").size() == 1 && v.get("enum").get(0).isString())
					&& !(v.has("const") && v.get("const").isString())) {
				return false;
			}
		}
		return true;
	}

	private static List<String> enumValues(JsonNode schema) {
		List<String> values = new ArrayList<>();
		if (schema.has("enum")) {
			schema.get("enum").forEach((v) -> values.add(v.asString()));
		}
		else {
			for (JsonNode v : schema.get("oneOf")) {
				values.add(v.has("const") ? v.get("const").asString() : v.get("enum").get(0).asString());
			}
		}
		return values;
	}

	/** The constant-valued property every object variant of a oneOf has, or {@code null}. */
	private static String discriminator(JsonNode schema) {
		JsonNode variants = schema.get("oneOf");
		if (variants == null || variants.size() < 1) {
			return null;
		}
		Set<String> common = null;
		for (JsonNode v : variants) {
			Set<String> constants = new LinkedHashSet<>();
			v.path("properties").properties().forEach((p) -> {
				if (constant(p.getValue()) != null) {
					constants.add(p.getKey());
				}
			});
			if (common == null) {
				common = constants;
			}
			else {
				common.retainAll(constants);
			}
		}
		if (common == null || common.isEmpty()) {
			return null;
		}
		return common.contains("type") ? "type" : common.iterator().next();
	}

	private static String constant(JsonNode property) {
		if (property.has("const") && property.get("const").isString()) {
			return property.get("const").asString();
		}
		if (property.has("enum") && property.get("enum").size() == 1 && property.get("enum").get(0).isString()) {
			return property.get("enum").get(0).asString();
		}
		return null;
	}

	/**
	 * Whether a property's schema accepts JSON {@code null}: {@code type} {@code "null"} or a list with it, a
	 * oneOf/anyOf with a null variant, or a reference to such a definition.
	 */
	private boolean acceptsNull(JsonNode schema) {
		return acceptsNull(schema, new HashSet<>());
	}

	private boolean acceptsNull(JsonNode schema, Set<String> seen) {
		if (schema == null || !schema.isObject()) {
			return true;
		}
		JsonNode type = schema.get("type");
		if (type != null && (type.isString() ? type.asString().equals("null") : type.toString().contains("\"null\""))) {
			return true;
		}
		if (nullableOf(schema) != null) {
			return true;
		}
		for (String union : new String[] { "anyOf", "oneOf" }) {
			for (JsonNode variant : schema.path(union)) {
				if ("null".equals(variant.path("type").asString(null))) {
					return true;
				}
			}
		}
		String ref = schema.path("$ref").asString(null);
		if (ref != null) {
			String name = ref.substring(ref.lastIndexOf('/') + 1);
			JsonNode target = this.definitions.get(name);
			return target != null && seen.add(name) && acceptsNull(target, seen);
		}
		return false;
	}

	/** The X of a oneOf/anyOf [X, null], or {@code null}. */
	private static JsonNode nullableOf(JsonNode schema) {
		JsonNode variants = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
		if (variants == null || variants.size() != 2 || schema.has("properties")) {
			return null;
		}
		JsonNode a = variants.get(0);
		JsonNode b = variants.get(1);
		if ("null".equals(b.path("type").asString(null))) {
			return a;
		}
		if ("null".equals(a.path("type").asString(null))) {
			return b;
		}
		return null;
	}

	/** The Java type of a schema, used in a field or type argument. */
	String javaType(JsonNode schema) {
		return javaType(schema, new HashSet<>());
	}

	private String javaType(JsonNode schema, Set<String> seen) {
		if (schema == null || !schema.isObject()) {
			return "JsonNode";
		}
		String ref = schema.path("$ref").asString(null);
		if (ref != null) {
			String name = ref.substring(ref.lastIndexOf('/') + 1);
			JsonNode target = this.definitions.get(name);
			if (target == null || !seen.add(name)) {
				return "JsonNode";
			}
			String kind = kind(target);
			return kind.equals("alias") ? javaType(target, seen) : typeName(name);
		}
		JsonNode inner = nullableOf(schema);
		if (inner != null) {
			return javaType(inner, seen);
		}
		if (schema.has("oneOf") || schema.has("anyOf") || schema.has("allOf")) {
			return "JsonNode";
		}
		JsonNode type = schema.get("type");
		String t = null;
		if (type != null && type.isString()) {
			t = type.asString();
		}
		else if (type != null && type.isArray()) {
			List<String> types = new ArrayList<>();
			type.forEach((x) -> {
				if (!x.asString().equals("null")) {
					types.add(x.asString());
				}
			});
			t = (types.size() == 1) ? types.get(0) : null;
		}
		if (t == null) {
			return "JsonNode";
		}
		return switch (t) {
			case "string" -> "String";
			case "integer" -> "Long";
			case "number" -> "Double";
			case "boolean" -> "Boolean";
			case "array" -> schema.has("items") && schema.get("items").isObject()
					? "List<" + javaType(schema.get("items"), seen) + ">" : "JsonNode";
			case "object" -> (!schema.has("properties") && schema.path("additionalProperties").isObject())
					? "Map<String, " + javaType(schema.get("additionalProperties"), seen) + ">" : "JsonNode";
			default -> "JsonNode";
		};
	}

	private String record(String name, JsonNode schema) {
		return header(schema, name, "") + recordBody(name, schema, "", null);
	}

	/** A record declaration (top-level or nested in a union, {@code implements} given). */
	private String recordBody(String name, JsonNode schema, String indent, String implemented) {
		StringBuilder b = new StringBuilder();
		List<String[]> components = new ArrayList<>(); // json name, java name, type (@Nullable when optional), doc
		Set<String> used = new HashSet<>();
		Set<String> required = new HashSet<>();
		schema.path("required").forEach((r) -> required.add(r.asString()));
		schema.path("properties").properties().forEach((p) -> {
			String javaName = fieldName(p.getKey(), used);
			String type = javaType(p.getValue());
			if (!required.contains(p.getKey()) || acceptsNull(p.getValue())) {
				type = "@Nullable " + type;
			}
			components.add(new String[] { p.getKey(), javaName, type, doc(p.getValue()) });
		});
		b.append(indent).append("public record ").append(name).append("(");
		for (String[] c : components) {
			b.append("\n").append(indent).append("\t\t@JsonProperty(\"").append(c[0]).append("\") ")
				.append(c[2]).append(' ').append(c[1]).append(',');
		}
		b.append("\n").append(indent).append("\t\t@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown)");
		if (implemented != null) {
			b.append(" implements ").append(implemented);
		}
		b.append(" {\n\n");
		b.append(indent).append("\t/** Keeps the fields this SDK version does not model, unmodifiable. */\n");
		b.append(indent).append("\tpublic ").append(name).append(" {\n");
		b.append(indent).append("\t\tunknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));\n");
		b.append(indent).append("\t}\n");
		if (!components.isEmpty()) {
			b.append("\n").append(indent).append("\t/** A value with only the modelled fields. */\n");
			b.append(indent).append("\tpublic ").append(name).append("(");
			StringBuilder args = new StringBuilder();
			for (int i = 0; i < components.size(); i++) {
				String[] c = components.get(i);
				b.append((i > 0) ? ", " : "").append(c[2]).append(' ').append(c[1]);
				args.append(c[1]).append(", ");
			}
			b.append(") {\n").append(indent).append("\t\tthis(").append(args).append("Map.of());\n");
			b.append(indent).append("\t}\n");
		}
		b.append("\n").append(indent).append("}\n");
		return b.toString();
	}

	private String openEnum(String name, JsonNode schema) {
		StringBuilder b = new StringBuilder(header(schema, name, " An open enumeration: a value this SDK version does"
				+ " not know is kept as is."));
		b.append("public record ").append(name).append("(@JsonValue String value) {\n\n");
		Set<String> used = new HashSet<>();
		List<String> constants = new ArrayList<>();
		for (String value : enumValues(schema)) {
			String constant = constantName(value, used);
			constants.add(constant);
			b.append("\t/** {@code ").append(escape(value)).append("}. */\n");
			b.append("\tpublic static final ").append(name).append(' ').append(constant).append(" = new ").append(name)
				.append("(\"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\");\n\n");
		}
		b.append("\t/** The value for a wire string (known or not). */\n");
		b.append("\t@JsonCreator\n\tpublic static ").append(name).append(" of(String value) {\n");
		b.append("\t\treturn new ").append(name).append("(value);\n\t}\n\n");
		b.append("\t/** Whether this SDK version knows the value. */\n");
		b.append("\tpublic boolean known() {\n\t\treturn List.of(").append(String.join(", ", constants))
			.append(").contains(this);\n\t}\n\n");
		b.append("\t@Override\n\tpublic String toString() {\n\t\treturn this.value;\n\t}\n\n}\n");
		return b.toString();
	}

	private String union(String name, JsonNode schema) {
		String property = discriminator(schema);
		StringBuilder b = new StringBuilder(header(schema, name, " A union by {@code " + property
				+ "}: a variant this SDK version does not know decodes to {@link Unknown}."));
		List<String[]> variants = new ArrayList<>(); // java name, wire value
		Set<String> used = new HashSet<>(Set.of("Unknown", name));
		for (JsonNode v : schema.get("oneOf")) {
			String value = constant(v.path("properties").path(property));
			variants.add(new String[] { uniqueTypeName(pascal(value), used), value });
		}
		b.append("@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = \"")
			.append(property).append("\", defaultImpl = ").append(name).append(".Unknown.class)\n");
		b.append("@JsonSubTypes({");
		for (int i = 0; i < variants.size(); i++) {
			b.append((i > 0) ? "," : "").append("\n\t\t@JsonSubTypes.Type(value = ").append(name).append('.')
				.append(variants.get(i)[0]).append(".class, name = \"").append(variants.get(i)[1]).append("\")");
		}
		b.append(" })\npublic sealed interface ").append(name).append(" {\n");
		int i = 0;
		for (JsonNode v : schema.get("oneOf")) {
			String[] variant = variants.get(i++);
			// the properties every variant shares (next to the oneOf), then the variant's own
			tools.jackson.databind.node.ObjectNode withoutTag = Json.object();
			tools.jackson.databind.node.ObjectNode properties = withoutTag.putObject("properties");
			schema.path("properties").properties().forEach((p) -> properties.set(p.getKey(), p.getValue()));
			v.path("properties").properties().forEach((p) -> properties.set(p.getKey(), p.getValue()));
			properties.remove(property);
			tools.jackson.databind.node.ArrayNode required = withoutTag.putArray("required");
			schema.path("required").forEach(required::add);
			v.path("required").forEach(required::add);
			b.append("\n\t/**\n\t * The {@code ").append(escape(variant[1])).append("} variant.");
			String doc = doc(v);
			if (!doc.isEmpty()) {
				b.append(' ').append(doc);
			}
			b.append("\n\t */\n");
			b.append(recordBody(variant[0], withoutTag, "\t", name));
		}
		b.append("\n\t/** A variant this SDK version does not know: its fields but {@code ").append(property)
			.append("}, raw. */\n");
		b.append("\tpublic record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) implements ")
			.append(name).append(" {\n\n\t\t/** Keeps the fields, unmodifiable. */\n\t\tpublic Unknown {\n")
			.append("\t\t\tunknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));\n")
			.append("\t\t}\n\n\t}\n\n}\n");
		return b.toString();
	}

	private String raw(String name, JsonNode schema) {
		return header(schema, name, " Kept as raw JSON: its schema is a union this generator does not model.")
				+ "public record " + name + "(@JsonValue JsonNode raw) {\n\n"
				+ "\t/** The value for a wire tree. */\n\t@JsonCreator\n\tpublic static " + name
				+ " of(JsonNode raw) {\n\t\treturn new " + name + "(raw);\n\t}\n\n}\n";
	}

	private String requests(String className, String what, Map<String, JsonNode> stableMethods,
			Map<String, JsonNode> experimentalMethods) {
		StringBuilder b = new StringBuilder(preamble());
		b.append("/**\n * Every ").append(what).append(" of the protocol, typed. Experimental ones (raw JSON) need"
				+ " {@code experimentalApi(true)}.\n */\n");
		b.append("public final class ").append(className).append(" {\n\n\tprivate ").append(className)
			.append("() {\n\t}\n");
		Set<String> used = new HashSet<>();
		Map<String, Boolean> all = new TreeMap<>();
		stableMethods.keySet().forEach((m) -> all.put(m, false));
		experimentalMethods.keySet().forEach((m) -> all.putIfAbsent(m, true));
		for (Map.Entry<String, Boolean> e : all.entrySet()) {
			String method = e.getKey();
			boolean experimental = e.getValue();
			String params = "JsonNode";
			String result = "JsonNode";
			if (!experimental) {
				JsonNode p = stableMethods.get(method);
				params = paramsType(p);
				result = resultType(method, p);
			}
			String constant = constantName(method, used);
			b.append("\n\t/**\n\t * {@code ").append(method).append("}");
			if (experimental) {
				b.append(" (experimental: only with {@code experimentalApi(true)}; params and result raw)");
			}
			b.append(".\n\t */\n");
			b.append("\tpublic static final Method<").append(params).append(", ").append(result).append("> ")
				.append(constant).append(" = new Method<>(\"").append(method).append("\", ").append(params)
				.append(".class, ").append(result).append(".class, ").append(experimental).append(");\n");
		}
		b.append("\n}\n");
		return b.toString();
	}

	private String notifications() {
		StringBuilder b = new StringBuilder(preamble());
		b.append("/**\n * Every server notification of the protocol, typed. Experimental ones (raw JSON) need"
				+ " {@code experimentalApi(true)}.\n */\n");
		b.append("public final class Notifications {\n\n\tprivate Notifications() {\n\t}\n");
		Set<String> used = new HashSet<>();
		Map<String, Boolean> all = new TreeMap<>();
		this.stable.notifications().keySet().forEach((m) -> all.put(m, false));
		if (this.experimental != null) {
			this.experimental.notifications().keySet().forEach((m) -> all.putIfAbsent(m, true));
		}
		for (Map.Entry<String, Boolean> e : all.entrySet()) {
			String method = e.getKey();
			boolean experimental = e.getValue();
			String params = experimental ? "JsonNode" : paramsType(this.stable.notifications().get(method));
			b.append("\n\t/** {@code ").append(method).append("}")
				.append(experimental ? " (experimental: only with {@code experimentalApi(true)}; params raw)" : "")
				.append(". */\n");
			b.append("\tpublic static final NotificationType<").append(params).append("> ")
				.append(constantName(method, used)).append(" = new NotificationType<>(\"").append(method)
				.append("\", ").append(params).append(".class, ").append(experimental).append(");\n");
		}
		b.append("\n}\n");
		return b.toString();
	}

	/** A class usable as a type token ({@code JsonNode} for generic or absent types). */
	private String paramsType(JsonNode params) {
		if (params == null || params.isMissingNode() || "null".equals(params.path("type").asString(null))) {
			return "Void";
		}
		String type = javaType(params);
		return type.contains("<") ? "JsonNode" : type;
	}

	private String resultType(String method, JsonNode params) {
		if (RESPONSES.containsKey(method) && this.definitions.containsKey(RESPONSES.get(method))) {
			return typeOf(RESPONSES.get(method));
		}
		JsonNode p = params;
		JsonNode inner = (p != null) ? nullableOf(p) : null;
		if (inner != null) {
			p = inner;
		}
		String ref = (p != null) ? p.path("$ref").asString(null) : null;
		if (ref == null) {
			return "JsonNode";
		}
		String name = ref.substring(ref.lastIndexOf('/') + 1);
		if (!name.endsWith("Params")) {
			return "JsonNode";
		}
		String response = name.substring(0, name.length() - "Params".length()) + "Response";
		if (!this.definitions.containsKey(response)) {
			return "JsonNode";
		}
		return typeOf(response);
	}

	private String typeOf(String definition) {
		String type = javaType(Json.parse("{\"$ref\":\"#/definitions/" + definition + "\"}"));
		return type.contains("<") ? "JsonNode" : type;
	}

	// ------------------------------------------------------------------ text

	private static String preamble() {
		return "package " + PACKAGE + ";\n\nimport tools.jackson.databind.JsonNode;\n\n"
				+ "import dev.codexjava.protocol.Method;\nimport dev.codexjava.protocol.NotificationType;\n\n";
	}

	private String header(JsonNode schema, String name, String extra) {
		StringBuilder b = new StringBuilder();
		b.append("package ").append(PACKAGE).append(";\n\n");
		b.append("import java.util.List;\nimport java.util.Map;\n\n");
		b.append("import tools.jackson.databind.JsonNode;\n\n");
		b.append("import com.fasterxml.jackson.annotation.JsonAnyGetter;\n");
		b.append("import com.fasterxml.jackson.annotation.JsonAnySetter;\n");
		b.append("import com.fasterxml.jackson.annotation.JsonCreator;\n");
		b.append("import com.fasterxml.jackson.annotation.JsonProperty;\n");
		b.append("import com.fasterxml.jackson.annotation.JsonSubTypes;\n");
		b.append("import com.fasterxml.jackson.annotation.JsonTypeInfo;\n");
		b.append("import com.fasterxml.jackson.annotation.JsonValue;\n\n");
		b.append("import org.jspecify.annotations.Nullable;\n\n");
		String doc = doc(schema);
		b.append("/**\n * ").append(doc.isEmpty() ? "The protocol's {@code " + name + "}." : doc).append(extra)
			.append("\n */\n");
		b.append("@SuppressWarnings(\"unused\")\n");
		return b.toString();
	}

	/** The first paragraph of a schema's description, safe in Javadoc. */
	private static String doc(JsonNode schema) {
		String text = schema.path("description").asString("");
		int paragraph = text.indexOf("\n\n");
		if (paragraph >= 0) {
			text = text.substring(0, paragraph);
		}
		text = text.strip().replace("\n", " ");
		return escape(text);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
			.replace("@", "&#64;").replace("{", "&#123;").replace("}", "&#125;").replace("\\u", "\\\\u");
	}

	private static String typeName(String definition) {
		String name = definition.replaceAll("[^A-Za-z0-9_]", "_");
		if (Character.isDigit(name.charAt(0))) {
			name = "T" + name;
		}
		return RESERVED_TYPES.contains(name) ? name + "Type" : name;
	}

	private static String uniqueTypeName(String name, Set<String> used) {
		String candidate = RESERVED_TYPES.contains(name) ? name + "Variant" : name;
		String unique = candidate;
		for (int i = 2; !used.add(unique); i++) {
			unique = candidate + i;
		}
		return unique;
	}

	private static String pascal(String value) {
		StringBuilder b = new StringBuilder();
		boolean upper = true;
		for (char c : value.toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				b.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
			else {
				upper = true;
			}
		}
		if (b.isEmpty() || Character.isDigit(b.charAt(0))) {
			b.insert(0, 'V');
		}
		return b.toString();
	}

	private static String fieldName(String json, Set<String> used) {
		String p = pascal(json);
		String name = Character.toLowerCase(p.charAt(0)) + p.substring(1);
		if (json.matches("[a-z][A-Za-z0-9]*")) {
			name = json;
		}
		if (KEYWORDS.contains(name)) {
			name = name + "_";
		}
		String unique = name;
		for (int i = 2; !used.add(unique); i++) {
			unique = name + i;
		}
		return unique;
	}

	/** {@code thread/start} and {@code camelCase} to {@code THREAD_START}, {@code CAMEL_CASE}. */
	static String constantName(String value, Set<String> used) {
		String words = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_");
		String name = words.toUpperCase(Locale.ROOT).replaceAll("^_+|_+$", "");
		if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
			name = "V_" + name;
		}
		String unique = name;
		for (int i = 2; !used.add(unique); i++) {
			unique = name + "_" + i;
		}
		return unique;
	}

	/** For tests: a definitions map from one JSON object of named schemas. */
	static Map<String, JsonNode> definitionsOf(String json) {
		Map<String, JsonNode> map = new LinkedHashMap<>();
		Json.parse(json).properties().forEach((e) -> map.put(e.getKey(), e.getValue()));
		return map;
	}

}
