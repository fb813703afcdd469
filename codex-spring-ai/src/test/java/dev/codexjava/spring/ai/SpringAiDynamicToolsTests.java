package dev.codexjava.spring.ai;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.annotation.Tool;

import dev.codexjava.client.DynamicTool;
import dev.codexjava.client.DynamicToolCall;
import dev.codexjava.client.DynamicToolResult;
import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@link SpringAiDynamicTools} calls Spring AI tools (no binary). */
class SpringAiDynamicToolsTests {

	static class Tools {

		@Tool(description = "The time")
		String now() {
			return "noon";
		}

		@Tool(description = "Fails")
		String fail(String why) {
			throw new IllegalStateException("failed: " + why);
		}

		@Tool(description = "Uses the tool context")
		String ctx(String x, ToolContext context) {
			return "ctx " + x + " " + context.getContext().get("codexThreadId") + " "
					+ context.getContext().get("codexTurnId");
		}

	}

	private static DynamicTool tool(String name) {
		List<DynamicTool> tools = SpringAiDynamicTools.fromToolObjects(new Tools());
		return tools.stream().filter((t) -> t.name().equals(name)).findFirst().orElseThrow();
	}

	private static DynamicToolResult call(DynamicTool tool, String args) throws Exception {
		return tool.handler().call(new DynamicToolCall("t1", "u1", "c", tool.name(), null, Json.parse(args)));
	}

	@Test
	void aToolMethodTakingAToolContextGetsTheCodexThreadAndTurn() throws Exception {
		DynamicToolResult result = call(tool("ctx"), "{\"x\":\"a\"}");
		assertThat(result.success()).as(result.text()).isTrue();
		assertThat(result.text()).contains("ctx a t1 u1");
	}

	@Test
	void aToolMethodsResultAndFailureReachTheModel() throws Exception {
		assertThat(call(tool("now"), "{}").text()).contains("noon");
		DynamicToolResult failed = call(tool("fail"), "{\"why\":\"disk\"}");
		assertThat(failed.success()).isFalse();
		assertThat(failed.text()).contains("failed: disk");
	}

}
