package dev.codexjava.protocol.model;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;

/**
 * The signed-in account ({@code account/read}).
 *
 * @param type {@code apiKey}, {@code chatgpt}, ... or {@code null} when nobody is signed in
 * @param email the ChatGPT e-mail, or {@code null}
 * @param planType the ChatGPT plan, or {@code null}
 * @param requiresOpenaiAuth whether the configured provider needs an OpenAI login at all
 * @param raw the response as received
 */
public record AccountInfo(@Nullable String type, @Nullable String email, @Nullable String planType,
		boolean requiresOpenaiAuth, JsonNode raw) {

	/** Reads an {@code account/read} result. */
	public static AccountInfo from(JsonNode result) {
		JsonNode account = result.get("account");
		JsonNode requires = result.get("requiresOpenaiAuth");
		boolean hasAccount = account != null && account.isObject();
		return new AccountInfo(hasAccount ? Json.text(account, "type") : null,
				hasAccount ? Json.text(account, "email") : null, hasAccount ? Json.text(account, "planType") : null,
				requires != null && requires.asBoolean(false), result);
	}

	/** Whether an account is signed in. */
	public boolean isSignedIn() {
		return this.type != null;
	}

}
