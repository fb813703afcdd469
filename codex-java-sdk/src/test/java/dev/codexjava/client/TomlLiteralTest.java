package dev.codexjava.client;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TomlLiteralTest {

	@Test
	void stringsAreQuoted() {
		assertThat(TomlLiteral.overrides("model", "gpt-5.4")).containsExactly("model=\"gpt-5.4\"");
	}

	@Test
	void quotesBackslashesAndControlCharactersAreEscaped() {
		assertThat(TomlLiteral.overrides("k", "a\"b\\c\nd\te\r\bf\fg\u0001h\u007f"))
			.containsExactly("k=\"a\\\"b\\\\c\\nd\\te\\r\\bf\\fg\\u0001h\\u007F\"");
	}

	@Test
	void nonAsciiTextIsKeptVerbatim() {
		assertThat(TomlLiteral.overrides("k", "héllo ✓")).containsExactly("k=\"héllo ✓\"");
	}

	@Test
	void charactersEnumsPathsAndDurationsAreQuotedStrings() {
		assertThat(TomlLiteral.literal('x', "k")).isEqualTo("\"x\"");
		assertThat(TomlLiteral.literal(Color.DARK_RED, "k")).isEqualTo("\"DARK_RED\"");
		assertThat(TomlLiteral.literal(Path.of("/tmp/a b"), "k")).isEqualTo("\"/tmp/a b\"");
		assertThat(TomlLiteral.literal(java.time.Duration.ofSeconds(3), "k")).isEqualTo("\"PT3S\"");
	}

	enum Color {

		DARK_RED

	}

	@Test
	void sdkEnumsAreRenderedWithTheirConfigValues() {
		assertThat(TomlLiteral.overrides("sandbox_mode", SandboxMode.READ_ONLY))
			.containsExactly("sandbox_mode=\"read-only\"");
		assertThat(TomlLiteral.overrides("approval_policy", ApprovalPolicy.NEVER))
			.containsExactly("approval_policy=\"never\"");
	}

	@Test
	void numbersAreBare() {
		assertThat(TomlLiteral.overrides("n", 42)).containsExactly("n=42");
		assertThat(TomlLiteral.overrides("n", -7L)).containsExactly("n=-7");
		assertThat(TomlLiteral.overrides("n", 1.5)).containsExactly("n=1.5");
		assertThat(TomlLiteral.overrides("n", new BigDecimal("1E+3"))).containsExactly("n=1000");
		assertThat(TomlLiteral.overrides("n", Double.NaN)).containsExactly("n=nan");
		assertThat(TomlLiteral.overrides("n", Double.POSITIVE_INFINITY)).containsExactly("n=inf");
		assertThat(TomlLiteral.overrides("n", Float.NEGATIVE_INFINITY)).containsExactly("n=-inf");
	}

	@Test
	void booleansAreBare() {
		assertThat(TomlLiteral.overrides("b", true)).containsExactly("b=true");
		assertThat(TomlLiteral.overrides("b", Boolean.FALSE)).containsExactly("b=false");
	}

	@Test
	void listsAndArraysBecomeTomlArrays() {
		assertThat(TomlLiteral.overrides("l", List.of("a", 1, true))).containsExactly("l=[\"a\", 1, true]");
		assertThat(TomlLiteral.overrides("l", List.of())).containsExactly("l=[]");
		assertThat(TomlLiteral.overrides("l", new String[] { "x", "y" })).containsExactly("l=[\"x\", \"y\"]");
		assertThat(TomlLiteral.overrides("l", List.of(List.of(1, 2), List.of(3)))).containsExactly("l=[[1, 2], [3]]");
	}

	@Test
	void mapsInsideListsBecomeInlineTables() {
		Map<String, Object> table = new LinkedHashMap<>();
		table.put("name", "a");
		table.put("my key", 2);
		assertThat(TomlLiteral.overrides("l", List.of(table))).containsExactly("l=[{ name = \"a\", \"my key\" = 2 }]");
	}

	@Test
	void nestedMapsAreFlattenedToDottedKeys() {
		assertThat(TomlLiteral.overrides("features", Map.of("plugins", false))).containsExactly("features.plugins=false");

		Map<String, Object> inner = new LinkedHashMap<>();
		inner.put("command", "npx");
		inner.put("args", List.of("-y", "server"));
		Map<String, Object> servers = new LinkedHashMap<>();
		servers.put("docs", inner);
		assertThat(TomlLiteral.overrides("mcp_servers", servers)).containsExactly(
				"mcp_servers.docs.command=\"npx\"", "mcp_servers.docs.args=[\"-y\", \"server\"]");
	}

	@Test
	void emptyMapBecomesEmptyInlineTable() {
		assertThat(TomlLiteral.overrides("t", Map.of())).containsExactly("t={}");
	}

	@Test
	void aMapWithKeysThatAreNotBareKeysIsPassedWholeAsAnInlineTableUnderItsBareParent() {
		// the app-server splits --config keys on every '.' and keeps quotes: projects."/srv/ws".trust_level would set
		// a project named "\"/srv/ws\"", and mcp_servers."docs.v2" two levels "\"docs" and "v2\""
		assertThat(TomlLiteral.overrides("projects", Map.of("/srv/ws", Map.of("trust_level", "trusted"))))
			.containsExactly("projects={ \"/srv/ws\" = { trust_level = \"trusted\" } }");
		Map<String, Object> server = new LinkedHashMap<>();
		server.put("command", "docs-mcp");
		server.put("enabled", false);
		assertThat(TomlLiteral.overrides("mcp_servers", Map.of("docs.v2", server)))
			.containsExactly("mcp_servers={ \"docs.v2\" = { command = \"docs-mcp\", enabled = false } }");
	}

	@Test
	void onlyTheLevelHoldingAKeyThatIsNotBareIsPassedAsATable() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("bare_key-1", 1);
		map.put("has space", 2);
		map.put("dotted.name", 3);
		map.put("quo\"te", 4);
		map.put("", 5);
		assertThat(TomlLiteral.overrides("p", map))
			.containsExactly("p={ bare_key-1 = 1, \"has space\" = 2, \"dotted.name\" = 3, \"quo\\\"te\" = 4, \"\" = 5 }");
		assertThat(TomlLiteral.overrides("a", Map.of("b", Map.of("c.d", 1)))).containsExactly("a.b={ \"c.d\" = 1 }");
	}

	@Test
	void keysThatAreNotDottedPathsOfBareKeysAreRejectedNamingTheKey() {
		for (String key : new String[] { "projects./srv/ws", "mcp_servers.\"docs.v2\"", "a..b", ".a", "a.", "my key",
				"a=b" }) {
			assertThatIllegalArgumentException().as(key)
				.isThrownBy(() -> TomlLiteral.overrides(key, 1))
				.withMessageStartingWith("config key '" + key + "' is not a dotted path of bare keys")
				.withMessageContaining("nested map");
		}
		assertThat(TomlLiteral.overrides("model_providers.mock-1.name", "m"))
			.containsExactly("model_providers.mock-1.name=\"m\"");
	}

	@Test
	void nullInsideAnInlineTableIsRejectedNamingTheNestedKey() {
		Map<String, Object> inner = new HashMap<>();
		inner.put("trust_level", null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TomlLiteral.overrides("projects", Map.of("/srv/ws", inner)))
			.withMessageContaining("'projects.\"/srv/ws\".trust_level'")
			.withMessageContaining("must not be null");
	}

	@Test
	void nullIsRejectedNamingTheKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> TomlLiteral.overrides("model", null))
			.withMessage("config value for 'model' must not be null (TOML has no null)");
	}

	@Test
	void nullInsideAMapIsRejectedNamingTheDottedKey() {
		Map<String, Object> map = new HashMap<>();
		map.put("plugins", null);
		assertThatIllegalArgumentException().isThrownBy(() -> TomlLiteral.overrides("features", map))
			.withMessageContaining("'features.plugins'")
			.withMessageContaining("must not be null");
	}

	@Test
	void nullInsideAListIsRejectedWithAClearMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> TomlLiteral.overrides("l", Arrays.asList("a", null)))
			.withMessageContaining("'l'")
			.withMessageContaining("must not be null");
	}

	@Test
	void nullInsideAnArrayIsRejectedWithAClearMessage() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TomlLiteral.overrides("l", new String[] { "a", null }))
			.withMessageContaining("'l'")
			.withMessageContaining("must not be null");
	}

	@Test
	void unsupportedTypesAreRejectedNamingTheType() {
		assertThatIllegalArgumentException().isThrownBy(() -> TomlLiteral.overrides("k", new Object()))
			.withMessageContaining("'k'")
			.withMessageContaining("java.lang.Object")
			.withMessageContaining("use a String, Number, Boolean, List or Map");
	}

	@Test
	void blankKeysAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> TomlLiteral.overrides(" ", 1))
			.withMessage("config key must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> TomlLiteral.overrides(null, 1))
			.withMessage("config key must not be blank");
	}

}
