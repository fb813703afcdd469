package dev.codexjava.protocol.model;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;

/**
 * Decodes an item's raw JSON into the full generated record of the pinned protocol
 * ({@code protocol.generated.ThreadItem}), for {@link ThreadItem#typed()}. Knows nothing of the item records, so
 * {@code ThreadItem} can use it without a dependency cycle.
 */
final class TypedItemDecoder {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(TypedItemDecoder.class);

		private Logs() {
		}

	}

	private TypedItemDecoder() {
	}

	/** The generated record, or empty when {@code raw} is not an object or does not decode into it. */
	static Optional<dev.codexjava.protocol.generated.ThreadItem> decode(JsonNode raw) {
		if (raw == null || !raw.isObject()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Json.convert(raw, dev.codexjava.protocol.generated.ThreadItem.class));
		}
		catch (IllegalArgumentException ex) {
			// the message may quote the item's content: not logged
			Logs.log.debug("A {} item does not decode into the generated ThreadItem", Json.text(raw, "type"));
			return Optional.empty();
		}
	}

}
