package dev.codexjava.client;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DynamicToolTest {

	record Point(int x, int y) {
	}

	/** A tool target. */
	static final class Geometry {

		public String distance(Point from, Point to, List<String> labels) {
			return Math.abs(to.x() - from.x()) + Math.abs(to.y() - from.y()) + " " + labels;
		}

		public String broken(String why) {
			throw new IllegalArgumentException(why);
		}

	}

	private static DynamicToolCall call(String tool, String argumentsJson) {
		return new DynamicToolCall("t", "u", "c", tool, null, Json.parse(argumentsJson));
	}

	@Test
	void recordToolHasTheRecordsSchemaAndGetsTypedArguments() throws Exception {
		DynamicTool tool = DynamicTool.of("move", "Moves", Point.class, (p) -> p.x() + p.y());
		assertThat(tool.toSpec().path("type").asString()).isEqualTo("function");
		assertThat(tool.toSpec().path("inputSchema").path("required").toString()).isEqualTo("[\"x\",\"y\"]");
		assertThat(tool.handler().call(call("move", "{\"x\":2,\"y\":5}"))).isEqualTo(DynamicToolResult.text("7"));
		assertThat(tool.timeout()).isEqualTo(DynamicTool.DEFAULT_TIMEOUT);
	}

	@Test
	void methodToolHasOnePropertyPerParameterAndCallsTheMethod() throws Exception {
		DynamicTool tool = DynamicTool.ofMethod("Manhattan distance", new Geometry(),
				Geometry.class.getMethod("distance", Point.class, Point.class, List.class));
		assertThat(tool.name()).isEqualTo("distance");
		assertThat(tool.inputSchema().path("properties").propertyNames()).containsExactly("from", "to", "labels");
		assertThat(tool.inputSchema().path("properties").path("labels").path("type").asString()).isEqualTo("array");
		DynamicToolResult result = tool.handler()
			.call(call("distance", "{\"from\":{\"x\":0,\"y\":0},\"to\":{\"x\":3,\"y\":4},\"labels\":[\"a\"]}"));
		assertThat(result.success()).isTrue();
		assertThat(result.text()).isEqualTo("7 [a]");
	}

	@Test
	void methodToolRethrowsTheMethodsOwnException() throws Exception {
		DynamicTool tool = DynamicTool.ofMethod("Fails", new Geometry(),
				Geometry.class.getMethod("broken", String.class));
		ThreadTools tools = new ThreadTools(List.of(tool), ApprovalHandler.DECLINE_ALL);
		DynamicToolResult result = tools.call(Json.parse("{\"tool\":\"broken\",\"arguments\":{\"why\":\"no\"}}"));
		assertThat(result.success()).isFalse();
		assertThat(result.text()).isEqualTo("The tool call failed: IllegalArgumentException: no");
	}

	@Test
	void unknownToolIsAFailureNamingTheAvailableOnes() {
		ThreadTools tools = new ThreadTools(List.of(DynamicTool.of("a", "A", Json.object(),
				(c) -> DynamicToolResult.text("x"))), ApprovalHandler.DECLINE_ALL);
		DynamicToolResult result = tools.call(Json.parse("{\"tool\":\"b\",\"arguments\":{}}"));
		assertThat(result.success()).isFalse();
		assertThat(result.text()).contains("Unknown tool 'b'").contains("[a]");
		assertThat(result.toJson().toString())
			.isEqualTo("{\"contentItems\":[{\"type\":\"inputText\",\"text\":\"Unknown tool 'b'. Available tools: [a]\"}],"
					+ "\"success\":false}");
	}

	@Test
	void namesAndDuplicatesAreChecked() {
		assertThatThrownBy(() -> DynamicTool.of("has space", "x", Json.object(), (c) -> null))
			.isInstanceOf(IllegalArgumentException.class);
		DynamicTool tool = DynamicTool.of("same", "x", Json.object(), (c) -> null);
		assertThatThrownBy(() -> ThreadOptions.builder().dynamicTool(tool).dynamicTool(tool).build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("same");
	}

	enum Unit { C, F }

	record Place(String city, Optional<String> country) {
	}

	record Query(Place place, Unit unit, List<Place> alternatives, Optional<Integer> days) {
	}

	public static String greet(String name, Optional<String> title) {
		return title.map((t) -> t + " ").orElse("") + name;
	}

	public static int twice(int n) {
		return 2 * n;
	}

	@Test
	void anOptionalMethodParameterSentAsNullOrLeftOutIsEmpty() throws Exception {
		DynamicTool tool = DynamicTool.ofMethod("Greets", null,
				DynamicToolTest.class.getMethod("greet", String.class, Optional.class));
		assertThat(tool.inputSchema().toString()).contains("\"null\"");
		assertThat(tool.handler().call(call("greet", "{\"name\":\"Ada\",\"title\":null}")).text()).isEqualTo("Ada");
		assertThat(tool.handler().call(call("greet", "{\"name\":\"Ada\"}")).text()).isEqualTo("Ada");
		assertThat(tool.handler().call(call("greet", "{\"name\":\"Ada\",\"title\":\"Dr\"}")).text())
			.isEqualTo("Dr Ada");
	}

	@Test
	void aPrimitiveMethodParameterSentAsNullFailsNamingTheParameter() throws Exception {
		DynamicTool tool = DynamicTool.ofMethod("Doubles", null, DynamicToolTest.class.getMethod("twice", int.class));
		assertThatThrownBy(() -> tool.handler().call(call("twice", "{\"n\":null}")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'n'")
			.hasMessageContaining("int");
	}

	@Test
	void nestedRecordsEnumsListsAndOptionalsRoundTrip() throws Exception {
		DynamicTool tool = DynamicTool.of("q", "Query", Query.class, (q) -> q.place().city() + "/"
				+ q.place().country().orElse("-") + "/" + q.unit() + "/" + q.alternatives().size() + "/"
				+ q.days().orElse(0));
		DynamicToolResult result = tool.handler().call(call("q", "{\"place\":{\"city\":\"Oslo\",\"country\":null},"
				+ "\"unit\":\"C\",\"alternatives\":[{\"city\":\"Bergen\",\"country\":\"NO\"}],\"days\":null}"));
		assertThat(result.text()).isEqualTo("Oslo/-/C/1/0");
	}

	@Test
	void namesOfBuiltInCodexToolsAreRejected() {
		for (String name : List.of("exec_command", "update_plan", "apply_patch", "shell", "view_image", "web_search")) {
			assertThatThrownBy(() -> DynamicTool.of(name, "x", Json.object(), (call) -> DynamicToolResult.text("x")))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("'" + name + "' is the name of a built-in Codex tool");
		}
		assertThat(DynamicTool.of("exec_command_2", "x", Json.object(), (call) -> DynamicToolResult.text("x")).name())
			.isEqualTo("exec_command_2");
	}

}
