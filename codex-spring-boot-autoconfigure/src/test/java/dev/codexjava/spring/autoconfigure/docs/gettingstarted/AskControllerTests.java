package dev.codexjava.spring.autoconfigure.docs.gettingstarted;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import dev.codexjava.client.AsyncCodex;
import dev.codexjava.client.Codex;
import dev.codexjava.spring.autoconfigure.CodexAutoConfiguration;
import dev.codexjava.spring.autoconfigure.CodexDevModeAutoConfiguration;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

/**
 * The getting-started examples on the real binary in dev mode ({@code codex.dev.mock-model=true}): the WebMvc
 * {@link AskController} streams deltas and a done event, a failed turn ends with the generic error event (the model's
 * message stays in the log), and the {@link AskFluxController} does the same as a {@code Flux}.
 */
class AskControllerTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodexDevModeAutoConfiguration.class, CodexAutoConfiguration.class))
		.withPropertyValues("codex.dev.mock-model=true", "codex.binary=" + CodexBinaries.require(),
				"codex.dev.mock-reply=Streamed offline answer");

	@Test
	void theSseEmitterStreamsDeltasAndTheAnswer() {
		this.runner.run((context) -> {
			MockMvc mvc = MockMvcBuilders.standaloneSetup(new AskController(context.getBean(Codex.class))).build();
			String body = stream(mvc);
			assertThat(body).contains("event:delta\ndata:Streamed \n")
				.contains("event:done\ndata:Streamed offline answer");
		});
	}

	@Test
	void aFailedTurnEndsWithAGenericErrorEvent() {
		this.runner.run((context) -> {
			context.getBean(MockModel.class).enqueue(MockResponse.failed("server_error", "internal detail s3cr3t"));
			MockMvc mvc = MockMvcBuilders.standaloneSetup(new AskController(context.getBean(Codex.class))).build();
			String body = stream(mvc);
			assertThat(body).contains("event:error\ndata:Sorry, the answer could not be completed.")
				.doesNotContain("s3cr3t")
				.doesNotContain("event:done");
		});
	}

	@Test
	void theFluxStreamsDeltasAndTheAnswerAndAFailureAsAGenericErrorEvent() {
		this.runner.run((context) -> {
			AskFluxController controller = new AskFluxController(context.getBean(AsyncCodex.class));
			assertThat(controller.ask("hi").map((event) -> event.event() + ":" + event.data())
				.collectList()
				.block(Duration.ofSeconds(60))).containsExactly("delta:Streamed ", "delta:offline ", "delta:answer",
						"done:Streamed offline answer");
			context.getBean(MockModel.class).enqueue(MockResponse.failed("server_error", "internal detail s3cr3t"));
			assertThat(controller.ask("hi")
				.filter((event) -> !"delta".equals(event.event()))
				.map((event) -> event.event() + ":" + event.data())
				.collectList()
				.block(Duration.ofSeconds(60)))
				.containsExactly("error:Sorry, the answer could not be completed. Please try again.");
		});
	}

	private static String stream(MockMvc mvc) throws Exception {
		MvcResult started = mvc.perform(get("/ask").param("prompt", "hi")).andExpect(request().asyncStarted()).andReturn();
		started.getAsyncResult(Duration.ofSeconds(60).toMillis());
		return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString();
	}

}
