package dev.codexjava.sample;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import dev.codexjava.spring.autoconfigure.CodexConfigCustomizer;
import dev.codexjava.spring.autoconfigure.CodexProperties;

/**
 * The offline demo mode (see {@link DemoModeCondition}): starts the {@link DemoModel} with the context and points
 * the auto-configured Codex client at it through a {@link CodexConfigCustomizer} ({@code CODEX_HOME}, working
 * directory, read-only sandbox, approval policy {@code never}, or {@code on-request} with
 * {@code sample.approvals.enabled}). The demo model is closed on context shutdown, after
 * the Codex client that depends on it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoModeCondition.class)
public class DemoModelConfiguration {

	private static final Log logger = LogFactory.getLog(DemoModelConfiguration.class);

	@Bean(destroyMethod = "close")
	DemoModel demoModel() {
		DemoModel demo = DemoModel.start();
		logger.warn("DEMO MODEL (offline): answers are scripted by a mock model at " + demo.baseUrl()
				+ "; no account or network is used. Set OPENAI_API_KEY and restart to use the real model.");
		return demo;
	}

	@Bean
	CodexConfigCustomizer demoModelCodexConfig(DemoModel demo, CodexProperties properties, Environment environment) {
		boolean approvals = environment.getProperty(ApprovalConfiguration.PROPERTY, Boolean.class, false);
		return (builder) -> {
			builder.codexHome(demo.codexHome());
			if (properties.getWorkingDirectory() == null) {
				builder.workingDirectory(demo.workspace());
			}
			// the demo is read-only whatever codex.approval-policy / codex.sandbox say (later overrides win); with
			// sample.approvals.enabled a person may allow a command to run outside the sandbox (policy on-request)
			builder.config("approval_policy", approvals ? "on-request" : "never");
			builder.config("sandbox_mode", "read-only");
			logger.info("Codex uses the demo CODEX_HOME " + demo.codexHome() + " and workspace "
					+ ((properties.getWorkingDirectory() != null) ? properties.getWorkingDirectory() : demo.workspace()));
		};
	}

}
