package dev.codexjava.client;

import tools.jackson.core.JacksonException;

/**
 * What the SDK may log or answer about JSON that did not map onto a protocol record: the types and field names of
 * where it failed, never the mapper's message, which quotes the offending value (a command, a path, output).
 */
final class MappingErrors {

	private MappingErrors() {
	}

	/** {@code " at Type["field"]"} for the first mapper exception in the chain with a path, or empty. */
	static String where(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				return " at " + jackson.getPathReference();
			}
		}
		return "";
	}

}
