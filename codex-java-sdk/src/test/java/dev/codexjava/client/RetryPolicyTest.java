package dev.codexjava.client;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RetryPolicyTest {

	private static final Duration MS_100 = Duration.ofMillis(100);

	@Test
	void rejectsInvalidValuesWithClearMessages() {
		assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
			.withMessage("maxAttempts must be at least 1, was 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RetryPolicy.builder().initialDelay(Duration.ofMillis(-1)).build())
			.withMessage("delays must not be negative");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RetryPolicy.builder().initialDelay(Duration.ofSeconds(5)).maxDelay(Duration.ofSeconds(1)).build())
			.withMessage("maxDelay (PT1S) must not be smaller than initialDelay (PT5S)");
		assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.builder().multiplier(0.5).build())
			.withMessage("multiplier must be at least 1.0, was 0.5");
		assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.builder().multiplier(Double.NaN).build())
			.withMessageContaining("multiplier must be at least 1.0");
		assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.builder().jitter(1.5).build())
			.withMessage("jitter must be between 0.0 and 1.0, was 1.5");
		assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.builder().jitter(-0.1).build())
			.withMessage("jitter must be between 0.0 and 1.0, was -0.1");
		assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.builder().jitter(Double.NaN).build())
			.withMessageContaining("jitter must be between 0.0 and 1.0");
		assertThatNullPointerException().isThrownBy(() -> RetryPolicy.builder().initialDelay(null).build())
			.withMessage("initialDelay");
	}

	@Test
	void delaysGrowByTheMultiplierUpToTheMaximum() {
		RetryPolicy policy = new RetryPolicy(10, MS_100, 2.0, Duration.ofSeconds(1), 0.0);
		assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMillis(100));
		assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMillis(200));
		assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMillis(400));
		assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofMillis(800));
		assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
		assertThat(policy.delayAfter(9)).isEqualTo(Duration.ofSeconds(1));
		assertThat(policy.delayAfter(5_000)).as("no overflow for huge attempt numbers")
			.isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void multiplierOneKeepsTheDelayConstant() {
		RetryPolicy policy = new RetryPolicy(5, MS_100, 1.0, Duration.ofSeconds(1), 0.0);
		assertThat(policy.delayAfter(1)).isEqualTo(MS_100);
		assertThat(policy.delayAfter(4)).isEqualTo(MS_100);
	}

	@Test
	void jitterVariesEachDelayWithinItsBounds() {
		RetryPolicy policy = new RetryPolicy(5, MS_100, 3.0, Duration.ofMillis(500), 0.2);
		Set<Duration> seen = new HashSet<>();
		for (int i = 0; i < 2_000; i++) {
			Duration first = policy.delayAfter(1);
			assertThat(first).isBetween(Duration.ofMillis(80), Duration.ofMillis(120));
			seen.add(first);
			// 100 ms * 3^2 = 900 ms, capped at 500 ms, then +-20 %
			assertThat(policy.delayAfter(3)).isBetween(Duration.ofMillis(400), Duration.ofMillis(600));
		}
		assertThat(seen).as("jitter actually varies the delay").hasSizeGreaterThan(10);
	}

	@Test
	void noneMeansASingleAttempt() {
		RetryPolicy none = RetryPolicy.none();
		assertThat(none.maxAttempts()).isEqualTo(1);
		assertThat(none.retries()).isFalse();
		assertThat(none.delayAfter(1)).isEqualTo(Duration.ZERO);
	}

	@Test
	void defaultsMatchTheDocumentation() {
		RetryPolicy defaults = RetryPolicy.defaults();
		assertThat(defaults).isEqualTo(new RetryPolicy(3, Duration.ofMillis(250), 2.0, Duration.ofSeconds(2), 0.2));
		assertThat(defaults.retries()).isTrue();
		assertThat(RetryPolicy.builder().build()).isEqualTo(defaults);
	}

	@Test
	void toBuilderStartsFromThePolicy() {
		RetryPolicy policy = RetryPolicy.builder().maxAttempts(7).jitter(0.0).build();
		RetryPolicy changed = policy.toBuilder().initialDelay(Duration.ofMillis(10)).build();
		assertThat(changed.maxAttempts()).isEqualTo(7);
		assertThat(changed.jitter()).isZero();
		assertThat(changed.initialDelay()).isEqualTo(Duration.ofMillis(10));
		assertThat(changed.maxDelay()).isEqualTo(Duration.ofSeconds(2));
	}

}
