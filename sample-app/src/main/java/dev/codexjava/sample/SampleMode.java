package dev.codexjava.sample;

/**
 * Which model the app talks to, for the page's badge and the {@code info} endpoint. Never carries a key.
 *
 * @param demo whether the offline demo model answers
 * @param label what the page shows, e.g. {@code DEMO MODEL (offline)}
 * @param description one sentence on what that means
 */
public record SampleMode(boolean demo, String label, String description) {

	/** The offline demo model. */
	public static final SampleMode DEMO = new SampleMode(true, "DEMO MODEL (offline)",
			"Scripted answers from a mock model on 127.0.0.1; no account or network is used. "
					+ "Set OPENAI_API_KEY and restart to use the real model.");

	/** The real model, logged in with an API key. */
	public static final SampleMode OPENAI = new SampleMode(false, "OpenAI model",
			"Turns run on the real Codex model with the configured API key.");

}
