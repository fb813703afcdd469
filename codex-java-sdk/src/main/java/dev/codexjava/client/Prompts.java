package dev.codexjava.client;

/** Checks a prompt given as plain text before it becomes a turn's input. */
final class Prompts {

	private Prompts() {
	}

	/**
	 * The prompt, checked.
	 * @throws IllegalArgumentException if it is {@code null} or blank
	 */
	static String require(String prompt) {
		if (prompt == null) {
			throw new IllegalArgumentException("prompt must not be null");
		}
		if (prompt.isBlank()) {
			throw new IllegalArgumentException("prompt must not be blank");
		}
		return prompt;
	}

}
