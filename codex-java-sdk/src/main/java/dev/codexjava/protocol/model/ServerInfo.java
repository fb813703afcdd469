package dev.codexjava.protocol.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;

/**
 * What the server said in its {@code initialize} response: the user agent (which carries the server version), its
 * {@code CODEX_HOME} and platform.
 *
 * @param userAgent e.g. {@code my-app/0.169.0 (Debian 12.0.0; x86_64) ...}
 * @param version the server version parsed from the user agent (e.g. {@code 0.169.0}), or {@code null}
 * @param codexHome the server's {@code CODEX_HOME}, or {@code null}
 * @param platformFamily e.g. {@code unix}
 * @param platformOs e.g. {@code linux}
 * @param raw the response as received
 */
public record ServerInfo(@Nullable String userAgent, @Nullable String version, @Nullable String codexHome,
		@Nullable String platformFamily, @Nullable String platformOs, JsonNode raw) {

	private static final Pattern VERSION = Pattern.compile("^[^/\\s]+/(\\d+\\.\\d+\\.\\d+(?:[-.][0-9A-Za-z.]+)?)");

	/** Reads an {@code initialize} result. */
	public static ServerInfo from(JsonNode result) {
		String userAgent = Json.text(result, "userAgent");
		JsonNode serverInfo = result.get("serverInfo");
		String version = (serverInfo != null) ? Json.text(serverInfo, "version") : null;
		if (version == null && userAgent != null) {
			Matcher matcher = VERSION.matcher(userAgent);
			if (matcher.find()) {
				version = matcher.group(1);
			}
		}
		return new ServerInfo(userAgent, version, Json.text(result, "codexHome"), Json.text(result, "platformFamily"),
				Json.text(result, "platformOs"), result);
	}

}
