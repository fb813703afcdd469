// docs/getting-started.md: plain Java (the doc quotes it verbatim)
package dev.codexjava.spring.autoconfigure.docs.gettingstarted;

import java.nio.file.Path;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.TurnResult;

public class Hello {

    public static void main(String[] args) {
        CodexConfig config = CodexConfig.builder()
                .workingDirectory(Path.of("."))   // also the default cwd of new threads
                .build();
        try (Codex codex = Codex.start(config)) {          // spawns the app-server, does the handshake
            CodexThread thread = codex.startThread();
            TurnResult result = thread.run("Summarise the README in one sentence");
            System.out.println(result.finalResponse());
            if (result.usage() != null) {
                System.out.println(result.usage().totalTokens() + " tokens");
            }
        }                                                   // stops the process and its descendants
    }

}
