package dev.codexjava.sample;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The body of a turn request.
 *
 * @param prompt what to ask the agent
 */
public record PromptRequest(String prompt) {

	/**
	 * The prompt, checked.
	 * @return the prompt
	 * @throws ResponseStatusException {@code 400} if it is missing or blank
	 */
	public String requirePrompt() {
		if (this.prompt == null || this.prompt.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'prompt' must not be blank");
		}
		return this.prompt;
	}

}
