package dev.codexjava.sample;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Adds {@code sample.mode} ({@code demo} or {@code openai}) to {@code /actuator/info}; the {@code codex} section
 * (SDK and app-server versions) comes from the starter's {@code CodexInfoContributor}.
 */
@Component
public class SampleModeInfoContributor implements InfoContributor {

	private final boolean demo;

	/**
	 * A contributor for the sample's mode.
	 * @param environment the application's environment, for the mode
	 */
	public SampleModeInfoContributor(Environment environment) {
		this.demo = DemoModeCondition.isDemo(environment);
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("sample", Map.of("mode", this.demo ? "demo" : "openai"));
	}

}
