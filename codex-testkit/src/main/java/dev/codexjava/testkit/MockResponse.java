package dev.codexjava.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.node.ObjectNode;

/**
 * One scripted answer of a {@link MockModel}: an SSE stream in the shape of the OpenAI Responses API, or a plain
 * HTTP error. Instances are immutable; the {@code with*} methods return modified copies, so one instance can be
 * queued any number of times.
 *
 * <p>Item and response ids ({@code msg-<n>}, {@code resp-<n>}) are assigned when the model serves the response,
 * numbered per model from 1, so they are unique even when one instance is served repeatedly.
 */
public final class MockResponse {

	private static final String TOOL = "exec_command";

	private final Body body;

	private final TokenUsage usage;

	private final Duration eventDelay;

	private final boolean stall;

	private final boolean completes;

	private final Map<String, String> headers;

	private final List<OutputItem> items;

	private MockResponse(Body body, TokenUsage usage, Duration eventDelay, boolean stall, boolean completes,
			Map<String, String> headers) {
		this(body, usage, eventDelay, stall, completes, headers, List.of());
	}

	private MockResponse(Body body, TokenUsage usage, Duration eventDelay, boolean stall, boolean completes,
			Map<String, String> headers, List<OutputItem> items) {
		this.body = body;
		this.usage = usage;
		this.eventDelay = eventDelay;
		this.stall = stall;
		this.completes = completes;
		this.headers = headers;
		this.items = items;
	}

	private static MockResponse of(Body body) {
		return new MockResponse(body, TokenUsage.DEFAULT, Duration.ZERO, false, true, Map.of());
	}

	/**
	 * An assistant message in one piece: {@code response.created}, {@code response.output_item.done} (a message
	 * with one {@code output_text}) and {@code response.completed} with the default usage (10 input, 0 cached,
	 * 5 output, 0 reasoning, 15 total tokens).
	 */
	public static MockResponse text(String answer) {
		return of(new Message(Objects.requireNonNull(answer, "answer"), null, null, true));
	}

	/**
	 * A streamed assistant message: {@code response.created}, {@code response.output_item.added} (empty message),
	 * one {@code response.output_text.delta} per delta, {@code response.output_item.done} with {@code finalText}
	 * and {@code response.completed}. The binary reports the final text from the done event, not the joined deltas.
	 */
	public static MockResponse streamed(String finalText, List<String> deltas) {
		Objects.requireNonNull(finalText, "finalText");
		Objects.requireNonNull(deltas, "deltas");
		return of(new Message(finalText, List.copyOf(deltas), null, true));
	}

	/** A streamed message of {@code count} deltas of {@code token}; the final text is their concatenation. */
	public static MockResponse deltas(int count, String token) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative, was " + count);
		}
		Objects.requireNonNull(token, "token");
		return streamed(token.repeat(count), Collections.nCopies(count, token));
	}

	/**
	 * A call of the shell tool {@code exec_command}: its {@code arguments} is a JSON string with {@code cmd},
	 * {@code sandbox_permissions} ({@code require_escalated} when {@code requireEscalated}, which makes the binary
	 * ask for approval under the {@code on-request} policy, else {@code use_default}), a {@code justification}
	 * and {@code login: false} (so the command runs with {@code bash -c}, free of login-shell noise). The binary
	 * runs the command and posts again with a {@code function_call_output}; answer that request too.
	 */
	public static MockResponse toolCall(String callId, String command, boolean requireEscalated) {
		return of(new ToolCall(Objects.requireNonNull(callId, "callId"), Objects.requireNonNull(command, "command"),
				requireEscalated));
	}

	/**
	 * A call of any tool the binary offers (for example {@code update_goal} with {@code {"status":"complete"}}):
	 * a {@code function_call} item whose {@code arguments} is the given JSON text.
	 */
	public static MockResponse functionCall(String callId, String name, String argumentsJson) {
		return of(new FunctionCall(Objects.requireNonNull(callId, "callId"), Objects.requireNonNull(name, "name"),
				Objects.requireNonNull(argumentsJson, "argumentsJson")));
	}

	/**
	 * A streamed message with a fixed item id whose connection drops after the deltas: no
	 * {@code output_item.done}, no {@code response.completed}. With {@code stream_max_retries > 0} the binary
	 * retries and re-sends {@code item/started} for the same item.
	 */
	public static MockResponse disconnectAfterDeltas(String itemId, List<String> deltas) {
		Objects.requireNonNull(itemId, "itemId");
		return new MockResponse(new Message(null, List.copyOf(deltas), itemId, false), TokenUsage.DEFAULT,
				Duration.ZERO, false, false, Map.of());
	}

	/** A streamed message like {@link #streamed} but with a fixed item id. */
	public static MockResponse streamed(String itemId, String finalText, List<String> deltas) {
		Objects.requireNonNull(itemId, "itemId");
		return of(new Message(Objects.requireNonNull(finalText, "finalText"), List.copyOf(deltas), itemId, true));
	}

	/** A stream that ends with {@code response.failed} carrying {@code error.code} and {@code error.message}. */
	public static MockResponse failed(String code, String message) {
		return of(new Failure(Objects.requireNonNull(code, "code"), Objects.requireNonNull(message, "message")));
	}

	/** {@code failed("server_is_overloaded", "mock overloaded")}, which the binary reports as serverOverloaded. */
	public static MockResponse overloaded() {
		return failed("server_is_overloaded", "mock overloaded");
	}

	/** A plain HTTP answer with {@code status} and {@code jsonBody} as an {@code application/json} body. */
	public static MockResponse httpError(int status, String jsonBody) {
		if (status < 100 || status > 599) {
			throw new IllegalArgumentException("Not an HTTP status: " + status);
		}
		return of(new HttpError(status, Objects.requireNonNull(jsonBody, "jsonBody")));
	}

	/**
	 * A copy whose {@code response.completed} reports this usage ({@code input_tokens},
	 * {@code input_tokens_details.cached_tokens}, {@code output_tokens},
	 * {@code output_tokens_details.reasoning_tokens}, {@code total_tokens}). Has no effect on failures.
	 */
	public MockResponse withUsage(long input, long cachedInput, long output, long reasoning, long total) {
		return new MockResponse(this.body, new TokenUsage(input, cachedInput, output, reasoning, total),
				this.eventDelay, this.stall, this.completes, this.headers, this.items);
	}

	/** A copy whose {@code response.completed} carries no usage (the binary then reports no token usage). */
	public MockResponse withoutUsage() {
		return new MockResponse(this.body, null, this.eventDelay, this.stall, this.completes, this.headers,
				this.items);
	}

	/** A copy that waits {@code delay} before each SSE event (slow streams, interrupt tests). */
	public MockResponse withEventDelay(Duration delay) {
		Objects.requireNonNull(delay, "delay");
		if (delay.isNegative()) {
			throw new IllegalArgumentException("delay must not be negative, was " + delay);
		}
		return new MockResponse(this.body, this.usage, delay, this.stall, this.completes, this.headers, this.items);
	}

	/**
	 * A copy that sends every event before the final {@code response.completed} / {@code response.failed} and then
	 * holds the connection open, sending nothing more, until the model is closed or the client disconnects. The
	 * final event is never sent.
	 */
	public MockResponse withStall() {
		return new MockResponse(this.body, this.usage, this.eventDelay, true, this.completes, this.headers,
				this.items);
	}

	/**
	 * A copy whose body ends without the final {@code response.completed} / {@code response.failed}; the binary
	 * reports "stream closed before response.completed".
	 */
	public MockResponse withoutCompletion() {
		return new MockResponse(this.body, this.usage, this.eventDelay, this.stall, false, this.headers, this.items);
	}

	/** A copy that also sends this response header (for example {@code retry-after} on a 429). */
	public MockResponse withHeader(String name, String value) {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(value, "value");
		Map<String, String> copy = new LinkedHashMap<>(this.headers);
		copy.put(name, value);
		return new MockResponse(this.body, this.usage, this.eventDelay, this.stall, this.completes,
				Collections.unmodifiableMap(copy), this.items);
	}

	/**
	 * A copy that first streams these output items (each as {@code response.output_item.added} and
	 * {@code response.output_item.done}), then the response's own events: e.g. reasoning, a web search call or a
	 * generated image before the answer, {@code MockResponse.text("done").withOutputItems(OutputItem.reasoning("..."))}.
	 * Items added by earlier calls come first. Has no effect on HTTP errors.
	 */
	public MockResponse withOutputItems(OutputItem... items) {
		List<OutputItem> all = new ArrayList<>(this.items);
		for (OutputItem item : items) {
			all.add(Objects.requireNonNull(item, "item"));
		}
		return new MockResponse(this.body, this.usage, this.eventDelay, this.stall, this.completes, this.headers,
				List.copyOf(all));
	}

	boolean isHttpError() {
		return this.body instanceof HttpError;
	}

	int status() {
		return (this.body instanceof HttpError error) ? error.status() : 200;
	}

	String httpBody() {
		return (this.body instanceof HttpError error) ? error.json() : "";
	}

	Map<String, String> headers() {
		return this.headers;
	}

	Duration eventDelay() {
		return this.eventDelay;
	}

	boolean stalls() {
		return this.stall;
	}

	/** Whether the final event is sent (neither stalled nor cut short). */
	boolean sendsFinalEvent() {
		return this.completes && !this.stall;
	}

	/** The events before the final one, for the {@code n}-th response the model serves. */
	List<SseEvent> leadingEvents(long n) {
		if (this.body instanceof HttpError) {
			return List.of();
		}
		List<SseEvent> events = new ArrayList<>();
		ObjectNode created = event("response.created");
		created.putObject("response").put("id", "resp-" + n);
		events.add(sse(created));
		for (int i = 0; i < this.items.size(); i++) {
			ObjectNode item = this.items.get(i).served(n, i);
			for (String type : List.of("response.output_item.added", "response.output_item.done")) {
				ObjectNode event = event(type);
				event.put("output_index", i);
				event.set("item", item);
				events.add(sse(event));
			}
		}
		this.body.addEvents(n, events);
		return List.copyOf(events);
	}

	/** The final event ({@code response.completed} or {@code response.failed}) of the {@code n}-th response. */
	SseEvent finalEvent(long n) {
		if (this.body instanceof HttpError) {
			throw new IllegalStateException("An HTTP error has no events");
		}
		if (this.body instanceof Failure failure) {
			ObjectNode failed = event("response.failed");
			ObjectNode response = failed.putObject("response");
			response.put("id", "resp-" + n);
			ObjectNode error = response.putObject("error");
			error.put("code", failure.code());
			error.put("message", failure.message());
			return sse(failed);
		}
		ObjectNode completed = event("response.completed");
		ObjectNode response = completed.putObject("response");
		response.put("id", "resp-" + n);
		if (this.usage != null) {
			response.set("usage", this.usage.toJson());
		}
		return sse(completed);
	}

	/** A one-line summary, for test output. */
	@Override
	public String toString() {
		return "MockResponse[" + this.body + (this.items.isEmpty() ? "" : ", " + this.items.size() + " output items")
				+ ((this.usage != null) ? ", " + this.usage : ", no usage")
				+ (this.eventDelay.isZero() ? "" : ", eventDelay=" + this.eventDelay) + (this.stall ? ", stall" : "")
				+ (this.completes ? "" : ", withoutCompletion") + (this.headers.isEmpty() ? "" : ", " + this.headers)
				+ "]";
	}

	private static ObjectNode event(String type) {
		ObjectNode node = TestkitJson.object();
		node.put("type", type);
		return node;
	}

	private static SseEvent sse(ObjectNode event) {
		return new SseEvent(event.get("type").stringValue(), TestkitJson.write(event));
	}

	private static ObjectNode message(String id, String text) {
		ObjectNode item = TestkitJson.object();
		item.put("type", "message");
		item.put("role", "assistant");
		item.put("id", id);
		if (text == null) {
			item.putArray("content");
		}
		else {
			item.putArray("content").addObject().put("type", "output_text").put("text", text);
		}
		return item;
	}

	private sealed interface Body permits Message, ToolCall, FunctionCall, Failure, HttpError {

		default void addEvents(long n, List<SseEvent> events) {
		}

	}

	private record Message(String text, List<String> deltas, String itemId, boolean sendDone) implements Body {

		@Override
		public void addEvents(long n, List<SseEvent> events) {
			String id = (this.itemId != null) ? this.itemId : "msg-" + n;
			if (this.deltas != null) {
				ObjectNode added = event("response.output_item.added");
				added.put("output_index", 0);
				added.set("item", message(id, null));
				events.add(sse(added));
				for (String delta : this.deltas) {
					ObjectNode event = event("response.output_text.delta");
					event.put("item_id", id);
					event.put("output_index", 0);
					event.put("content_index", 0);
					event.put("delta", delta);
					events.add(sse(event));
				}
			}
			if (!this.sendDone) {
				return;
			}
			ObjectNode done = event("response.output_item.done");
			done.put("output_index", 0);
			done.set("item", message(id, this.text));
			events.add(sse(done));
		}

		@Override
		public String toString() {
			return ((this.deltas != null) ? "streamed " + this.deltas.size() + " deltas, " : "text ") + "\""
					+ abbreviate(this.text) + "\"";
		}

	}

	private record ToolCall(String callId, String command, boolean requireEscalated) implements Body {

		@Override
		public void addEvents(long n, List<SseEvent> events) {
			ObjectNode arguments = TestkitJson.object();
			arguments.put("cmd", this.command);
			arguments.put("sandbox_permissions", this.requireEscalated ? "require_escalated" : "use_default");
			arguments.put("justification", "The mock model wants to run this command");
			arguments.put("login", false);
			ObjectNode item = TestkitJson.object();
			item.put("type", "function_call");
			item.put("call_id", this.callId);
			item.put("name", TOOL);
			// a JSON string, not an object: that is what the Responses API sends
			item.put("arguments", TestkitJson.write(arguments));
			ObjectNode done = event("response.output_item.done");
			done.put("output_index", 0);
			done.set("item", item);
			events.add(sse(done));
		}

		@Override
		public String toString() {
			return "toolCall " + this.callId + " \"" + abbreviate(this.command) + "\""
					+ (this.requireEscalated ? " (escalated)" : "");
		}

	}

	private record FunctionCall(String callId, String name, String arguments) implements Body {

		@Override
		public void addEvents(long n, List<SseEvent> events) {
			ObjectNode item = TestkitJson.object();
			item.put("type", "function_call");
			item.put("call_id", this.callId);
			item.put("name", this.name);
			item.put("arguments", this.arguments);
			ObjectNode done = event("response.output_item.done");
			done.put("output_index", 0);
			done.set("item", item);
			events.add(sse(done));
		}

		@Override
		public String toString() {
			return "functionCall " + this.name + " " + abbreviate(this.arguments);
		}

	}

	private record Failure(String code, String message) implements Body {

		@Override
		public String toString() {
			return "failed " + this.code + ": " + this.message;
		}

	}

	private record HttpError(int status, String json) implements Body {

		@Override
		public String toString() {
			return "httpError " + this.status + " " + abbreviate(this.json);
		}

	}

	private static String abbreviate(String text) {
		return (text == null) ? "(none)" : (text.length() <= 40) ? text : text.substring(0, 37) + "...";
	}

}
