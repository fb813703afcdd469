package dev.codexjava.bench;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The soak's descriptor and thread rules: a leak fails them, one caught in passing does not, a failure names it. */
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
		return sample(turns, otherFds, kinds, 12);
	}

	/** {@code ownThreads} JVM threads besides 5 of the mock's, 1 worker and 2 of the SDK's pool. */
	private static SoakScenario.Sample sample(long turns, int otherFds, Map<String, Integer> kinds, int ownThreads) {
		return new SoakScenario.Sample(turns / 20.0, turns, 0, 20, 100_000, 10 << 20, 8 << 20, ownThreads + 8, 5, 1, 4,
				2, otherFds + 3, 3, 1, 1, 200_000, 40, 4, 0, 1.0, kinds, Map.of("main", 1, "codex-#-timer-#", 1,
						"process reaper", ownThreads - 2));
	}

	private static SoakScenario.Check descriptorCheck(SoakScenario soak) {
		return check(soak, "open descriptors without sockets");
	}

	private static SoakScenario.Check check(SoakScenario soak, String name) {
		List<SoakScenario.Check> checks = soak.verdict();
		return checks.stream().filter((c) -> c.name().startsWith(name)).findFirst().orElseThrow();
	}

	@Test
	void twoThreadsCaughtInPassingDoNotFailTheSoakButAThreadLeftWhenIdleDoesAndIsNamed() {
		SoakScenario passing = soak(45, 45, 45, 45, 45, 45);
		passing.samples.set(4, sample(160, 45, Map.of("pipe", 4), 14));
		passing.idle = sample(200, 45, Map.of("pipe", 4), 12);
		assertThat(check(passing, "JVM threads").ok()).isTrue();

		SoakScenario leaking = soak(45, 45, 45, 45, 45, 45);
		leaking.idle = sample(200, 45, Map.of("pipe", 4), 13);
		SoakScenario.Check check = check(leaking, "JVM threads");
		assertThat(check.ok()).isFalse();
		assertThat(check.measured()).contains("idle 13 (warm-up peak 12)").contains("process reaper=11 at");
	}

}
