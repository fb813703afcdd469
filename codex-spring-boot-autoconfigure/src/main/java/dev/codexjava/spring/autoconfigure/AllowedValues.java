package dev.codexjava.spring.autoconfigure;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import dev.codexjava.client.ApprovalPolicy;
import dev.codexjava.client.SandboxMode;

/**
 * The values {@code codex.*} properties accept, and the exceptions that reject the others. Shared by
 * {@link CodexProperties} (validation while binding) and {@link InvalidCodexPropertyFailureAnalyzer} (the start-up
 * report).
 */
final class AllowedValues {

	/** Approval policies accepted as configuration ({@code untrusted} is rejected, see {@link #UNTRUSTED_REASON}). */
	static final List<String> APPROVAL_POLICIES = List.of(ApprovalPolicy.ON_REQUEST.wireValue(),
			ApprovalPolicy.NEVER.wireValue());

	/** Sandbox modes. */
	static final List<String> SANDBOX_MODES = Arrays.stream(SandboxMode.values()).map(SandboxMode::wireValue).toList();

	static final String UNTRUSTED_REASON = "must be one of " + APPROVAL_POLICIES + ". 'untrusted' is not supported "
			+ "as configuration: codex 0.169.0 exits at start-up when it is given as --config approval_policy. Set it "
			+ "per thread or turn instead (ThreadOptions/TurnOptions approvalPolicy(ApprovalPolicy.UNTRUSTED))";

	private AllowedValues() {
	}

	/** A rejected value; Spring Boot reports it as "Invalid value ... for configuration property ...". */
	static InvalidConfigurationPropertyValueException invalid(String property, Object value, String reason) {
		return new InvalidConfigurationPropertyValueException(property, value, reason);
	}

	static Duration positive(String property, Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw invalid(property, value, "must be a positive duration, such as 30s, 500ms or 2m");
		}
		return value;
	}

	static Duration notNegative(String property, Duration value) {
		if (value == null || value.isNegative()) {
			throw invalid(property, value, "must be a duration of zero or more, such as 250ms or 2s");
		}
		return value;
	}

	static String text(String property, String value) {
		if (value != null && value.isBlank()) {
			throw invalid(property, value, "must not be blank");
		}
		return value;
	}

	/**
	 * What a property of {@code type} accepts, for messages: the allowed values of enumerated types, or a short
	 * description of the expected format; {@code null} if nothing useful can be said.
	 */
	static String describe(Class<?> type) {
		if (type == null) {
			return null;
		}
		if (type == SandboxMode.class) {
			return "one of " + String.join(", ", SANDBOX_MODES);
		}
		if (type == ApprovalPolicy.class) {
			return "one of " + String.join(", ", APPROVAL_POLICIES)
					+ " ('untrusted' only per thread or turn, not as configuration)";
		}
		if (type.isEnum()) {
			return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
				.toList());
		}
		if (type == Duration.class) {
			return "a duration, such as 30s, 500ms, 2m or PT30S";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		if (type == double.class || type == Double.class) {
			return "a number";
		}
		return null;
	}

}
