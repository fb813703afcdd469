// docs/getting-started.md: a service using the Codex bean (the doc quotes it verbatim)
package dev.codexjava.spring.autoconfigure.docs.gettingstarted;

import org.springframework.stereotype.Service;

import dev.codexjava.client.Codex;

@Service
class Summaries {

    private final Codex codex;

    Summaries(Codex codex) {
        this.codex = codex;
    }

    String summarise(String text) {
        return this.codex.startThread().run("Summarise: " + text).finalResponse();
    }

}
