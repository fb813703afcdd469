package dev.codexjava.client;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JsonSchemasTest {

	enum Severity {

		LOW, HIGH

	}

	record Location(String file, int line) {
	}

	record Finding(String title, Severity severity, Location location, List<String> tags, Optional<Integer> cvss,
			double confidence, boolean fixed, long[] lines, List<Location> related) {
	}

	record WithMap(Map<String, String> extra) {
	}

	record WithDate(Date when) {
	}

	record Node(String name, List<Node> children) {
	}

	record WithWildcard(List<? extends Number> values) {
	}

	record Box<T>(T value) {
	}

	record WithGeneric(Box<String> box) {
	}

	private static List<String> names(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	@Test
	void recordsBecomeStrictObjects() {
		ObjectNode schema = JsonSchemas.forType(Finding.class);
		assertThat(schema.get("type").asString()).isEqualTo("object");
		assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
		assertThat(names(schema.get("required"))).containsExactly("title", "severity", "location", "tags", "cvss",
				"confidence", "fixed", "lines", "related");
		JsonNode props = schema.get("properties");
		assertThat(props.propertyNames()).containsExactly("title", "severity", "location", "tags", "cvss",
				"confidence", "fixed", "lines", "related");
		assertThat(props.get("title").get("type").asString()).isEqualTo("string");
		assertThat(props.get("confidence").get("type").asString()).isEqualTo("number");
		assertThat(props.get("fixed").get("type").asString()).isEqualTo("boolean");
	}

	@Test
	void nestedRecordsAreStrictToo() {
		JsonNode location = JsonSchemas.forType(Finding.class).get("properties").get("location");
		assertThat(location.get("type").asString()).isEqualTo("object");
		assertThat(location.get("additionalProperties").asBoolean()).isFalse();
		assertThat(names(location.get("required"))).containsExactly("file", "line");
		assertThat(location.get("properties").get("line").get("type").asString()).isEqualTo("integer");
	}

	@Test
	void listsAndArraysBecomeArraysOfTheirElementSchema() {
		JsonNode props = JsonSchemas.forType(Finding.class).get("properties");
		assertThat(props.get("tags").get("type").asString()).isEqualTo("array");
		assertThat(props.get("tags").get("items").get("type").asString()).isEqualTo("string");
		assertThat(props.get("lines").get("items").get("type").asString()).isEqualTo("integer");
		JsonNode related = props.get("related");
		assertThat(related.get("type").asString()).isEqualTo("array");
		assertThat(related.get("items").get("type").asString()).isEqualTo("object");
		assertThat(names(related.get("items").get("required"))).containsExactly("file", "line");
	}

	@Test
	void enumsListTheirConstants() {
		JsonNode severity = JsonSchemas.forType(Finding.class).get("properties").get("severity");
		assertThat(severity.get("type").asString()).isEqualTo("string");
		assertThat(names(severity.get("enum"))).containsExactly("LOW", "HIGH");
	}

	@Test
	void optionalIsRequiredButNullable() {
		JsonNode cvss = JsonSchemas.forType(Finding.class).get("properties").get("cvss");
		assertThat(cvss.get("anyOf")).hasSize(2);
		assertThat(cvss.get("anyOf").get(0).get("type").asString()).isEqualTo("integer");
		assertThat(cvss.get("anyOf").get(1).get("type").asString()).isEqualTo("null");
	}

	@Test
	void reusingTheSameRecordTwiceIsNotMistakenForRecursion() {
		record Pair(Location from, Location to) {
		}
		assertThat(JsonSchemas.forType(Pair.class).get("properties").get("to").get("type").asString())
			.isEqualTo("object");
	}

	@Test
	void nonRecordTopLevelTypesAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonSchemas.forType(String.class))
			.withMessage("A structured output type must be a record, was class java.lang.String");
		assertThatIllegalArgumentException().isThrownBy(() -> JsonSchemas.forType(null))
			.withMessageContaining("must be a record");
	}

	@Test
	void mapsAreRejectedWithAClearMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonSchemas.forType(WithMap.class))
			.withMessageContaining("Unsupported type in structured output schema")
			.withMessageContaining("java.util.Map");
	}

	@Test
	void plainClassesAreRejectedWithAClearMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonSchemas.forType(WithDate.class))
			.withMessageContaining("java.util.Date")
			.withMessageContaining("use records, enums, strings, numbers, booleans, lists or arrays");
	}

	@Test
	void recursiveRecordsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonSchemas.forType(Node.class))
			.withMessageContaining("Recursive record")
			.withMessageContaining("Node");
	}

	@Test
	void wildcardsAndTypeVariablesAreRejectedWithAClearMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonSchemas.forType(WithWildcard.class))
			.withMessageContaining("Unsupported type in structured output schema");
		assertThatIllegalArgumentException().isThrownBy(() -> JsonSchemas.forType(WithGeneric.class))
			.withMessageContaining("Unsupported type in structured output schema");
	}

	@Test
	void schemaCanBeSentAsTurnOutputSchema() {
		TurnOptions options = TurnOptions.builder().outputSchema(Location.class).build();
		assertThat(options.outputSchema()).isEqualTo(JsonSchemas.forType(Location.class));
		assertThat(Json.write(options.outputSchema())).contains("\"additionalProperties\":false");
	}

}
