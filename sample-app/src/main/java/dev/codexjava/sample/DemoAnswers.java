package dev.codexjava.sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;
import dev.codexjava.testkit.MockResponse;
import dev.codexjava.testkit.RecordedRequest;

/**
 * The demo model's script. Prompts about files, folders or commands get a call of the shell tool that runs a
 * harmless, read-only {@code ls -la} in the demo workspace, followed (once the binary posts the command's output)
 * by a short summary of what it listed. Prompts asking to create, write or save something get a command that writes
 * {@code approved.txt} and needs to run outside the sandbox, so the binary asks for approval (policy
 * {@code on-request}); the answer then says whether it was allowed. Any other prompt gets a friendly answer explaining the demo. Answers are
 * streamed word by word with a small delay so the streaming is visible, and report a plausible token usage.
 */
final class DemoAnswers implements Function<RecordedRequest, MockResponse> {

	/** The command the demo model runs. Read-only, so it works in the read-only sandbox. */
	static final String COMMAND = "ls -la";

	/**
	 * The command the demo model asks a person to allow (with {@code sample.approvals.enabled}): it writes a file,
	 * which the read-only sandbox forbids, so it asks to run outside it.
	 */
	static final String WRITE_COMMAND = "echo 'Written by the demo model after a person allowed it.' > approved.txt";

	private static final Pattern ASKS_TO_WRITE = Pattern.compile("\\b(create|write|touch|save|approve|approval)\\b");

	private static final Pattern ASKS_FOR_A_COMMAND = Pattern
		.compile("\\b(files?|ls|list|commands?|run|dir|directory|directories|folders?|workspace|shell)\\b");

	private static final Pattern EXIT_CODE = Pattern.compile("Process exited with code (-?\\d+)");

	private static final Duration EVENT_DELAY = Duration.ofMillis(25);

	private static final int MAX_ECHO = 120;

	private final AtomicInteger calls = new AtomicInteger();

	@Override
	public MockResponse apply(RecordedRequest request) {
		JsonNode json = request.json();
		JsonNode input = json.path("input");
		JsonNode last = (input.isArray() && !input.isEmpty()) ? input.get(input.size() - 1) : null;
		if (last != null && "function_call_output".equals(text(last.get("type")))) {
			String output = outputText(last.get("output"));
			return streamed(WRITE_COMMAND.equals(lastCommand(input)) ? afterWrite(output) : afterCommand(output), json);
		}
		String prompt = request.lastUserText();
		if (prompt != null && ASKS_TO_WRITE.matcher(prompt.toLowerCase(Locale.ROOT)).find()) {
			// needs escalation: with approval policy on-request the binary asks the client first
			return MockResponse.toolCall("demo-write-" + this.calls.incrementAndGet(), WRITE_COMMAND, true)
				.withUsage(inputTokens(json), 0, 12, 0, inputTokens(json) + 12);
		}
		if (prompt != null && ASKS_FOR_A_COMMAND.matcher(prompt.toLowerCase(Locale.ROOT)).find()) {
			return MockResponse.toolCall("demo-call-" + this.calls.incrementAndGet(), COMMAND, false)
				.withUsage(inputTokens(json), 0, 12, 0, inputTokens(json) + 12);
		}
		return streamed(answer(prompt), json);
	}

	private static String answer(String prompt) {
		String echo = (prompt == null) ? "" : prompt.strip().replaceAll("\\s+", " ");
		if (echo.length() > MAX_ECHO) {
			echo = echo.substring(0, MAX_ECHO - 3) + "...";
		}
		return "Hello! I am the offline demo model of the Codex Java sample, so no account or network is involved. "
				+ "You asked: \"" + echo + "\". A real model would work on that; set OPENAI_API_KEY and restart "
				+ "the app to use one. Meanwhile, ask me to list the files and I will run a read-only command "
				+ "in the demo workspace.";
	}

	private static String afterCommand(String output) {
		String body = output;
		int marker = output.indexOf("Output:\n");
		if (marker >= 0) {
			body = output.substring(marker + "Output:\n".length());
		}
		List<String> names = new ArrayList<>();
		for (String line : body.split("\n")) {
			String[] columns = line.trim().split("\\s+");
			if (columns.length >= 9 && (line.startsWith("-") || line.startsWith("d"))) {
				String name = columns[columns.length - 1];
				if (!".".equals(name) && !"..".equals(name)) {
					names.add(line.startsWith("d") ? name + "/" : name);
				}
			}
		}
		Matcher exit = EXIT_CODE.matcher(output);
		String exitCode = exit.find() ? exit.group(1) : "unknown";
		String listing = names.isEmpty() ? "nothing I could read" : String.join(", ", names);
		return "I ran `" + COMMAND + "` in the demo workspace (read-only sandbox, exit code " + exitCode + "). "
				+ "It holds " + names.size() + " entries: " + listing + ". Nothing was changed.";
	}

	private static String afterWrite(String output) {
		Matcher exit = EXIT_CODE.matcher(output);
		if (exit.find() && "0".equals(exit.group(1))) {
			return "You allowed it, so I wrote `approved.txt` in the demo workspace, outside the read-only sandbox. "
					+ "The demo workspace is deleted when the app stops.";
		}
		return "The command to write `approved.txt` did not run (it was declined), so nothing was changed.";
	}

	/** The {@code cmd} of the newest function call in the request's input, or {@code null}. */
	private static String lastCommand(JsonNode input) {
		for (int i = input.size() - 1; i >= 0; i--) {
			JsonNode item = input.get(i);
			if ("function_call".equals(text(item.get("type")))) {
				String arguments = text(item.get("arguments"));
				if (arguments == null) {
					return null;
				}
				try {
					return text(Json.parse(arguments).get("cmd"));
				}
				catch (RuntimeException ex) {
					return null;
				}
			}
		}
		return null;
	}

	private static MockResponse streamed(String answer, JsonNode request) {
		List<String> deltas = words(answer);
		long input = inputTokens(request);
		return MockResponse.streamed(answer, deltas)
			.withEventDelay(EVENT_DELAY)
			.withUsage(input, 0, deltas.size(), 0, input + deltas.size());
	}

	/** Splits into words, each keeping its trailing space, so the deltas join back to the text. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == ' ') {
				words.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			words.add(text.substring(start));
		}
		return words;
	}

	/** About four characters per token, like real tokenizers on English text. */
	private static long inputTokens(JsonNode request) {
		return Math.max(1, request.path("input").toString().length() / 4);
	}

	private static String outputText(JsonNode output) {
		if (output == null || output.isNull()) {
			return "";
		}
		return output.isString() ? output.asString() : output.toString();
	}

	private static String text(JsonNode node) {
		return (node != null && node.isString()) ? node.asString() : null;
	}

}
