package dev.codexjava.spring.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

import dev.codexjava.client.Codex;

/**
 * Adds a {@code codex} section to {@code /actuator/info}: the SDK version, the app-server version range the SDK
 * supports ({@code minimumServerVersion}, the pinned version, and {@code newestTestedServerVersion}) and the version
 * each client's app-server reported ({@code serverVersion} for one {@code Codex} bean, {@code clients.<bean>.serverVersion}
 * for several; absent while not started). Never a path, URL, token or prompt. Reads local state only.
 */
public class CodexInfoContributor implements InfoContributor {

	private final Map<String, Codex> clients;

	/**
	 * A contributor for {@code clients}.
	 * @param clients the {@code Codex} beans by name
	 */
	public CodexInfoContributor(Map<String, Codex> clients) {
		this.clients = Map.copyOf(clients);
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("sdkVersion", Codex.sdkVersion());
		details.put("minimumServerVersion", Codex.MINIMUM_SERVER_VERSION);
		details.put("newestTestedServerVersion", Codex.NEWEST_TESTED_SERVER_VERSION);
		if (this.clients.size() == 1) {
			putVersion(details, this.clients.values().iterator().next());
		}
		else {
			Map<String, Object> clients = new java.util.TreeMap<>();
			this.clients.forEach((name, codex) -> {
				Map<String, Object> client = new LinkedHashMap<>();
				putVersion(client, codex);
				clients.put(name, client);
			});
			details.put("clients", clients);
		}
		builder.withDetail("codex", details);
	}

	private static void putVersion(Map<String, Object> details, Codex codex) {
		String version = codex.serverVersion();
		if (version != null) {
			details.put("serverVersion", version);
		}
	}

}
