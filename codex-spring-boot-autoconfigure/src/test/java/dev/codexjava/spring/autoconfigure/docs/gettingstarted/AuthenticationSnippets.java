// docs/getting-started.md: the authentication fragment (the doc quotes the method body verbatim)
package dev.codexjava.spring.autoconfigure.docs.gettingstarted;

import java.time.Duration;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.LoginHandle;
import dev.codexjava.client.LoginResult;
import dev.codexjava.protocol.model.AccountInfo;

final class AuthenticationSnippets {

    private AuthenticationSnippets() {
    }

    @SuppressWarnings({ "resource", "unused" })
    static void logIn(String apiKey) {
        // an API key, at start-up: sent through the protocol, never on the command line, never logged
        Codex codex = Codex.start(CodexConfig.builder().apiKey(System.getenv("OPENAI_API_KEY")).build());

        // or later
        codex.loginApiKey(apiKey);

        // ChatGPT in a browser
        LoginHandle login = codex.loginChatgpt();
        System.out.println("Open " + login.authUrl());
        LoginResult outcome = login.await(Duration.ofMinutes(5));   // CodexTimeoutException if it takes longer

        // ChatGPT with a device code (for machines without a browser)
        LoginHandle device = codex.loginChatgptDeviceCode();
        System.out.println("Go to " + device.verificationUrl() + " and enter " + device.userCode());

        AccountInfo account = codex.account();   // account.isSignedIn(), account.type(), account.requiresOpenaiAuth()
        codex.logout();
    }

}
