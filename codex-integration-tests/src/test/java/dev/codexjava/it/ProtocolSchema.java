package dev.codexjava.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

import dev.codexjava.it.ProtocolSurface.Kind;
import dev.codexjava.protocol.Json;

/**
 * The protocol schema one codex binary generates ({@code codex app-server generate-json-schema --out DIR}, optionally
 * with {@code --experimental}), read for what {@link ProtocolSurface} needs: which methods exist per kind, and whether
 * a field path exists in a method's params or result. A path is dot-separated property names ({@code thread.id});
 * {@code *} is any property (a map value or a variant key); arrays, {@code $ref}s and {@code oneOf}/{@code anyOf}/
 * {@code allOf} variants are walked through (a field exists if any variant has it).
 */
final class ProtocolSchema {

	private final Path dir;

	private final Map<Kind, Map<String, MethodEntry>> methods = new LinkedHashMap<>();

	private ProtocolSchema(Path dir) {
		this.dir = dir;
		for (Kind kind : Kind.values()) {
			this.methods.put(kind, readMethods(kind.file()));
		}
	}

	/**
	 * Runs {@code binary app-server generate-json-schema} into {@code out} and reads the result.
	 * @param experimental whether to add {@code --experimental}
	 */
	static ProtocolSchema generate(Path binary, Path out, boolean experimental) {
		List<String> command = new ArrayList<>(
				List.of(binary.toString(), "app-server", "generate-json-schema", "--out", out.toString()));
		if (experimental) {
			command.add("--experimental");
		}
		try {
			Files.createDirectories(out);
			Path log = out.resolveSibling(out.getFileName() + ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			try {
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					throw new IllegalStateException(command + " did not finish within 60 s");
				}
			}
			finally {
				process.destroyForcibly();
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(command + " exited with " + process.exitValue() + ": "
						+ Files.readString(log));
			}
			return new ProtocolSchema(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Every method of a kind in this schema. */
	Set<String> methods(Kind kind) {
		return new TreeSet<>(this.methods.get(kind).keySet());
	}

	/** Whether the method exists. */
	boolean hasMethod(Kind kind, String method) {
		return this.methods.get(kind).containsKey(method);
	}

	/** Whether the path exists in the method's params. */
	boolean hasParam(Kind kind, String method, String path) {
		MethodEntry entry = this.methods.get(kind).get(method);
		return entry != null && entry.params() != null && exists(entry.params(), entry.root(), path);
	}

	/**
	 * Whether the path exists in the method's result (the {@code <Name>Response} type next to its
	 * {@code <Name>Params}, or {@code responseType} when given).
	 */
	boolean hasResult(Kind kind, String method, String responseType, String path) {
		MethodEntry entry = this.methods.get(kind).get(method);
		if (entry == null) {
			return false;
		}
		String type = responseType;
		if (type == null && entry.paramsType() != null && entry.paramsType().endsWith("Params")) {
			type = entry.paramsType().substring(0, entry.paramsType().length() - "Params".length()) + "Response";
		}
		JsonNode response = (type != null) ? readType(type) : null;
		return response != null && exists(response, response, path);
	}

	private Map<String, MethodEntry> readMethods(String file) {
		JsonNode root = read(this.dir.resolve(file));
		Map<String, MethodEntry> found = new LinkedHashMap<>();
		for (JsonNode variant : root.path("oneOf")) {
			JsonNode method = variant.path("properties").path("method");
			List<String> names = new ArrayList<>();
			method.path("enum").forEach((v) -> names.add(v.asString()));
			if (method.has("const")) {
				names.add(method.get("const").asString());
			}
			JsonNode params = variant.path("properties").get("params");
			String ref = (params != null) ? params.path("$ref").asString(null) : null;
			String paramsType = (ref != null) ? ref.substring(ref.lastIndexOf('/') + 1) : null;
			for (String name : names) {
				found.put(name, new MethodEntry(params, paramsType, root));
			}
		}
		if (found.isEmpty()) {
			throw new IllegalStateException("no methods in " + this.dir.resolve(file));
		}
		return found;
	}

	/** A self-contained type file ({@code X.json}) at the top, in {@code v2/} or in {@code v1/}. */
	private JsonNode readType(String type) {
		for (String sub : new String[] { "", "v2/", "v1/" }) {
			Path file = this.dir.resolve(sub + type + ".json");
			if (Files.isRegularFile(file)) {
				return read(file);
			}
		}
		return null;
	}

	private static JsonNode read(Path file) {
		try {
			return Json.parse(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean exists(JsonNode schema, JsonNode root, String path) {
		List<JsonNode> current = List.of(schema);
		for (String segment : path.split("\\.")) {
			List<JsonNode> next = new ArrayList<>();
			for (JsonNode node : current) {
				for (JsonNode object : expand(node, root)) {
					JsonNode properties = object.path("properties");
					if (segment.equals("*")) {
						properties.forEach(next::add);
						JsonNode additional = object.get("additionalProperties");
						if (additional != null && additional.isObject()) {
							next.add(additional);
						}
					}
					else if (properties.has(segment)) {
						next.add(properties.get(segment));
					}
				}
			}
			if (next.isEmpty()) {
				return false;
			}
			current = next;
		}
		return true;
	}

	/** The node and everything it stands for: its $ref target, its variants, its array items, recursively. */
	private static List<JsonNode> expand(JsonNode node, JsonNode root) {
		List<JsonNode> out = new ArrayList<>();
		expand(node, root, out, new IdentityHashMap<>());
		return out;
	}

	private static void expand(JsonNode node, JsonNode root, List<JsonNode> out, Map<JsonNode, Boolean> seen) {
		if (node == null || !node.isObject() || seen.put(node, Boolean.TRUE) != null) {
			return;
		}
		out.add(node);
		String ref = node.path("$ref").asString(null);
		if (ref != null && ref.startsWith("#/")) {
			JsonNode target = root;
			for (String part : ref.substring(2).split("/")) {
				target = target.path(part);
			}
			expand(target, root, out, seen);
		}
		for (String combinator : new String[] { "oneOf", "anyOf", "allOf" }) {
			node.path(combinator).forEach((variant) -> expand(variant, root, out, seen));
		}
		expand(node.get("items"), root, out, seen);
	}

	private record MethodEntry(JsonNode params, String paramsType, JsonNode root) {
	}

}
