package dev.codexjava.sample;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/mode}: the {@link SampleMode} the page labels itself with. */
@RestController
public class ModeController {

	private final SampleMode mode;

	/**
	 * A controller for the mode of {@code environment}.
	 * @param environment the application's environment
	 */
	public ModeController(Environment environment) {
		this.mode = DemoModeCondition.isDemo(environment) ? SampleMode.DEMO : SampleMode.OPENAI;
	}

	/**
	 * The mode.
	 * @return demo or real
	 */
	@GetMapping("/api/mode")
	public SampleMode mode() {
		return this.mode;
	}

}
