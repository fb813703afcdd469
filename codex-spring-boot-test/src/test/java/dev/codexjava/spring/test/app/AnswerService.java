package dev.codexjava.spring.test.app;

import org.springframework.stereotype.Service;

import dev.codexjava.client.Codex;
import dev.codexjava.client.ThreadOptions;

/** A service under test: asks Codex. */
@Service
public class AnswerService {

	private final Codex codex;

	public AnswerService(Codex codex) {
		this.codex = codex;
	}

	public String answer(String question) {
		return this.codex.startThread(ThreadOptions.builder().ephemeral(true).build()).run(question).finalResponse();
	}

}
