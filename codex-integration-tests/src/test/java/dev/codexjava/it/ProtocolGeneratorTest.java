package dev.codexjava.it;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ProtocolGenerator} on small schemas: the generated sources compile and decode leniently. */
class ProtocolGeneratorTest {

	private static final String SCHEMA = """
			{
			  "Color": { "type": "string", "enum": ["red", "dark-blue"] },
			  "Shape": { "oneOf": [
			    { "type": "object", "title": "CircleShape", "required": ["type"],
			      "properties": { "type": { "type": "string", "enum": ["circle"] }, "radius": { "type": "number" } } },
			    { "type": "object", "required": ["type"],
			      "properties": { "type": { "type": "string", "enum": ["square"] }, "side": { "type": "integer" } } } ] },
			  "PaintParams": { "type": "object", "required": ["color"], "properties": {
			    "color": { "$ref": "#/definitions/Color" },
			    "shapes": { "type": "array", "items": { "$ref": "#/definitions/Shape" } },
			    "tags": { "type": ["object", "null"], "additionalProperties": { "type": "string" } },
			    "default": { "type": ["boolean", "null"] },
			    "either": { "anyOf": [ { "type": "string" }, { "type": "integer" } ] } } },
			  "PaintResponse": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
			}
			""";

	@Test
	void generatesCompilableLenientTypes(@TempDir Path dir) throws Exception {
		Map<String, JsonNode> definitions = ProtocolGenerator.definitionsOf(SCHEMA);
		ProtocolGenerator.Methods methods = new ProtocolGenerator.Methods(
				Map.of("paint/start", Json.parse("{\"$ref\":\"#/definitions/PaintParams\"}")), Map.of(),
				Map.of("paint/done", Json.parse("{\"$ref\":\"#/definitions/PaintResponse\"}")));
		ProtocolGenerator.Methods experimental = new ProtocolGenerator.Methods(
				Map.of("paint/start", Json.parse("{}"), "paint/secret", Json.parse("{}")), Map.of(), Map.of());
		Map<String, String> sources = ProtocolGenerator.generate(definitions, methods, experimental);
		assertThat(sources).containsKeys("Color.java", "Shape.java", "PaintParams.java", "PaintResponse.java",
				"Methods.java", "Notifications.java", "ServerRequests.java");
		assertThat(sources.get("Methods.java"))
			.contains("Method<PaintParams, PaintResponse> PAINT_START = new Method<>(\"paint/start\", "
					+ "PaintParams.class, PaintResponse.class, false)")
			.contains("Method<JsonNode, JsonNode> PAINT_SECRET = new Method<>(\"paint/secret\", JsonNode.class, "
					+ "JsonNode.class, true)")
			.contains("experimental: only with {@code experimentalApi(true)}");

		ClassLoader loader = compile(dir, sources);
		Class<?> params = loader.loadClass(ProtocolGenerator.PACKAGE + ".PaintParams");
		String json = "{\"color\":\"ultraviolet\",\"shapes\":[{\"type\":\"circle\",\"radius\":1.5},"
				+ "{\"type\":\"hexagon\",\"sides\":6}],\"tags\":{\"a\":\"b\"},\"default\":true,\"either\":3,"
				+ "\"later\":{\"x\":1}}";
		Object value = Json.convert(Json.parse(json), params);
		assertThat(value.toString()).contains("ultraviolet").contains("Circle[radius=1.5")
			.contains("Unknown[unknown={sides=6}]").contains("default_=true").contains("later");
		assertThat(Json.toTree(value).get("later")).isEqualTo(Json.parse("{\"x\":1}"));
		assertThat(Json.toTree(value).get("color").asString()).isEqualTo("ultraviolet");
		assertThat(Json.toTree(value).get("shapes").get(0))
			.isEqualTo(Json.parse("{\"type\":\"circle\",\"radius\":1.5}"));
		Class<?> color = loader.loadClass(ProtocolGenerator.PACKAGE + ".Color");
		assertThat(color.getField("DARK_BLUE").get(null).toString()).isEqualTo("dark-blue");
	}

	@Test
	void optionalOrNullableFieldsAreNullableInANullMarkedPackage() {
		Map<String, String> sources = ProtocolGenerator.generate(ProtocolGenerator.definitionsOf(SCHEMA),
				new ProtocolGenerator.Methods(Map.of(), Map.of(), Map.of()), null);
		assertThat(sources.get("package-info.java")).contains("@NullMarked\npackage " + ProtocolGenerator.PACKAGE);
		assertThat(sources.get("PaintParams.java"))
			.contains("@JsonProperty(\"color\") Color color,")
			.contains("@JsonProperty(\"shapes\") @Nullable List<Shape> shapes,")
			.contains("@JsonProperty(\"tags\") @Nullable Map<String, String> tags,")
			.contains("@JsonProperty(\"default\") @Nullable Boolean default_,")
			.contains("public PaintParams(Color color, @Nullable List<Shape> shapes,");
		// a union variant's required fields come from the variant's own "required"
		assertThat(sources.get("Shape.java")).contains("@JsonProperty(\"radius\") @Nullable Double radius,");
	}

	private static ClassLoader compile(Path dir, Map<String, String> sources) throws IOException {
		Path src = dir.resolve("src").resolve(ProtocolGenerator.PACKAGE_PATH);
		Files.createDirectories(src);
		List<String> args = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "-classpath",
				System.getProperty("java.class.path"), "-proc:none"));
		for (Map.Entry<String, String> e : sources.entrySet()) {
			Path file = src.resolve(e.getKey());
			Files.writeString(file, e.getValue());
			args.add(file.toString());
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
		int status = compiler.run(null, null, errors, args.toArray(String[]::new));
		assertThat(status).as("javac: " + errors).isZero();
		return new URLClassLoader(new URL[] { dir.resolve("classes").toUri().toURL() },
				ProtocolGeneratorTest.class.getClassLoader());
	}

}
