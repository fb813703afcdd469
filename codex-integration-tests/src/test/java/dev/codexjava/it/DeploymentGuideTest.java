package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;
import dev.codexjava.transport.RemoteAuth;
import dev.codexjava.transport.RemoteEndpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The topologies of {@code docs/deployment.md} that can run on this machine: the sidecar (an app-server listening on
 * loopback with a capability token read from a file, the client reading the same mounted file) and the launch-command
 * form with a wrapper standing in for {@code docker run -i} / {@code ssh}, proving that the agent's commands see only
 * the environment the wrapper gives them, not the application's.
 */
class DeploymentGuideTest {

	/** An application secret as the child would inherit it from the JVM (codex's default filter keeps *PASSWORD*). */
	private static final String SECRET_NAME = "APP_DB_PASSWORD";

	/** What the wrapper gives the app-server (plus the shell's own). */
	private static final List<String> GIVEN = List.of("PATH", "HOME", "PWD", "SHLVL", "_", "OLDPWD");

	/** What codex 0.169.0/0.171.0 sets for every command it runs (besides CODEX_*). */
	private static final List<String> CODEX_OWN = List.of("COLORTERM", "NO_COLOR", "TERM", "PAGER", "GIT_PAGER",
			"GH_PAGER", "LANG", "LC_CTYPE", "LC_ALL");

	@TempDir
	Path tmp;

	@Test
	void sidecarOnLoopbackWithTheCapabilityTokenFromAMountedSecretFile() throws Exception {
		// the mounted secret: one file, read-only, shared by both containers of the pod
		Path secrets = Files.createDirectories(this.tmp.resolve("run-secrets"));
		Path token = secrets.resolve("codex-ws-token");
		byte[] random = new byte[32];
		new java.security.SecureRandom().nextBytes(random);
		Files.writeString(token, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
		Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("r--------"));
		try (MockModel model = MockModel.start();
				MockCodexHome home = MockCodexHome.builder(model).build();
				// docs/deployment/k8s-sidecar.yaml: codex app-server --listen ws://127.0.0.1:4500 --ws-auth
				// capability-token --ws-token-file /var/run/secrets/codex/ws-token (port 0 here: a free one)
				RemoteAppServer server = RemoteAppServer.ws(home.path(), "--ws-auth", "capability-token",
						"--ws-token-file", token.toString())) {
			RemoteEndpoint endpoint = RemoteEndpoint.builder(server.wsUri())
				.auth(RemoteAuth.capabilityTokenFile(token))
				.build();
			model.enqueue(MockResponse.text("from the sidecar"));
			try (Codex codex = Codex.start(CodexConfig.builder().endpoint(endpoint).clientName("codex_it").build())) {
				assertThat(codex.pid()).isEmpty();
				assertThat(codex.startThread().run("hi").finalResponse()).isEqualTo("from the sidecar");
			}
			// anything else in the pod that lacks the file cannot drive the agent
			assertThatThrownBy(() -> Codex.start(CodexConfig.builder()
				.endpoint(RemoteEndpoint.of(server.wsUri()))
				.clientName("codex_it")
				.build())).isInstanceOfSatisfying(CodexStartupException.class, (ex) -> assertThat(ex.reason())
					.isEqualTo(CodexStartupException.Reason.AUTHENTICATION_FAILED));
			assertThat(server.isAlive()).isTrue();
		}
	}

	@Test
	void launchCommandWithACleanEnvironmentHidesTheApplicationsSecretsFromTheAgent() throws Exception {
		String secret = "s3cr3t-" + System.nanoTime();
		String codex = CodexBinaries.require().toString();
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			// control: the default child inherits the application's environment, and so does the agent's shell
			String inherited = agentEnvironment(model, Fixtures.config(home.path()).env(SECRET_NAME, secret));
			assertThat(inherited).contains(SECRET_NAME + "=" + secret);

			// "docker run -i --rm -e CODEX_HOME IMAGE codex app-server", stood in for by env -i: the wrapper
			// gets the application's environment, the app-server only what the command line gives it
			String isolated = agentEnvironment(model, Fixtures.config(home.path())
				.env(SECRET_NAME, secret)
				.codexBinary(null)
				.launchCommand("/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "HOME=" + home.path(),
						"CODEX_HOME=" + home.path(), codex, "app-server"));
			assertThat(isolated).contains("CODEX_HOME=" + home.path()).doesNotContain(SECRET_NAME).doesNotContain(secret);
			// nothing else: only what the wrapper passed and what codex sets for every shell command itself
			List<String> names = isolated.lines().filter((line) -> line.matches("[A-Za-z_][A-Za-z0-9_]*=.*"))
				.map((line) -> line.substring(0, line.indexOf('=')))
				.toList();
			assertThat(names).isNotEmpty().allSatisfy((name) -> assertThat(
					name.startsWith("CODEX_") || CODEX_OWN.contains(name) || GIVEN.contains(name))
				.as("variable %s seen by the agent", name)
				.isTrue());
		}
	}

	/** Runs {@code env} as the agent's shell command through a client built from {@code config}; its output. */
	private String agentEnvironment(MockModel model, CodexConfig.Builder config) {
		model.reset();
		model.enqueue(MockResponse.toolCall("call-env", "env", false), MockResponse.text("listed"));
		try (Codex codex = Codex.start(config.workingDirectory(this.tmp).build())) {
			assertThat(codex.startThread().run("list your environment").finalResponse()).isEqualTo("listed");
		}
		List<String> outputs = model.requests().get(1).functionCallOutputs();
		assertThat(outputs).hasSize(1);
		return outputs.get(0);
	}

}
