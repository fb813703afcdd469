package dev.codexjava.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.testkit.CodexBinaries;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.transport.RemoteAuth;
import dev.codexjava.transport.RemoteEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Docker Compose and Kubernetes manifests of {@code docs/deployment/} cannot run here (no Docker, no
 * Kubernetes): this parses them with SnakeYAML and checks what can be checked: every {@code codex app-server}
 * command line uses only flags the binary under test accepts, listens on loopback with authentication, and really
 * starts that binary (with the files swapped for temporary ones) so that a client configured as the guide says
 * can connect; token and secret files come from read-only secret mounts; pods running the agent get no
 * service-account token and share no process namespace; the guide links every manifest.
 */
class DeploymentManifestsTest {

	private static final Pattern LOOPBACK_LISTENER = Pattern.compile("ws://127\\.0\\.0\\.1:\\d+");

	@TempDir
	Path tmp;

	/** One {@code codex app-server} command line found in a manifest, with what its container mounts. */
	record AppServerCommand(String where, List<String> args, List<Map<String, Object>> mounts,
			Map<String, Map<String, Object>> volumes, List<String> composeSecrets) {

		String flag(String name) {
			int i = this.args.indexOf(name);
			return (i >= 0 && i + 1 < this.args.size()) ? this.args.get(i + 1) : null;
		}

		boolean compose() {
			return this.composeSecrets != null;
		}

	}

	static Path deploymentDir() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("docs").resolve("deployment"))) {
			dir = dir.getParent();
		}
		assertThat(dir).as("docs/deployment above the working directory").isNotNull();
		return dir.resolve("docs").resolve("deployment");
	}

	static List<Path> manifests() throws IOException {
		try (Stream<Path> files = Files.list(deploymentDir())) {
			return files.filter((p) -> p.toString().endsWith(".yaml")).sorted().toList();
		}
	}

	/** Every YAML document of {@code file} (safe loader: plain maps, lists and scalars). */
	static List<Map<String, Object>> documents(Path file) throws IOException {
		List<Map<String, Object>> docs = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
				if (doc != null) {
					docs.add(map(doc));
				}
			}
		}
		return docs;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object o) {
		return (o == null) ? Map.of() : (Map<String, Object>) o;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object o) {
		return (o == null) ? List.of() : (List<Object>) o;
	}

	static List<String> strings(Object o) {
		return list(o).stream().map(String::valueOf).toList();
	}

	/** The pod specs of the Kubernetes workloads in {@code file}, by "file kind/name". */
	static Map<String, Map<String, Object>> podSpecs(Path file) throws IOException {
		Map<String, Map<String, Object>> pods = new java.util.LinkedHashMap<>();
		for (Map<String, Object> doc : documents(file)) {
			if (List.of("Deployment", "StatefulSet", "DaemonSet", "Job").contains(String.valueOf(doc.get("kind")))) {
				Map<String, Object> template = map(map(doc.get("spec")).get("template"));
				pods.put(file.getFileName() + " " + doc.get("kind") + "/" + map(doc.get("metadata")).get("name"),
						map(template.get("spec")));
			}
		}
		return pods;
	}

	static List<Map<String, Object>> containers(Map<String, Object> pod) {
		List<Map<String, Object>> all = new ArrayList<>();
		list(pod.get("initContainers")).forEach((c) -> all.add(map(c)));
		list(pod.get("containers")).forEach((c) -> all.add(map(c)));
		return all;
	}

	static Map<String, Map<String, Object>> volumes(Map<String, Object> pod) {
		Map<String, Map<String, Object>> volumes = new java.util.LinkedHashMap<>();
		list(pod.get("volumes")).forEach((v) -> volumes.put(String.valueOf(map(v).get("name")), map(v)));
		return volumes;
	}

	static boolean isAppServer(List<String> command) {
		return command.size() >= 2 && command.get(0).equals("codex") && command.get(1).equals("app-server");
	}

	/** Every {@code codex app-server ...} command line of every manifest. */
	static List<AppServerCommand> appServerCommands() throws IOException {
		List<AppServerCommand> found = new ArrayList<>();
		for (Path file : manifests()) {
			for (Map.Entry<String, Map<String, Object>> pod : podSpecs(file).entrySet()) {
				for (Map<String, Object> c : containers(pod.getValue())) {
					List<String> command = new ArrayList<>(strings(c.get("command")));
					command.addAll(strings(c.get("args")));
					if (isAppServer(command)) {
						List<Map<String, Object>> mounts = new ArrayList<>();
						list(c.get("volumeMounts")).forEach((m) -> mounts.add(map(m)));
						found.add(new AppServerCommand(pod.getKey() + " container " + c.get("name"),
								command.subList(2, command.size()), mounts, volumes(pod.getValue()), null));
					}
				}
			}
			for (Map<String, Object> doc : documents(file)) {
				for (Map.Entry<String, Object> service : map(doc.get("services")).entrySet()) {
					Map<String, Object> s = map(service.getValue());
					List<String> command = strings(s.get("command"));
					if (isAppServer(command)) {
						found.add(new AppServerCommand(file.getFileName() + " service " + service.getKey(),
								command.subList(2, command.size()), List.of(), Map.of(), strings(s.get("secrets"))));
					}
				}
			}
		}
		return found;
	}

	static String help() throws Exception {
		Process p = new ProcessBuilder(CodexBinaries.require().toString(), "app-server", "--help")
			.redirectErrorStream(true)
			.start();
		String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).isZero();
		return text;
	}

	@Test
	void everyAppServerCommandUsesOnlyFlagsTheBinaryAcceptsAndListensOnLoopbackWithAuth() throws Exception {
		String help = help();
		Set<String> accepted = new LinkedHashSet<>();
		Matcher flags = Pattern.compile("(?m)^\\s+(?:-\\w, )?(--[a-z0-9-]+)").matcher(help);
		while (flags.find()) {
			accepted.add(flags.group(1));
		}
		Matcher modes = Pattern.compile("--ws-auth <MODE>[\\s\\S]*?\\[possible values: ([^\\]]+)\\]").matcher(help);
		assertThat(modes.find()).as("--ws-auth and its values in `codex app-server --help`").isTrue();
		List<String> authModes = List.of(modes.group(1).split(",\\s*"));

		List<AppServerCommand> commands = appServerCommands();
		assertThat(commands).as("app-server commands in docs/deployment").hasSizeGreaterThanOrEqualTo(3);
		for (AppServerCommand c : commands) {
			assertThat(c.args().stream().filter((a) -> a.startsWith("--")).toList()).as(c.where())
				.isSubsetOf(accepted);
			// loopback only: other containers reach it through the pod's loopback or a TLS proxy in the pod
			assertThat(c.flag("--listen")).as(c.where()).matches(LOOPBACK_LISTENER);
			// authenticated even on loopback: every container of the pod shares that loopback
			assertThat(c.flag("--ws-auth")).as(c.where()).isIn(authModes);
			if ("capability-token".equals(c.flag("--ws-auth"))) {
				assertThat(c.flag("--ws-token-file")).as(c.where()).startsWith("/");
			}
			else {
				assertThat(c.flag("--ws-shared-secret-file")).as(c.where()).startsWith("/");
				assertThat(c.flag("--ws-issuer")).as(c.where()).isNotBlank();
				assertThat(c.flag("--ws-audience")).as(c.where()).isNotBlank();
			}
		}
	}

	@Test
	void everyAppServerCommandStartsTheBinaryAndAcceptsAClientConfiguredAsTheGuideSays() throws Exception {
		try (MockModel model = MockModel.start(); MockCodexHome home = MockCodexHome.builder(model).build()) {
			for (AppServerCommand c : appServerCommands()) {
				// the manifest's flags, with the port left to the OS and the mounted files swapped for local ones
				Path secret = this.tmp.resolve("secret-" + Math.abs(c.where().hashCode()));
				byte[] random = new byte[48];
				new java.security.SecureRandom().nextBytes(random);
				Files.writeString(secret, Base64.getEncoder().encodeToString(random) + "\n");
				Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("r--------"));
				List<String> args = new ArrayList<>();
				for (int i = 0; i < c.args().size(); i++) {
					String arg = c.args().get(i);
					if (arg.equals("--listen")) {
						i++;
						continue;
					}
					args.add(arg);
					if (arg.equals("--ws-token-file") || arg.equals("--ws-shared-secret-file")) {
						args.add(secret.toString());
						i++;
					}
				}
				RemoteAuth auth = "capability-token".equals(c.flag("--ws-auth")) ? RemoteAuth.capabilityTokenFile(secret)
						: RemoteAuth.signedBearerToken(secret, c.flag("--ws-issuer"), c.flag("--ws-audience"));
				try (RemoteAppServer server = RemoteAppServer.ws(home.path(), args.toArray(String[]::new));
						Codex codex = Codex.start(CodexConfig.builder()
							.endpoint(RemoteEndpoint.builder(server.wsUri()).auth(auth).build())
							.clientName("codex_it")
							.startupTimeout(Duration.ofSeconds(20))
							.build())) {
					assertThat(codex.isRunning()).as(c.where()).isTrue();
				}
			}
		}
	}

	@Test
	void tokenAndSecretFilesComeFromReadOnlySecretMounts() throws Exception {
		for (AppServerCommand c : appServerCommands()) {
			String file = (c.flag("--ws-token-file") != null) ? c.flag("--ws-token-file")
					: c.flag("--ws-shared-secret-file");
			if (c.compose()) {
				// Compose mounts a secret read-only at /run/secrets/NAME
				assertThat(file).as(c.where()).startsWith("/run/secrets/");
				assertThat(c.composeSecrets()).as(c.where()).contains(file.substring("/run/secrets/".length()));
				continue;
			}
			Map<String, Object> mount = c.mounts()
				.stream()
				.filter((m) -> file.startsWith(m.get("mountPath") + "/"))
				.findFirst()
				.orElseThrow(() -> new AssertionError(c.where() + ": no volume mounted above " + file));
			assertThat(mount.get("readOnly")).as(c.where() + " mount of " + file).isEqualTo(Boolean.TRUE);
			assertThat(c.volumes().get(String.valueOf(mount.get("name")))).as(c.where() + " volume of " + file)
				.containsKey("secret");
		}
	}

	@Test
	void everySecretIsMountedReadOnlyAndAgentPodsGetNoServiceAccountTokenNorSharedProcesses() throws Exception {
		int secretMounts = 0;
		for (Path file : manifests()) {
			for (Map.Entry<String, Map<String, Object>> pod : podSpecs(file).entrySet()) {
				Map<String, Map<String, Object>> volumes = volumes(pod.getValue());
				boolean agent = false;
				for (Map<String, Object> c : containers(pod.getValue())) {
					agent |= isAppServer(strings(c.get("command")));
					for (Object m : list(c.get("volumeMounts"))) {
						Map<String, Object> mount = map(m);
						if (volumes.getOrDefault(String.valueOf(mount.get("name")), Map.of()).containsKey("secret")) {
							secretMounts++;
							assertThat(mount.get("readOnly")).as(pod.getKey() + " " + c.get("name") + " mounts "
									+ mount.get("name")).isEqualTo(Boolean.TRUE);
						}
					}
				}
				if (agent) {
					assertThat(pod.getValue().get("automountServiceAccountToken")).as(pod.getKey())
						.isEqualTo(Boolean.FALSE);
					assertThat(pod.getValue().get("shareProcessNamespace")).as(pod.getKey()).isNotEqualTo(Boolean.TRUE);
				}
			}
			for (Map<String, Object> doc : documents(file)) {
				for (Map.Entry<String, Object> service : map(doc.get("services")).entrySet()) {
					// bind mounts of files under secrets/ would be writable: secrets go through `secrets:`
					for (String volume : strings(map(service.getValue()).get("volumes"))) {
						assertThat(volume).as(file.getFileName() + " " + service.getKey()).doesNotContain("secret");
					}
				}
			}
		}
		assertThat(secretMounts).isGreaterThanOrEqualTo(5);
	}

	@Test
	void theSidecarAppSharesOnlyTheAgentsLoopbackInCompose() throws Exception {
		Map<String, Object> services = map(documents(deploymentDir().resolve("compose-sidecar.yaml")).get(0)
			.get("services"));
		assertThat(map(services.get("app")).get("network_mode")).isEqualTo("service:codex");
		assertThat(map(map(services.get("app")).get("environment")).get("CODEX_ENDPOINT"))
			.isEqualTo("ws://127.0.0.1:4500");
		assertThat(strings(map(services.get("codex")).get("secrets"))).doesNotContain("app-db-password");
	}

	@Test
	void theGuideLinksEveryManifestAndEveryLinkedFileExists() throws Exception {
		Path dir = deploymentDir();
		String guide = Files.readString(dir.getParent().resolve("deployment.md"));
		try (Stream<Path> files = Files.list(dir)) {
			files.forEach((f) -> assertThat(guide).contains("deployment/" + f.getFileName()));
		}
		Matcher links = Pattern.compile("\\]\\((deployment/[^)#]+)").matcher(guide);
		while (links.find()) {
			assertThat(dir.getParent().resolve(links.group(1))).exists();
		}
	}

}
