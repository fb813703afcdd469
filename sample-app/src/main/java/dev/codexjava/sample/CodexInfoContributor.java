package dev.codexjava.sample;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.codexjava.client.Codex;

/** Adds a {@code codex} section to {@code /actuator/info}: the mode, the app-server and SDK versions. */
@Component
public class CodexInfoContributor implements InfoContributor {

	private final Codex codex;

	private final boolean demo;

	/**
	 * A contributor for {@code codex}.
	 * @param codex the client
	 * @param environment the application's environment, for the mode
	 */
	public CodexInfoContributor(Codex codex, Environment environment) {
		this.codex = codex;
		this.demo = DemoModeCondition.isDemo(environment);
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("mode", this.demo ? "demo" : "openai");
		details.put("serverVersion", this.codex.serverVersion());
		details.put("sdkVersion", Codex.sdkVersion());
		builder.withDetail("codex", details);
	}

}
