package dev.codexjava.bench;

import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The floor with Jackson 3: {@link FloorClient}'s process, pipes, workloads and phases, but every line read from the
 * app-server becomes a Jackson 3 tree ({@code readTree} of the line's {@code String}, a {@link JsonMapper} built with
 * defaults) whose fields are read from the tree (the method, the response's id, a delta's thread, turn, item and
 * text, a completed turn's thread), and every request written is an {@link ObjectNode} the mapper turns into bytes.
 * No SDK class. It shows what a client bound to Jackson 3 (the project's fixed decision) pays at least; issue 12's
 * goals stay judged against the raw floor.
 */
final class JacksonFloorClient implements FloorSession {

	static final String TURN_COMPLETED = "turn/completed";

	static final String DELTA = "item/agentMessage/delta";

	private final JsonMapper mapper;

	private final FloorClient pipe;

	private int ids;

	JacksonFloorClient(JsonMapper mapper, FloorClient pipe) {
		this.mapper = mapper;
		this.pipe = pipe;
	}

	/**
	 * {@link #start(JsonMapper, Path, Path, Path)} with the process's one mapper, built with defaults at the first start
	 * (a client holds its mapper; so the first start pays for Jackson's classes, as the SDK's first Codex.start does).
	 */
	static JacksonFloorClient start(Path binary, Path codexHome, Path workDir) {
		return start(DefaultMapper.INSTANCE, binary, codexHome, workDir);
	}

	/** Spawns {@code codex app-server} and completes the handshake ({@code initialize} + {@code initialized}). */
	static JacksonFloorClient start(JsonMapper mapper, Path binary, Path codexHome, Path workDir) {
		JacksonFloorClient client = new JacksonFloorClient(mapper, FloorClient.spawn(binary, codexHome, workDir));
		try {
			client.handshake();
			return client;
		}
		catch (RuntimeException ex) {
			client.close();
			throw ex;
		}
	}

	/** {@code initialize}, its response, then {@code initialized}. */
	void handshake() {
		ObjectNode params = this.mapper.createObjectNode();
		params.putObject("clientInfo")
			.put("name", "codex_java_floor_jackson")
			.put("title", "floor + Jackson")
			.put("version", "0");
		params.putObject("capabilities").put("experimentalApi", false);
		awaitResponse(request("initialize", params));
		send(this.mapper.createObjectNode().put("method", "initialized"));
	}

	/** Starts an ephemeral thread and returns its id ({@code result.thread.id}). */
	@Override
	public String startThread() {
		ObjectNode params = this.mapper.createObjectNode().put("ephemeral", true);
		JsonNode response = awaitResponse(request("thread/start", params));
		return threadId(response);
	}

	/** Sends {@code turn/start} (the response and every notification are read by whoever reads). */
	void sendTurn(String threadId, String prompt) {
		ObjectNode params = this.mapper.createObjectNode().put("threadId", threadId);
		params.putArray("input").addObject().put("type", "text").put("text", prompt);
		request("turn/start", params);
	}

	/** One turn: sends it and reads messages until {@code turn/completed}. */
	@Override
	public void runTurn(String threadId, String prompt) {
		sendTurn(threadId, prompt);
		while (!isTurnCompleted(read())) {
			// every message is read into a tree; only the turn's end matters
		}
	}

	/** One turn, counting {@code item/agentMessage/delta} messages and timing the first and last. */
	@Override
	public FloorClient.StreamTurn streamTurn(String threadId, String prompt) {
		sendTurn(threadId, prompt);
		long deltas = 0;
		long first = 0;
		long last = 0;
		while (true) {
			JsonNode message = read();
			if (isDelta(message)) {
				last = System.nanoTime();
				if (deltas++ == 0) {
					first = last;
				}
			}
			else if (isTurnCompleted(message)) {
				return new FloorClient.StreamTurn(deltas, first, last, System.nanoTime());
			}
		}
	}

	/** The next line from the app-server as a tree. */
	JsonNode read() {
		return this.mapper.readTree(this.pipe.readLine());
	}

	/** Reads until the response to {@code id}; an error response fails. */
	JsonNode awaitResponse(int id) {
		while (true) {
			JsonNode message = read();
			if (responseId(message) == id) {
				if (message.has("error")) {
					throw new IllegalStateException("request " + id + " failed: " + message.get("error"));
				}
				return message;
			}
		}
	}

	/** Writes {@code {"id":N,"method":..,"params":..}} with the mapper; returns N. */
	private int request(String method, ObjectNode params) {
		int id = ++this.ids;
		ObjectNode request = this.mapper.createObjectNode().put("id", id).put("method", method);
		request.set("params", params);
		send(request);
		return id;
	}

	private void send(ObjectNode message) {
		this.pipe.send(this.mapper.writeValueAsBytes(message));
	}

	/** The message's {@code method}, or null (a response). */
	static String method(JsonNode message) {
		JsonNode method = message.get("method");
		return (method != null) ? method.stringValue(null) : null;
	}

	/** The id of a response (a message with an integral {@code id} and no {@code method}), or -1. */
	static long responseId(JsonNode message) {
		JsonNode id = message.get("id");
		return (id != null && id.isIntegralNumber() && !message.has("method")) ? id.longValue() : -1;
	}

	/** {@code result.thread.id} of a {@code thread/start} response; fails without one. */
	static String threadId(JsonNode response) {
		String id = response.path("result").path("thread").path("id").stringValue(null);
		if (id == null) {
			throw new IllegalStateException("thread/start answered without a thread id");
		}
		return id;
	}

	/** An {@code item/agentMessage/delta} notification; its thread, turn, item and text are read. */
	static boolean isDelta(JsonNode message) {
		if (!DELTA.equals(method(message))) {
			return false;
		}
		JsonNode params = message.path("params");
		if (params.path("threadId").stringValue(null) == null || params.path("turnId").stringValue(null) == null
				|| params.path("itemId").stringValue(null) == null || params.path("delta").stringValue(null) == null) {
			throw new IllegalStateException("a delta without its threadId, turnId, itemId or text");
		}
		return true;
	}

	/** A {@code turn/completed} notification; its thread is read. */
	static boolean isTurnCompleted(JsonNode message) {
		if (!TURN_COMPLETED.equals(method(message))) {
			return false;
		}
		if (message.path("params").path("threadId").stringValue(null) == null) {
			throw new IllegalStateException("turn/completed without its threadId");
		}
		return true;
	}

	/** The child's pid. */
	long pid() {
		return this.pipe.pid();
	}

	/** Closes the app-server as the raw floor does. */
	@Override
	public void close() {
		this.pipe.close();
	}

	/** The mapper of {@link #start(Path, Path, Path)}: built when first used. */
	private static final class DefaultMapper {

		static final JsonMapper INSTANCE = JsonMapper.builder().build();

	}

}
