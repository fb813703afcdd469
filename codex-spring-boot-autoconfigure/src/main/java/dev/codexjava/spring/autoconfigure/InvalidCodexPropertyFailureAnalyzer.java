package dev.codexjava.spring.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Explains an invalid {@code codex.*} property value at start-up: the property, the value, where it came from and
 * the allowed values. Covers values that cannot be converted (an unknown sandbox mode, a malformed duration) and
 * values rejected by {@link CodexProperties} (for example {@code codex.approval-policy=untrusted} or a negative
 * timeout). Runs before Spring Boot's generic binding analyzer. Values of {@code codex.api-key} and
 * {@code codex.env.*} are never shown.
 */
class InvalidCodexPropertyFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final String NL = System.lineSeparator();

	private final Environment environment;

	/**
	 * An analyzer that looks up where rejected values come from.
	 * @param environment the application's environment, or {@code null}
	 */
	InvalidCodexPropertyFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		InvalidConfigurationPropertyValueException invalid = find(failure,
				InvalidConfigurationPropertyValueException.class);
		if (invalid != null && isCodexProperty(invalid.getName())) {
			String description = "Invalid value " + value(invalid.getName(), invalid.getValue())
					+ "for configuration property '" + invalid.getName() + "'" + origin(lookUpOrigin(invalid.getName()))
					+ ":" + NL + NL + "    It "
					+ invalid.getReason() + ".";
			String action = "Update the value of '" + invalid.getName() + "': it " + invalid.getReason() + ".";
			return new FailureAnalysis(description, action, failure);
		}
		BindException bind = find(failure, BindException.class);
		if (bind != null && isCodexProperty(bind.getName().toString()) && bind.getProperty() != null) {
			String name = bind.getName().toString();
			ConfigurationProperty property = bind.getProperty();
			Class<?> type = bind.getTarget().getType().resolve();
			String formerJitter = formerJitterFraction(name, property.getValue());
			if (formerJitter != null) {
				String description = "Invalid value " + value(name, property.getValue())
						+ "for configuration property '" + name + "'" + origin(property.getOrigin()) + ":" + NL + NL
						+ "    It is a duration now, as in Spring's RetryPolicySettings, no longer a fraction of the "
						+ "delay: " + formerJitter + ".";
				String action = "Update the value of '" + name + "' to a duration: " + formerJitter + ".";
				return new FailureAnalysis(description, action, failure);
			}
			String allowed = AllowedValues.describe(type);
			Throwable cause = (bind.getCause() != null) ? bind.getCause() : bind;
			String description = "Invalid value " + value(name, property.getValue()) + "for configuration property '"
					+ name + "'" + origin(property.getOrigin()) + ":" + NL + NL + "    "
					+ ((allowed != null) ? "It must be " + allowed + "." : mostSpecificMessage(cause));
			String action = "Update the value of '" + name + "'"
					+ ((allowed != null) ? " to " + allowed + "." : " in your application's configuration.");
			return new FailureAnalysis(description, action, failure);
		}
		return null;
	}

	/**
	 * For a former {@code codex.retry.jitter} fraction (such as {@code 0.2}), the equivalent duration, worked out
	 * from the configured delay; {@code null} for any other property or value.
	 */
	private String formerJitterFraction(String name, Object value) {
		if (!"codex.retry.jitter".equals(name) || value == null) {
			return null;
		}
		double fraction;
		try {
			fraction = Double.parseDouble(value.toString().trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
		if (!(fraction >= 0.0 && fraction <= 1.0)) {
			return null;
		}
		Duration delay = configuredDelay();
		Duration equivalent = Duration.ofMillis(Math.round(delay.toMillis() * fraction));
		return "the former " + value + " of the delay (" + DurationStyle.SIMPLE.print(delay) + ") is "
				+ DurationStyle.SIMPLE.print(equivalent);
	}

	private Duration configuredDelay() {
		if (this.environment != null) {
			for (String property : new String[] { "codex.retry.delay", "codex.retry.initial-delay" }) {
				try {
					String text = this.environment.getProperty(property);
					if (text != null) {
						return DurationStyle.detectAndParse(text.trim());
					}
				}
				catch (RuntimeException ex) {
					// not a duration either: fall back to the default
				}
			}
		}
		return Duration.ofMillis(250);
	}

	private static boolean isCodexProperty(String name) {
		return name != null && name.startsWith("codex.");
	}

	private static String value(String name, Object value) {
		if (value == null) {
			return "";
		}
		if (name.equals("codex.api-key") || name.startsWith("codex.env.")) {
			return "'******' ";
		}
		return "'" + value + "' ";
	}

	private Origin lookUpOrigin(String name) {
		ConfigurationPropertyName propertyName = ConfigurationPropertyName.ofIfValid(name);
		if (this.environment == null || propertyName == null) {
			return null;
		}
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			ConfigurationProperty property = source.getConfigurationProperty(propertyName);
			if (property != null) {
				return property.getOrigin();
			}
		}
		return null;
	}

	private static String origin(Origin origin) {
		return (origin != null) ? " (originating from '" + origin + "')" : "";
	}

	private static String mostSpecificMessage(Throwable failure) {
		Throwable current = failure;
		while (current.getCause() != null && current.getCause() != current) {
			current = current.getCause();
		}
		return current.getMessage();
	}

	private static <E extends Throwable> E find(Throwable failure, Class<E> type) {
		Throwable current = failure;
		while (current != null) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			current = (current.getCause() != current) ? current.getCause() : null;
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
