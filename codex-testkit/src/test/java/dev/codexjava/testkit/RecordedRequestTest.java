package dev.codexjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecordedRequestTest {

	/** The shape of a follow-up request after a tool ran, trimmed from what codex 0.169.0 sends. */
	private static final String FOLLOW_UP = """
			{"model":"mock-model","stream":true,"tool_choice":"auto","store":false,
			 "input":[
			  {"type":"message","role":"developer","content":[{"type":"input_text","text":"system prompt"}]},
			  {"type":"message","role":"user","content":[{"type":"input_text","text":"<environment_context>x</environment_context>"}]},
			  {"type":"message","role":"user","content":[{"type":"input_text","text":"first question"}]},
			  {"type":"message","role":"assistant","content":[{"type":"output_text","text":"first answer"}]},
			  {"type":"message","role":"user","content":[{"type":"input_text","text":"part one"},{"type":"input_image","image_url":"data:"},{"type":"input_text","text":"part two"}]},
			  {"type":"function_call","name":"exec_command","arguments":"{}","call_id":"call-1"},
			  {"type":"function_call_output","call_id":"call-1","output":"Process exited with code 0\\nOutput:\\ncreated\\n"},
			  {"type":"function_call","name":"exec_command","arguments":"{}","call_id":"call-2"},
			  {"type":"function_call_output","call_id":"call-2","output":"second output"}
			 ],
			 "text":{"format":{"type":"json_schema","strict":true,"name":"codex_output_schema",
			  "schema":{"type":"object","required":["answer"]}}}}
			""";

	private static RecordedRequest request(String body) {
		return new RecordedRequest("/v1/responses", Map.of("Content-Type", List.of("application/json")), body);
	}

	@Test
	void userTextsComeFromUserMessagesOnly() {
		RecordedRequest request = request(FOLLOW_UP);

		assertThat(request.allUserTexts()).containsExactly("<environment_context>x</environment_context>",
				"first question", "part one\npart two");
		assertThat(request.lastUserText()).isEqualTo("part one\npart two");
	}

	@Test
	void functionCallOutputsInOrder() {
		RecordedRequest request = request(FOLLOW_UP);

		assertThat(request.functionCallOutputCount()).isEqualTo(2);
		assertThat(request.functionCallOutputs()).containsExactly("Process exited with code 0\nOutput:\ncreated\n",
				"second output");
	}

	@Test
	void outputSchemaAndModel() {
		RecordedRequest request = request(FOLLOW_UP);

		assertThat(request.model()).isEqualTo("mock-model");
		assertThat(request.hasOutputSchema()).isTrue();
		assertThat(request.outputSchema().get("required").get(0).stringValue()).isEqualTo("answer");
		assertThat(request.json().get("store").asBoolean()).isFalse();
	}

	@Test
	void aPlainRequestHasNoSchemaNoToolOutputsAndMaybeNoUserText() {
		RecordedRequest request = request("{\"input\":[]}");

		assertThat(request.hasOutputSchema()).isFalse();
		assertThat(request.outputSchema()).isNull();
		assertThat(request.functionCallOutputs()).isEmpty();
		assertThat(request.lastUserText()).isNull();
		assertThat(request.allUserTexts()).isEmpty();
		assertThat(request.model()).isNull();
	}

	@Test
	void headersAreImmutableAndCaseInsensitive() {
		Map<String, List<String>> headers = new HashMap<>();
		headers.put("X-Codex-Window-Id", List.of("w1"));
		RecordedRequest request = new RecordedRequest("/v1/responses", headers, "{}");
		headers.clear();

		assertThat(request.header("x-codex-window-id")).isEqualTo("w1");
		assertThat(request.headers()).containsKey("X-CODEX-WINDOW-ID");
		assertThat(request.header("missing")).isNull();
		assertThatThrownBy(() -> request.headers().put("a", List.of()))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void aBodyThatIsNotJsonFailsClearly() {
		RecordedRequest request = request("not json");

		assertThatThrownBy(request::json).isInstanceOf(IllegalStateException.class).hasMessageContaining("JSON");
		assertThat(request.toString()).contains("8 chars");
	}

	@Test
	void toStringIsShort() {
		assertThat(request(FOLLOW_UP).toString()).startsWith("RecordedRequest[/v1/responses, lastUserText=\"part one")
			.hasSizeLessThan(120);
	}

}
