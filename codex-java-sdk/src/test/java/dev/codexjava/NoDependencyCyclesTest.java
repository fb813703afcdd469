package dev.codexjava;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No dependency cycle between the classes of the SDK's main sources (every package, and across packages), apart from
 * the ones listed in {@link #ACCEPTED} with their reason (see {@code docs/architecture.md}, "Dependency cycles").
 */
class NoDependencyCyclesTest {

	/** The cycles the project accepts: the classes of each, and why. */
	static final Map<Set<String>, String> ACCEPTED = Map.of(
			Set.of("dev.codexjava.client.Codex", "dev.codexjava.client.AsyncCodex"),
			"public API: Codex.async() and AsyncCodex.blocking() switch between the two faces of one engine",
			Set.of("dev.codexjava.client.Input", "dev.codexjava.client.RequestEncoder"),
			"public API: the deprecated Input.toJson() delegates to the one encoder; goes when it is removed",
			Set.of("dev.codexjava.protocol.model.ThreadItem", "dev.codexjava.protocol.model.ThreadItemReader"),
			"public API: the deprecated ThreadItem.from() forwards to ThreadItemReader.read(), which builds "
					+ "ThreadItem's records (a static method of an interface cannot live elsewhere); goes when it "
					+ "is removed");

	private static final DependencyGraph MAIN = DependencyGraph.of(Path.of("src/main/java"));

	@Test
	void theMainSourcesHaveNoDependencyCycleButTheAcceptedOnes() {
		assertThat(MAIN.edges()).as("classes read").hasSizeGreaterThan(100);
		assertThat(MAIN.edges().get("dev.codexjava.client.Codex")).as("what Codex uses")
			.contains("dev.codexjava.client.CodexEngine", "dev.codexjava.client.AsyncCodex");

		List<String> unexpected = MAIN.components()
			.stream()
			.filter((component) -> component.size() > 1 && !ACCEPTED.containsKey(component))
			.map((component) -> component + ", e.g. " + String.join(" -> ", MAIN.pathThrough(component)))
			.toList();

		assertThat(unexpected).as("dependency cycles (each: its classes, e.g. a class -> a class it uses -> ...)")
			.isEmpty();
	}

	@Test
	void theAcceptedCyclesStillExist() {
		// an accepted cycle that is gone leaves the list, so that it cannot come back unnoticed
		assertThat(MAIN.components()).containsAll(ACCEPTED.keySet());
	}

	@Test
	void theRemoteTransportsDoNotDependOnTheEndpoint() {
		// they take a ConnectionTarget; RemoteEndpoint only makes one and picks the transport
		assertThat(MAIN.edges().get("dev.codexjava.transport.SocketWebSocketTransport"))
			.contains("dev.codexjava.transport.ConnectionTarget")
			.doesNotContain("dev.codexjava.transport.RemoteEndpoint");
		assertThat(MAIN.edges().get("dev.codexjava.transport.WebSocketTransport"))
			.contains("dev.codexjava.transport.ConnectionTarget")
			.doesNotContain("dev.codexjava.transport.RemoteEndpoint");
	}

	@Test
	void aCycleThroughImportsQualifiedNamesAndTheSamePackageIsFoundAndNamed() {
		DependencyGraph graph = DependencyGraph.of(Map.of(
				"a.Engine", "package a; import b.Face; class Engine { Face face; }",
				"b.Face", "package b; final class Face { Helper helper; }",
				"b.Helper", "package b; class Helper { a.Engine engine() { return null; } }",
				"b.Leaf", "package b; class Leaf { Helper helper; }"));

		assertThat(graph.cycles()).containsExactly(List.of("a.Engine", "b.Face", "b.Helper", "a.Engine"));
	}

	@Test
	void commentsStringsAndShadowingNamesAreNoDependencies() {
		DependencyGraph graph = DependencyGraph.of(Map.of(
				"a.Face", "package a; /** Uses {@link Engine}. */ class Face { String s = \"Engine\"; Engine engine; }",
				"a.Engine", """
						package a;
						import c.Face;
						// Face is c's here, and Other is a nested type
						class Engine { Face face; record Other() { } Other other; char quote = '"'; }
						""",
				"a.Other", "package a; class Other { Engine engine; }",
				"c.Face", "package c; public class Face { }"));

		assertThat(graph.cycles()).isEmpty();
		assertThat(graph.edges()).containsEntry("a.Engine", Set.of("c.Face"))
			.containsEntry("a.Face", Set.of("a.Engine"));
	}

}
