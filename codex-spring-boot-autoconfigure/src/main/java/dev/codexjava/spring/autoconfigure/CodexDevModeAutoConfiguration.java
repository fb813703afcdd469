package dev.codexjava.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the dev mode, switched
 * on with {@code codex.dev.mock-model=true} when {@code codex-testkit} is on the class path: the testkit's
 * {@link MockModel} (a loopback mock of the Responses API answering every turn with {@code codex.dev.mock-reply})
 * and a throwaway {@link MockCodexHome} pointing at it, both closed with the context, and a
 * {@link CodexConfigCustomizer} that makes the app-server use that home (and, unless {@code codex.binary} is set, the
 * binary the testkit finds). Logs a warning at start-up: nothing reaches a real model.
 */
@AutoConfiguration(before = CodexAutoConfiguration.class,
		afterName = "dev.codexjava.spring.test.CodexMockModelAutoConfiguration")
@ConditionalOnClass(name = { "dev.codexjava.testkit.MockModel", "dev.codexjava.client.Codex" })
@ConditionalOnBooleanProperty(name = "codex.dev.mock-model")
@EnableConfigurationProperties(CodexProperties.class)
public final class CodexDevModeAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(CodexDevModeAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	MockModel codexDevMockModel(CodexProperties properties) {
		String reply = properties.getDev().getMockReply();
		// streamed word by word, so that a streaming page shows deltas arriving
		List<String> deltas = new ArrayList<>();
		Matcher words = Pattern.compile("\\S+\\s*").matcher(reply);
		while (words.find()) {
			deltas.add(words.group());
		}
		return MockModel.start().defaultResponse(MockResponse.streamed(reply, deltas));
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	MockCodexHome codexDevMockHome(MockModel codexDevMockModel) {
		return MockCodexHome.builder(codexDevMockModel).build();
	}

	@Bean
	CodexConfigCustomizer codexDevModeCustomizer(MockModel model, MockCodexHome home, CodexProperties properties) {
		logger.warn("CODEX DEV MODE (codex.dev.mock-model=true): turns are answered by the testkit's scripted mock "
				+ "model on {}, not by a real model; CODEX_HOME is the throwaway {}. Never enable this in production.",
				model.baseUrl(), home.path());
		return (builder) -> {
			builder.codexHome(home.path());
			if (properties.getBinary() == null) {
				CodexBinaries.find().ifPresent(builder::codexBinary);
			}
		};
	}

}
