package dev.codexjava;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which public types are API (docs/architecture.md, "Public API"): every public type of the API packages, and in
 * the two packages that mix API and plumbing ({@code protocol}, {@code transport}) the named ones. Every other public
 * top-level type says {@code @API(status = INTERNAL)}, so that an IDE flags its use; no API type says it. A new public
 * type in a mixed package fails here until it is listed as API or marked internal.
 */
class PublicApiTest {

	private static final Path MAIN = Path.of("src", "main", "java");

	/** Packages whose public types are all API. */
	private static final Set<String> API_PACKAGES = Set.of("dev.codexjava.client", "dev.codexjava.error",
			"dev.codexjava.protocol.model", "dev.codexjava.protocol.generated", "dev.codexjava.protocol.newer");

	/** The API types of the mixed packages. */
	private static final Set<String> API_TYPES = Set.of("dev.codexjava.protocol.Json", "dev.codexjava.protocol.Method",
			"dev.codexjava.protocol.NotificationType", "dev.codexjava.transport.Transport",
			"dev.codexjava.transport.RemoteEndpoint", "dev.codexjava.transport.RemoteAuth");

	@Test
	void everyPublicTypeOfTheMixedPackagesIsApiOrMarkedInternal() throws Exception {
		List<String> unmarked = new ArrayList<>();
		List<String> internal = new ArrayList<>();
		for (Class<?> type : publicTopLevelTypes()) {
			boolean marked = isInternal(type);
			boolean api = API_PACKAGES.contains(type.getPackageName()) || API_TYPES.contains(type.getName());
			if (api && marked) {
				internal.add(type.getName());
			}
			if (!api && !marked) {
				unmarked.add(type.getName());
			}
		}
		assertThat(unmarked).as("public, not API, and not @API(status = INTERNAL)").isEmpty();
		assertThat(internal).as("API types marked internal").isEmpty();
	}

	@Test
	void thePlumbingNamedInTheArchitectureDocIsMarkedInternal() throws Exception {
		for (String name : List.of("dev.codexjava.protocol.RpcConnection", "dev.codexjava.protocol.NotificationHandler",
				"dev.codexjava.protocol.Params", "dev.codexjava.transport.BinaryResolver",
				"dev.codexjava.transport.StdioProcessTransport")) {
			assertThat(isInternal(Class.forName(name))).as(name).isTrue();
		}
		// the wire-level message types are not public at all
		assertThat(Modifier.isPublic(Class.forName("dev.codexjava.protocol.JsonRpcMessage").getModifiers())).isFalse();
		assertThat(Modifier.isPublic(Class.forName("dev.codexjava.protocol.RpcError").getModifiers())).isFalse();
	}

	@Test
	void theCheckSeesEveryPackage() throws Exception {
		assertThat(publicTopLevelTypes()).extracting(Class::getPackageName)
			.contains("dev.codexjava.client", "dev.codexjava.protocol", "dev.codexjava.transport",
					"dev.codexjava.protocol.generated");
	}

	private static boolean isInternal(Class<?> type) {
		API api = type.getAnnotation(API.class);
		return api != null && api.status() == API.Status.INTERNAL;
	}

	private static List<Class<?>> publicTopLevelTypes() throws IOException, ClassNotFoundException {
		List<Class<?>> types = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).sorted().toList()) {
				String name = MAIN.relativize(file).toString().replace(java.io.File.separatorChar, '.');
				name = name.substring(0, name.length() - ".java".length());
				if (name.endsWith("package-info")) {
					continue;
				}
				Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
				if (Modifier.isPublic(type.getModifiers())) {
					types.add(type);
				}
			}
		}
		return types;
	}

}
