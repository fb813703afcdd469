package dev.codexjava.protocol;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.error.TransportClosedException;

/**
 * A request the app-server sent to the client, waiting for its answer. It is answered at most once: the first of
 * {@link #respond} and {@link #respondError} sends the answer, later calls send nothing and return {@code false} (so
 * a deadline and a slow handler can race without the server ever seeing two answers). Thread-safe.
 */
@API(status = API.Status.INTERNAL)
public final class IncomingRequest {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(IncomingRequest.class);

		private Logs() {
		}

	}

	private final JsonNode id;

	private final String method;

	private final JsonNode params;

	private final long arrivalNanos;

	private final Consumer<String> sender;

	private final AtomicBoolean answered = new AtomicBoolean();

	IncomingRequest(JsonNode id, String method, JsonNode params, long arrivalNanos, Consumer<String> sender) {
		this.id = id;
		this.method = method;
		this.params = params;
		this.arrivalNanos = arrivalNanos;
		this.sender = sender;
	}

	/** The request method. */
	public String method() {
		return this.method;
	}

	/** The params, or {@code null} when the request had none. */
	public JsonNode params() {
		return this.params;
	}

	/** When the request arrived, in {@link System#nanoTime()} units. */
	public long arrivalNanos() {
		return this.arrivalNanos;
	}

	/** Whether an answer was sent (or at least claimed by one of the respond methods). */
	public boolean isAnswered() {
		return this.answered.get();
	}

	/**
	 * Sends {@code result} (an empty object when {@code null}) unless the request was already answered.
	 * @return whether this call answered the request
	 */
	public boolean respond(JsonNode result) {
		if (!this.answered.compareAndSet(false, true)) {
			return false;
		}
		ObjectNode reply = Json.object();
		reply.set("id", this.id);
		reply.set("result", (result != null) ? result : Json.object());
		send(reply);
		return true;
	}

	/**
	 * Sends a JSON-RPC error unless the request was already answered.
	 * @return whether this call answered the request
	 */
	public boolean respondError(int code, String message) {
		if (!this.answered.compareAndSet(false, true)) {
			return false;
		}
		ObjectNode error = Json.object();
		error.put("code", code);
		error.put("message", (message != null) ? message : "error");
		ObjectNode reply = Json.object();
		reply.set("id", this.id);
		reply.set("error", error);
		send(reply);
		return true;
	}

	private void send(ObjectNode reply) {
		try {
			this.sender.accept(Json.write(reply));
		}
		catch (TransportClosedException ex) {
			Logs.log.debug("Could not answer server request {}: connection closed", this.method);
		}
		catch (RuntimeException ex) {
			// e.g. the app-server stopped reading its input: it will not see the answer
			Logs.log.warn("Could not answer server request {}: {}", this.method, ex.getMessage());
		}
	}

}
