package dev.codexjava.spring.autoconfigure.docs.gettingstarted;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.codexjava.client.AsyncCodex;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.protocol.model.TurnStatus;

/** docs/getting-started.md: the WebFlux example (compiled here; the doc must quote it verbatim). */
@RestController
class AskFluxController {

    private static final Logger log = LoggerFactory.getLogger(AskFluxController.class);

    private static final String GENERIC_ERROR = "Sorry, the answer could not be completed. Please try again.";

    private final AsyncCodex codex;

    AskFluxController(AsyncCodex codex) {
        this.codex = codex;
    }

    @GetMapping(path = "/ask", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<String>> ask(@RequestParam String prompt) {
        return Mono.fromFuture(() -> this.codex.startThread().thenCompose((thread) -> thread.turnAsync(prompt)))
            .flatMapMany((turn) -> JdkFlowAdapter.flowPublisherToFlux(turn.publisher())
                // cancelled when the client goes away: stop the agent too
                .doOnCancel(turn::interruptAsync))
            .<ServerSentEvent<String>>handle((event, sink) -> {
                if (event instanceof TurnEvent.AgentMessageDelta delta) {
                    sink.next(ServerSentEvent.builder(delta.delta()).event("delta").build());
                }
                else if (event instanceof TurnEvent.Completed done && done.result().status() == TurnStatus.COMPLETED) {
                    sink.next(ServerSentEvent.builder(done.result().finalResponse()).event("done").build());
                }
                else if (event instanceof TurnEvent.Completed done) {
                    sink.error(new IllegalStateException("turn ended " + done.result().status()));
                }
            })
            .onErrorResume((failure) -> {
                log.warn("Turn failed", failure);           // details in the log, never to the browser
                return Mono.just(ServerSentEvent.builder(GENERIC_ERROR).event("error").build());
            });
    }

}
