package dev.codexjava.bench;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The soak's descriptor rule: a leak fails it, a descriptor caught in passing does not, and a failure names it. */
class SoakVerdictTest {

	@Test
	void aDescriptorCaughtInPassingWhileTurnsRunDoesNotFailTheSoak() {
		SoakScenario soak = soak(45, 45, 45, 46, 45, 45);
		soak.idle = sample(200, 45, Map.of("pipe", 4));

		assertThat(descriptorCheck(soak).ok()).isTrue();
	}

	@Test
	void oneDescriptorMoreThanTheWarmUpPeakWhenIdleFailsAndNamesItsKind() {
		SoakScenario soak = soak(45, 45, 45, 45, 46, 46);
		soak.idle = sample(200, 46, Map.of("pipe", 4, "/tmp/leaked.log", 1));

		SoakScenario.Check check = descriptorCheck(soak);

		assertThat(check.ok()).isFalse();
		assertThat(check.measured()).contains("idle 46 (warm-up peak 45)").contains("/tmp/leaked.log=1 at");
	}

	@Test
	void descriptorsGrowingWhileTurnsRunFailEvenIfTheyAreClosedBeforeIdle() {
		SoakScenario soak = soak(45, 45, 45, 47, 48, 49);
		soak.idle = sample(200, 45, Map.of("pipe", 4));

		assertThat(descriptorCheck(soak).ok()).isFalse();
	}

	/** Six samples at turns 0, 40, ... 200 of a 200-turn soak: the first three are the warm-up. */
	private static SoakScenario soak(int... otherFds) {
		SoakScenario soak = new SoakScenario(null, SoakScenario.Options.smoke());
		for (int i = 0; i < otherFds.length; i++) {
			soak.samples.add(sample(i * 40L, otherFds[i], Map.of("pipe", 4)));
		}
		soak.done.set(200);
		soak.baseline = sample(0, 40, Map.of());
		soak.afterClose = soak.baseline;
		return soak;
	}

	private static SoakScenario.Sample sample(long turns, int otherFds, Map<String, Integer> kinds) {
		return new SoakScenario.Sample(turns / 20.0, turns, 0, 20, 100_000, 10 << 20, 8 << 20, 20, 5, 1, 4, 2,
				otherFds + 3, 3, 1, 1, 200_000, 40, 4, 0, 1.0, kinds);
	}

	private static SoakScenario.Check descriptorCheck(SoakScenario soak) {
		List<SoakScenario.Check> checks = soak.verdict();
		return checks.stream().filter((c) -> c.name().equals("open descriptors without sockets")).findFirst().orElseThrow();
	}

}
