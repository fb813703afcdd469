package dev.codexjava.spring.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.RetryPolicy;
import dev.codexjava.client.SupervisionPolicy;

/**
 * Maps {@link CodexProperties} onto a {@link CodexConfig.Builder}. {@code codex.config} entries become
 * {@code --config} overrides first; {@code codex.model}, {@code codex.approval-policy} and {@code codex.sandbox}
 * follow as {@code model}, {@code approval_policy} and {@code sandbox_mode} overrides, so they win over the same keys
 * in {@code codex.config}.
 */
final class CodexConfigFactory {

	/** The client name when neither {@code codex.client.name} nor {@code spring.application.name} is set. */
	static final String DEFAULT_CLIENT_NAME = "codex_spring_boot";

	private CodexConfigFactory() {
	}

	/**
	 * A builder populated from {@code properties}.
	 * @param applicationName {@code spring.application.name}, or {@code null}
	 * @throws org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException if a
	 * value is rejected
	 */
	static CodexConfig.Builder builder(CodexProperties properties, String applicationName) {
		CodexConfig.Builder builder = CodexConfig.builder()
			.codexBinary(properties.getBinary())
			.codexHome(properties.getCodexHome())
			.workingDirectory(properties.getWorkingDirectory())
			.apiKey(properties.getApiKey())
			.startupTimeout(properties.getStartupTimeout())
			.requestTimeout(properties.getRequestTimeout())
			.turnTimeout(properties.getTurnTimeout().isZero() ? null : properties.getTurnTimeout())
			.modelUnreachableTimeout(properties.getModelUnreachableTimeout().isZero() ? null
					: properties.getModelUnreachableTimeout())
			.shutdownTimeout(properties.getShutdownTimeout())
			.retryPolicy(retryPolicy(properties.getRetry()))
			.supervision(supervision(properties.getSupervision()))
			.approvalHandler(approvalHandler(properties.getApprovals().getDefault()))
			.approvalThreads(properties.getApprovals().getHandlerThreads())
			.approvalTimeout(properties.getApprovals().getTimeout().isZero() ? null
					: properties.getApprovals().getTimeout());
		env(builder, properties.getEnv());
		inheritEnv(builder, properties.getInheritEnv());
		configOverrides(builder, properties);
		client(builder, properties.getClient(), applicationName);
		builder.experimentalApi(properties.isExperimentalApi());
		return builder;
	}

	private static void env(CodexConfig.Builder builder, Map<String, String> env) {
		if (env == null) {
			return;
		}
		env.forEach((name, value) -> {
			try {
				builder.env(name, (value != null) ? value : "");
			}
			catch (IllegalArgumentException ex) {
				throw AllowedValues.invalid("codex.env", name, "must use valid environment variable names ("
						+ ex.getMessage() + ")");
			}
		});
	}

	private static void inheritEnv(CodexConfig.Builder builder, List<String> names) {
		if (names == null) {
			return;
		}
		try {
			builder.inheritOnly(names.toArray(String[]::new));
		}
		catch (IllegalArgumentException ex) {
			throw AllowedValues.invalid("codex.inherit-env", names, "must list environment variable names ("
					+ ex.getMessage() + ")");
		}
	}

	private static void configOverrides(CodexConfig.Builder builder, CodexProperties properties) {
		CodexConfigOverrides.of(properties.getConfig()).forEach((key, value) -> {
			try {
				builder.config(key, value);
			}
			catch (IllegalArgumentException ex) {
				throw AllowedValues.invalid("codex.config." + key, value,
						"must be a string, number, boolean, list or map under a key of letters, digits, '_' and '-' ("
								+ ex.getMessage() + ")");
			}
		});
		if (properties.getModel() != null) {
			builder.config("model", properties.getModel());
		}
		if (properties.getApprovalPolicy() != null) {
			builder.config("approval_policy", properties.getApprovalPolicy().wireValue());
		}
		if (properties.getSandbox() != null) {
			builder.config("sandbox_mode", properties.getSandbox().wireValue());
		}
	}

	private static void client(CodexConfig.Builder builder, CodexProperties.Client client, String applicationName) {
		String name = client.getName();
		if (name == null) {
			name = (applicationName != null && !applicationName.isBlank()) ? applicationName : DEFAULT_CLIENT_NAME;
		}
		builder.clientName(name);
		if (client.getTitle() != null) {
			builder.clientTitle(client.getTitle());
		}
		// unset: the SDK's default, Codex.sdkVersion() (from a build-time resource; the starter is released with it)
		if (client.getVersion() != null) {
			builder.clientVersion(client.getVersion());
		}
	}

	/**
	 * The SDK's retry policy from {@code codex.retry.*}: {@link RetryPolicy#none()} unless both
	 * {@code codex.retry.enabled} and {@code codex.retry.sdk.enabled} are on. {@code max-retries} counts retries, the
	 * SDK attempts ({@code max-retries + 1}); the jitter duration becomes the SDK's fraction of each delay
	 * ({@code jitter / delay}), which scales with the back-off as Spring's jitter does.
	 */
	static RetryPolicy retryPolicy(CodexProperties.Retry retry) {
		if (!retry.isEnabled() || !retry.getSdk().isEnabled()) {
			return RetryPolicy.none();
		}
		checkRetry(retry);
		Duration delay = retry.getDelay();
		Duration jitter = retry.jitterOrDefault();
		double fraction = delay.isZero() ? 0.0 : Math.min(1.0, (double) jitter.toNanos() / delay.toNanos());
		return RetryPolicy.builder()
			.maxAttempts(Math.toIntExact(retry.getMaxRetries() + 1))
			.initialDelay(delay)
			.multiplier(retry.getMultiplier())
			.maxDelay(retry.getMaxDelay())
			.jitter(fraction)
			.build();
	}

	/** The checks across {@code codex.retry.*} properties that no single setter can make. */
	static void checkRetry(CodexProperties.Retry retry) {
		if (retry.getMaxDelay().compareTo(retry.getDelay()) < 0) {
			throw AllowedValues.invalid("codex.retry.max-delay", retry.getMaxDelay(),
					"must not be smaller than codex.retry.delay (" + retry.getDelay() + ")");
		}
		if (retry.getJitter() != null && retry.getJitter().compareTo(retry.getDelay()) > 0) {
			throw AllowedValues.invalid("codex.retry.jitter", retry.getJitter(),
					"must not be larger than codex.retry.delay (" + retry.getDelay() + ")");
		}
	}

	static SupervisionPolicy supervision(CodexProperties.Supervision supervision) {
		if (!supervision.isEnabled()) {
			return SupervisionPolicy.disabled();
		}
		if (supervision.getMaxDelay().compareTo(supervision.getInitialDelay()) < 0) {
			throw AllowedValues.invalid("codex.supervision.max-delay", supervision.getMaxDelay(),
					"must not be smaller than codex.supervision.initial-delay (" + supervision.getInitialDelay() + ")");
		}
		return new SupervisionPolicy(true, supervision.getMaxRestarts(), supervision.getWindow(),
				supervision.getInitialDelay(), 2.0, supervision.getMaxDelay());
	}

	static ApprovalHandler approvalHandler(CodexProperties.Approvals.Decision decision) {
		return (decision == CodexProperties.Approvals.Decision.ACCEPT) ? ApprovalHandler.acceptCommandsAndFileChanges()
				: ApprovalHandler.DECLINE_ALL;
	}

}
