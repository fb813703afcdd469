package dev.codexjava.sample;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.codexjava.testkit.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo model's script, without the binary. */
class DemoAnswersTest {

	private final DemoAnswers answers = new DemoAnswers();

	@Test
	void promptsAboutFilesRunAReadOnlyCommand() {
		assertThat(this.answers.apply(request(userMessage("Please list the files here"))).toString())
			.contains("toolCall demo-call-1", "\"ls -la\"")
			.doesNotContain("escalated");
		assertThat(this.answers.apply(request(userMessage("run a command"))).toString()).contains("toolCall demo-call-2");
	}

	@Test
	void otherPromptsGetAStreamedExplanation() {
		String response = this.answers.apply(request(userMessage("What is the capital of France?"))).toString();
		assertThat(response).contains("streamed", "deltas", "eventDelay");
		assertThat(response).doesNotContain("toolCall");
	}

	@Test
	void aCommandOutputGetsAStreamedSummary() {
		String output = "Chunk ID: 1\\nProcess exited with code 0\\nOutput:\\n"
				+ "-rw-r--r-- 1 root root 95 Nov 25 10:55 README.md\\n";
		String input = userMessage("list the files") + ","
				+ "{\"type\":\"function_call\",\"name\":\"exec_command\",\"arguments\":\"{}\",\"call_id\":\"c1\"},"
				+ "{\"type\":\"function_call_output\",\"call_id\":\"c1\",\"output\":\"" + output + "\"}";
		assertThat(this.answers.apply(request(input)).toString()).contains("streamed", "\"I ran `ls -la`");
	}

	@Test
	void wordsJoinBackToTheText() {
		String text = "Streaming answer, word by word. ";
		List<String> words = DemoAnswers.words(text);
		assertThat(words).hasSize(5);
		assertThat(String.join("", words)).isEqualTo(text);
	}

	private static String userMessage(String text) {
		return "{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"" + text
				+ "\"}]}";
	}

	private static RecordedRequest request(String inputItems) {
		return new RecordedRequest("/v1/responses", Map.of(), "{\"model\":\"demo-model\",\"input\":[" + inputItems + "]}");
	}

}
