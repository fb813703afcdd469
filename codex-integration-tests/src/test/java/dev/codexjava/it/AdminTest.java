package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexAdmin;
import dev.codexjava.protocol.generated.ConfigReadResponse;
import dev.codexjava.protocol.generated.ConfigWriteResponse;
import dev.codexjava.protocol.generated.FuzzyFileSearchResult;
import dev.codexjava.protocol.generated.McpServerStatus;
import dev.codexjava.protocol.generated.SkillScope;
import dev.codexjava.protocol.generated.SkillsListEntry;
import dev.codexjava.protocol.generated.WriteStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Configuration and administration ({@link CodexAdmin}) on the real binary: config read and writes into the test's
 * throwaway CODEX_HOME, MCP server status and reload, skills and fuzzy file search.
 */
class AdminTest {

	@TempDir
	Path home;

	@TempDir
	Path work;

	private Codex codex;

	@BeforeEach
	void start() {
		this.codex = Codex.start(Fixtures.config(this.home)
			.workingDirectory(this.work)
			.config("developer_instructions", "from the SDK")
			.config("mcp_servers", Map.of("ghost", Map.of("command", "/nonexistent/ghost-mcp")))
			.build());
	}

	@AfterEach
	void stop() {
		this.codex.close();
	}

	@Test
	void configReadShowsAValuePassedAsAnOverride() {
		ConfigReadResponse read = this.codex.admin().readConfig();
		assertThat(read.config().developerInstructions()).isEqualTo("from the SDK");
	}

	@Test
	void aWrittenValueIsReadBackAndLandsInTheHomesConfigToml() throws Exception {
		CodexAdmin admin = this.codex.admin();
		ConfigWriteResponse written = admin.writeValue("model", "gpt-admin-test");
		assertThat(written.status()).isEqualTo(WriteStatus.OK);
		assertThat(admin.readConfig().config().model()).isEqualTo("gpt-admin-test");
		assertThat(Files.readString(this.home.resolve("config.toml"))).contains("gpt-admin-test");
	}

	@Test
	void aBatchWriteSetsTwoKeys() throws Exception {
		CodexAdmin admin = this.codex.admin();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("model", "gpt-batch");
		values.put("model_reasoning_effort", "high");
		ConfigWriteResponse written = admin.writeValues(values);
		assertThat(written.status()).isEqualTo(WriteStatus.OK);
		ConfigReadResponse read = admin.readConfig();
		assertThat(read.config().model()).isEqualTo("gpt-batch");
		assertThat(read.config().modelReasoningEffort()).hasToString("high");
		String toml = Files.readString(this.home.resolve("config.toml"));
		assertThat(toml).contains("gpt-batch").contains("high");
	}

	@Test
	void mcpStatusReportsTheConfiguredServerThatFailedToStart() {
		List<McpServerStatus> servers = this.codex.admin().mcpServers();
		assertThat(servers).singleElement().satisfies((ghost) -> {
			assertThat(ghost.name()).isEqualTo("ghost");
			// 0.169.0 leaves runtimeStatus unset and reports the failed start as the tools error
			assertThat(ghost.toolsError()).contains("No such file or directory");
			assertThat(ghost.tools()).isEmpty();
		});
	}

	@Test
	void aServerWrittenToTheConfigAppearsAfterAReload() {
		CodexAdmin admin = this.codex.admin();
		admin.writeValue("mcp_servers.phantom", Map.of("command", "/nonexistent/phantom-mcp"));
		admin.reloadMcpServers();
		assertThat(admin.mcpServers()).extracting(McpServerStatus::name).containsExactlyInAnyOrder("ghost", "phantom");
	}

	@Test
	void emptyArgumentsAreRejectedBeforeAnythingIsSent() {
		CodexAdmin admin = this.codex.admin();
		assertThatIllegalArgumentException().isThrownBy(() -> admin.writeValues(Map.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> admin.writeValue(" ", "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> admin.searchFiles("x", List.of()));
		assertThat(admin.readConfig().config().model()).isNull();
	}

	@Test
	void fuzzyFileSearchFindsAFileInTheWorkingDirectory() throws Exception {
		Files.createDirectories(this.work.resolve("src"));
		Files.writeString(this.work.resolve("src/AdminFeatureTest.java"), "class AdminFeatureTest {}");
		Files.writeString(this.work.resolve("other.txt"), "x");
		List<FuzzyFileSearchResult> found = this.codex.admin().searchFiles("admfeat", List.of(this.work));
		assertThat(found).isNotEmpty();
		assertThat(found.get(0).fileName()).isEqualTo("AdminFeatureTest.java");
		assertThat(found.get(0).path()).isEqualTo("src/AdminFeatureTest.java");
		assertThat(found).extracting(FuzzyFileSearchResult::path).noneMatch((p) -> p.endsWith("other.txt"));
	}

	@Test
	void skillsAreListedTypedWithAProjectSkill() throws Exception {
		// the working directory is a project root (.git) with one repository skill
		Files.createDirectories(this.work.resolve(".git"));
		Path skill = Files.createDirectories(this.work.resolve(".agents/skills/greeter"));
		Files.writeString(skill.resolve("SKILL.md"),
				"---\nname: greeter\ndescription: Greets the user politely.\n---\nSay hello.\n");
		List<SkillsListEntry> entries = this.codex.admin().skills(this.work);
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(Path.of(entry.cwd()).toRealPath()).isEqualTo(this.work.toRealPath());
			assertThat(entry.errors()).isEmpty();
			assertThat(entry.skills()).filteredOn((s) -> s.name().equals("greeter")).singleElement().satisfies((s) -> {
				assertThat(s.description()).isEqualTo("Greets the user politely.");
				assertThat(s.scope()).isEqualTo(SkillScope.REPO);
			});
		});
	}

}
