package dev.codexjava.protocol;

import java.util.Collection;

import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The protocol layer's request encoder: builds the params object of one JSON-RPC request (or the result of a
 * server request). Every wire object the client layer sends is built here, so the client layer never assembles JSON
 * by hand. A {@code null} value leaves the field out (the protocol's "unset"). Not thread-safe; one per request.
 *
 * <p>Internal API: used by the SDK's client layer; may change without notice.
 */
@API(status = API.Status.INTERNAL)
public final class Params {

	private final ObjectNode node;

	private Params(ObjectNode node) {
		this.node = node;
	}

	/** An empty params object. */
	public static Params create() {
		return new Params(JsonNodeFactory.instance.objectNode());
	}

	/** An empty object node (for example the empty {@code permissions} of a denial). */
	public static ObjectNode empty() {
		return JsonNodeFactory.instance.objectNode();
	}

	/** A params object with just the thread id, the most common request shape. */
	public static ObjectNode threadId(String threadId) {
		return create().put("threadId", threadId).node();
	}

	/** Sets a text field; {@code null} leaves it out. */
	public Params put(String key, String value) {
		if (value != null) {
			this.node.put(key, value);
		}
		return this;
	}

	/** Sets a boolean field; {@code null} leaves it out. */
	public Params put(String key, Boolean value) {
		if (value != null) {
			this.node.put(key, value.booleanValue());
		}
		return this;
	}

	/** Sets a whole-number field; {@code null} leaves it out. */
	public Params put(String key, Long value) {
		if (value != null) {
			this.node.put(key, value.longValue());
		}
		return this;
	}

	/** Sets a whole-number field; {@code null} leaves it out. */
	public Params put(String key, Integer value) {
		if (value != null) {
			this.node.put(key, value.intValue());
		}
		return this;
	}

	/** Sets a tree field; {@code null} leaves it out. */
	public Params set(String key, JsonNode value) {
		if (value != null) {
			this.node.set(key, value);
		}
		return this;
	}

	/** Sets a field to an explicit JSON {@code null} (where the protocol means "clear"). */
	public Params putNull(String key) {
		this.node.putNull(key);
		return this;
	}

	/** Sets an array field of the given trees. */
	public Params putArray(String key, Collection<? extends JsonNode> items) {
		ArrayNode array = this.node.putArray(key);
		items.forEach(array::add);
		return this;
	}

	/** Sets a field to a nested object built with its own params. */
	public Params putObject(String key, Params nested) {
		this.node.set(key, nested.node);
		return this;
	}

	/** An array of texts, for {@link #set}. */
	public static ArrayNode texts(Collection<String> items) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		items.forEach(array::add);
		return array;
	}

	/** The built object (mutable: the caller owns it from now on). */
	public ObjectNode node() {
		return this.node;
	}

}
