package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.testkit.CodexBinaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code --config} overrides whose keys are not bare keys (a project path, an MCP server named {@code docs.v2}) reach
 * the real binary as meant: proven by reading the effective configuration back with {@code config/read}. The binary
 * splits {@code --config} keys on every {@code .} and keeps quotes, so such tables are passed whole as inline tables.
 */
class ConfigOverridesTest {

	/** Where scripts put the next binary version, relative to a parent of the working directory. */
	private static final Path NEXT_BINARY = Path.of(".codex-bin", "0.171.0", "node_modules", "@openai",
			"codex-linux-x64", "vendor", "x86_64-unknown-linux-musl", "bin", "codex");

	@TempDir
	Path home;

	@Test
	void tablesWithKeysThatAreNotBareKeysRoundTripThroughConfigRead() {
		roundTrip(CodexBinaries.require());
	}

	@Test
	void tablesWithKeysThatAreNotBareKeysRoundTripThroughConfigReadOnTheNextBinaryToo() {
		Optional<Path> next = findUpwards(NEXT_BINARY);
		assumeTrue(next.isPresent(), "codex 0.171.0 is not installed under .codex-bin/0.171.0");
		roundTrip(next.get());
	}

	private void roundTrip(Path binary) {
		Map<String, Object> docs = new LinkedHashMap<>();
		// never started: a disabled server is only parsed (an unparsable entry fails start-up: "invalid transport")
		docs.put("command", "/nonexistent/docs-mcp");
		docs.put("args", java.util.List.of("--port", "0"));
		docs.put("enabled", false);
		CodexConfig config = Fixtures.config(this.home)
			.codexBinary(binary)
			.config("mcp_servers", Map.of("local", Map.of("command", "/nonexistent/local-mcp", "enabled", false)))
			.config("projects", Map.of("/srv/ws", Map.of("trust_level", "trusted")))
			.config("mcp_servers", Map.of("docs.v2", docs))
			.build();
		try (Codex codex = Codex.start(config)) {
			JsonNode read = codex.request("config/read", Map.of()).path("config");
			assertThat(read.path("projects").path("/srv/ws").path("trust_level").asString()).isEqualTo("trusted");
			assertThat(read.path("projects").has("\"/srv/ws\"")).as("no project named with its quotes").isFalse();
			JsonNode servers = read.path("mcp_servers");
			assertThat(servers.path("docs.v2").path("command").asString()).isEqualTo("/nonexistent/docs-mcp");
			assertThat(servers.path("docs.v2").path("args").toString()).isEqualTo("[\"--port\",\"0\"]");
			assertThat(servers.path("docs.v2").path("enabled").asBoolean(true)).isFalse();
			assertThat(servers.path("local").path("command").asString())
				.as("the earlier mcp_servers entry is kept").isEqualTo("/nonexistent/local-mcp");
			assertThat(servers.has("\"docs")).isFalse();
		}
	}

	private static Optional<Path> findUpwards(Path relative) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(relative);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
