package dev.codexjava.testkit;

import java.nio.charset.StandardCharsets;

/**
 * One Server-Sent Event of a mocked Responses API stream.
 * @param type the event type (also the {@code type} field of the JSON payload)
 * @param data the JSON payload, on one line
 */
record SseEvent(String type, String data) {

	/** The event as framed on the wire: {@code event: <type>\ndata: <json>\n\n}. */
	byte[] frame() {
		return ("event: " + this.type + "\ndata: " + this.data + "\n\n").getBytes(StandardCharsets.UTF_8);
	}

}
