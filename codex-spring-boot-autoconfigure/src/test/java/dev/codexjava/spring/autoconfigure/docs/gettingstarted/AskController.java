package dev.codexjava.spring.autoconfigure.docs.gettingstarted;

import java.io.IOException;
import java.util.concurrent.Flow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.codexjava.client.Codex;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;
import dev.codexjava.protocol.model.TurnStatus;

/** docs/getting-started.md: the WebMvc SSE example (compiled here; the doc must quote it verbatim). */
@RestController
class AskController {

    private static final Logger log = LoggerFactory.getLogger(AskController.class);

    private static final String GENERIC_ERROR = "Sorry, the answer could not be completed. Please try again.";

    private final Codex codex;

    AskController(Codex codex) {
        this.codex = codex;
    }

    @GetMapping(path = "/ask", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter ask(@RequestParam String prompt) {
        SseEmitter emitter = new SseEmitter(0L);            // no MVC timeout: codex.turn-timeout applies
        TurnHandle turn = this.codex.startThread().turn(prompt);
        // events are pushed as the emitter takes them, on the SDK's threads: no thread per stream
        turn.publisher().subscribe(new Flow.Subscriber<TurnEvent>() {

            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                subscription.request(1);
            }

            @Override
            public void onNext(TurnEvent event) {
                try {
                    if (event instanceof TurnEvent.AgentMessageDelta delta) {
                        emitter.send(SseEmitter.event().name("delta").data(delta.delta()));
                    }
                    else if (event instanceof TurnEvent.Completed done) {
                        if (done.result().status() == TurnStatus.COMPLETED) {
                            emitter.send(SseEmitter.event().name("done").data(done.result().finalResponse()));
                        }
                        else {
                            log.warn("Turn {} ended {}: {}", turn.id(), done.result().status(), done.result().error());
                            emitter.send(SseEmitter.event().name("error").data(GENERIC_ERROR));
                        }
                    }
                    this.subscription.request(1);
                }
                catch (IOException | IllegalStateException clientGone) {
                    this.subscription.cancel();
                    turn.interruptAsync();                  // the browser left: stop the agent too
                }
            }

            @Override
            public void onError(Throwable failure) {
                log.warn("Turn {} failed", turn.id(), failure);   // details in the log, never to the browser
                try {
                    emitter.send(SseEmitter.event().name("error").data(GENERIC_ERROR));
                }
                catch (IOException | IllegalStateException clientGone) {
                    // nothing left to tell
                }
                emitter.complete();
            }

            @Override
            public void onComplete() {
                emitter.complete();
            }

        });
        return emitter;
    }

}
