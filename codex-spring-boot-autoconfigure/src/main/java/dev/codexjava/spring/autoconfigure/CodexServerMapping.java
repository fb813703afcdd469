package dev.codexjava.spring.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundles;

import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexServer;
import dev.codexjava.transport.RemoteAuth;
import dev.codexjava.transport.RemoteEndpoint;

/**
 * Maps {@code codex.servers}, {@code codex.local.instances} and {@code codex.launch-command} onto a
 * {@link CodexConfig.Builder}: the single default child when nothing is set; {@link CodexConfig.Builder#endpoint} for
 * one remote server and no local children; else a pool ({@link CodexConfig.Builder#servers}) of the local children
 * {@code local-1..N} followed by the remote servers in their configured order. Every rejected value names the
 * property with its index ({@code codex.servers[1].token-file}) and never shows a token or secret.
 */
final class CodexServerMapping {

	/** The name of the one server of a client that is not a pool (as {@code Codex.servers()} reports it). */
	static final String DEFAULT_SERVER = "default";

	private CodexServerMapping() {
	}

	/**
	 * Applies the server properties to {@code builder}.
	 * @param sslBundles Spring Boot's SSL bundles for {@code ssl-bundle}, or {@code null} when there are none
	 * @return the names of the servers, in order ({@value #DEFAULT_SERVER} alone when the client is not a pool)
	 */
	static List<String> apply(CodexConfig.Builder builder, CodexProperties properties, SslBundles sslBundles) {
		List<CodexServer> servers = servers(properties, sslBundles);
		long local = servers.stream().filter((server) -> server.endpoint().isEmpty()).count();
		List<String> launchCommand = properties.getLaunchCommand();
		if (launchCommand != null) {
			if (local == 0) {
				throw AllowedValues.invalid("codex.launch-command", launchCommand.get(0) + " ...",
						"applies to local app-servers only, and none is configured (codex.local.instances is 0 or "
								+ "not set next to codex.servers)");
			}
			builder.launchCommand(launchCommand);
		}
		if (servers.size() == 1) {
			servers.get(0).endpoint().ifPresent(builder::endpoint);
			return List.of(DEFAULT_SERVER);
		}
		builder.servers(servers).sharedThreadStorage(properties.isSharedThreadStorage());
		return servers.stream().map(CodexServer::name).toList();
	}

	/** The configured servers: local children first, then the remote ones. */
	static List<CodexServer> servers(CodexProperties properties, SslBundles sslBundles) {
		List<CodexProperties.Server> remote = properties.getServers();
		Integer configuredInstances = properties.getLocal().getInstances();
		int instances = (configuredInstances != null) ? configuredInstances : (remote.isEmpty() ? 1 : 0);
		if (instances == 0 && remote.isEmpty()) {
			throw AllowedValues.invalid("codex.local.instances", 0,
					"must be at least 1 when no codex.servers are configured (there would be no app-server at all)");
		}
		List<CodexServer> servers = new ArrayList<>();
		Map<String, String> names = new HashMap<>();
		for (int i = 1; i <= instances; i++) {
			String name = "local-" + i;
			names.put(name, "codex.local.instances");
			servers.add(CodexServer.local(name));
		}
		for (int i = 0; i < remote.size(); i++) {
			CodexProperties.Server server = remote.get(i);
			String prefix = "codex.servers[" + i + "]";
			String name = (server.getName() != null) ? server.getName() : "remote-" + (i + 1);
			RemoteEndpoint endpoint = endpoint(prefix, server, sslBundles);
			CodexServer codexServer;
			try {
				codexServer = CodexServer.remote(name, endpoint);
			}
			catch (IllegalArgumentException ex) {
				throw AllowedValues.invalid(prefix + ".name", name,
						"must be 1 to 40 of the characters A-Z a-z 0-9 . _ - (it is a metric tag and a health "
								+ "component name)");
			}
			String clash = names.putIfAbsent(name, prefix + ".name");
			if (clash != null) {
				throw AllowedValues.invalid(prefix + ".name", name, "must be unique: '" + name
						+ "' is already the name of " + (clash.equals("codex.local.instances")
								? "a local app-server (codex.local.instances)" : clash));
			}
			servers.add(codexServer);
		}
		return servers;
	}

	private static RemoteEndpoint endpoint(String prefix, CodexProperties.Server server, SslBundles sslBundles) {
		String url = server.getUrl();
		if (url == null || url.isBlank()) {
			throw AllowedValues.invalid(prefix + ".url", url,
					"must be set: ws://HOST:PORT, wss://HOST:PORT or unix://PATH of a running app-server");
		}
		RemoteEndpoint.Builder builder;
		try {
			builder = RemoteEndpoint.builder(url.strip());
		}
		catch (IllegalArgumentException ex) {
			throw AllowedValues.invalid(prefix + ".url", masked(url),
					"must be ws://HOST:PORT, wss://HOST:PORT or unix://PATH, without credentials, a query or a "
							+ "fragment (" + masked(ex.getMessage()) + ")");
		}
		RemoteAuth auth = auth(prefix, server);
		builder.auth(auth).allowCredentialsInClear(server.isAllowCredentialsInClear());
		if (server.getSslBundle() != null) {
			builder.sslContext(sslContext(prefix, server.getSslBundle(), sslBundles));
		}
		try {
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			String property = (server.getSslBundle() != null && ex.getMessage().contains("SSLContext"))
					? prefix + ".ssl-bundle" : prefix + ".url";
			Object value = property.endsWith("ssl-bundle") ? server.getSslBundle() : masked(url);
			String reason = ex.getMessage().contains("allowCredentialsInClear")
					? "must not send a token in clear over ws:// to a host that is not loopback: use wss:// (a "
							+ "TLS-terminating proxy) or an SSH tunnel to 127.0.0.1, or opt in with " + prefix
							+ ".allow-credentials-in-clear=true"
					: "is not usable (" + ex.getMessage() + ")";
			throw AllowedValues.invalid(property, value, reason);
		}
	}

	private static RemoteAuth auth(String prefix, CodexProperties.Server server) {
		CodexProperties.Jwt jwt = server.getJwt();
		boolean jwtSet = jwt.getSecretFile() != null || jwt.getIssuer() != null || jwt.getAudience() != null;
		if (server.getTokenFile() != null && jwtSet) {
			throw AllowedValues.invalid(prefix + ".token-file", server.getTokenFile(),
					"must not be set together with " + prefix + ".jwt.*: choose one authentication mode, the "
							+ "capability token (--ws-auth capability-token) or signed bearer tokens (--ws-auth "
							+ "signed-bearer-token)");
		}
		if (server.getTokenFile() != null) {
			return RemoteAuth.capabilityTokenFile(readable(prefix + ".token-file", server.getTokenFile(),
					"the capability token"));
		}
		if (!jwtSet) {
			return RemoteAuth.none();
		}
		if (jwt.getSecretFile() == null) {
			throw AllowedValues.invalid(prefix + ".jwt.secret-file", null,
					"must be set with " + prefix + ".jwt.issuer and .jwt.audience (the server's "
							+ "--ws-shared-secret-file)");
		}
		readable(prefix + ".jwt.secret-file", jwt.getSecretFile(), "the shared secret");
		requireText(prefix + ".jwt.issuer", jwt.getIssuer(), "the server's --ws-issuer");
		requireText(prefix + ".jwt.audience", jwt.getAudience(), "the server's --ws-audience");
		Duration lifetime = jwt.getTokenLifetime();
		if (lifetime == null || lifetime.isZero() || lifetime.isNegative()) {
			throw AllowedValues.invalid(prefix + ".jwt.token-lifetime", lifetime,
					"must be a positive duration, such as 5m");
		}
		return RemoteAuth.signedBearerToken(jwt.getSecretFile(), jwt.getIssuer(), jwt.getAudience())
			.withTokenLifetime(lifetime);
	}

	/** {@code file} if the application can read it; the message names the file, never its content. */
	private static Path readable(String property, Path file, String holding) {
		if (!Files.isRegularFile(file)) {
			throw AllowedValues.invalid(property, file, "must be an existing file holding " + holding + " ("
					+ (Files.exists(file) ? "it is not a regular file" : "it does not exist") + ")");
		}
		if (!Files.isReadable(file)) {
			throw AllowedValues.invalid(property, file, "must be a file the application can read, holding " + holding
					+ " (it is not readable by this process's user)");
		}
		return file;
	}

	private static void requireText(String property, String value, String what) {
		if (value == null || value.isBlank()) {
			throw AllowedValues.invalid(property, value, "must be set (" + what + ")");
		}
	}

	private static SSLContext sslContext(String prefix, String bundle, SslBundles sslBundles) {
		if (sslBundles == null) {
			throw AllowedValues.invalid(prefix + ".ssl-bundle", bundle,
					"names an SSL bundle, but no SslBundles bean exists (is SslAutoConfiguration excluded?)");
		}
		try {
			return sslBundles.getBundle(bundle).createSslContext();
		}
		catch (NoSuchSslBundleException ex) {
			throw AllowedValues.invalid(prefix + ".ssl-bundle", bundle,
					"must name an SSL bundle configured under spring.ssl.bundle.* (" + ex.getMessage() + ")");
		}
	}

	/**
	 * {@code text} with the user-info, query and fragment of any URL in it replaced by {@code ******} (they may hold a
	 * password or token).
	 */
	static String masked(String text) {
		if (text == null) {
			return null;
		}
		return text.replaceAll("([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@\\s\"']+@", "$1******@")
			.replaceAll("([?#])[^\\s\"')]*", "$1******");
	}

}
