package dev.codexjava.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * One request the {@link MockModel} received, with helpers for the Responses API body the binary sends (the whole
 * conversation as {@code input[]} on every request).
 *
 * @param path the request path, {@code /v1/responses}
 * @param headers the request headers; lookups ignore case
 * @param body the raw request body
 */
public record RecordedRequest(String path, Map<String, List<String>> headers, String body) {

	/** Copies the headers into an immutable, case-insensitive map. */
	public RecordedRequest {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(body, "body");
		Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		if (headers != null) {
			headers.forEach((name, values) -> copy.merge(name.toLowerCase(Locale.ROOT),
					(values != null) ? List.copyOf(values) : List.of(), RecordedRequest::concat));
		}
		headers = Collections.unmodifiableMap(copy);
	}

	/** The first value of header {@code name} (any case), or {@code null}. */
	public String header(String name) {
		List<String> values = this.headers.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * The body parsed as JSON.
	 * @throws IllegalStateException if the body is not JSON
	 */
	public JsonNode json() {
		return TestkitJson.read(this.body);
	}

	/** The {@code model} the request asks for, or {@code null}. */
	public String model() {
		return TestkitJson.string(json().get("model"));
	}

	/**
	 * The text of the last user message in {@code input} (its {@code input_text} parts joined by newlines), or
	 * {@code null} if there is none. For the first request of a turn this is what was passed to {@code turn/start}.
	 */
	public String lastUserText() {
		List<String> texts = allUserTexts();
		return texts.isEmpty() ? null : texts.get(texts.size() - 1);
	}

	/**
	 * The texts of all user messages in {@code input}, oldest first, including the
	 * {@code <environment_context>} message the binary adds itself.
	 */
	public List<String> allUserTexts() {
		List<String> texts = new ArrayList<>();
		for (JsonNode item : json().path("input")) {
			if (!"user".equals(TestkitJson.string(item.get("role")))) {
				continue;
			}
			String type = TestkitJson.string(item.get("type"));
			if (type != null && !"message".equals(type)) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			for (JsonNode part : item.path("content")) {
				if ("input_text".equals(TestkitJson.string(part.get("type")))) {
					String text = TestkitJson.string(part.get("text"));
					if (text != null) {
						parts.add(text);
					}
				}
			}
			if (!parts.isEmpty()) {
				texts.add(String.join("\n", parts));
			}
		}
		return texts;
	}

	/** The {@code output} of every {@code function_call_output} item in {@code input}, oldest first. */
	public List<String> functionCallOutputs() {
		List<String> outputs = new ArrayList<>();
		for (JsonNode item : json().path("input")) {
			if ("function_call_output".equals(TestkitJson.string(item.get("type")))) {
				JsonNode output = item.get("output");
				String text = TestkitJson.string(output);
				outputs.add((text != null || output == null) ? text : TestkitJson.write(output));
			}
		}
		return outputs;
	}

	/** How many {@code function_call_output} items {@code input} holds (0 before any tool ran in the turn). */
	public int functionCallOutputCount() {
		return functionCallOutputs().size();
	}

	/** Whether the request asks for structured output ({@code text.format.type} is {@code json_schema}). */
	public boolean hasOutputSchema() {
		return "json_schema".equals(TestkitJson.string(json().path("text").path("format").get("type")));
	}

	/** The JSON schema of structured output ({@code text.format.schema}), or {@code null} if none was asked for. */
	public JsonNode outputSchema() {
		if (!hasOutputSchema()) {
			return null;
		}
		return json().path("text").path("format").get("schema");
	}

	/** A short description: the path, the user text and the body size (the body itself can be 40 KB). */
	@Override
	public String toString() {
		String user;
		try {
			user = lastUserText();
		}
		catch (IllegalStateException ex) {
			user = null;
		}
		return "RecordedRequest[" + this.path + ((user != null) ? ", lastUserText=\"" + user + "\"" : "") + ", "
				+ this.body.length() + " chars]";
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

}
