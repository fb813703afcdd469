package dev.codexjava.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.error.CodexStartupException;
import dev.codexjava.testkit.MockCodexHome;
import dev.codexjava.testkit.MockModel;
import dev.codexjava.testkit.MockResponse;
import dev.codexjava.transport.RemoteAuth;
import dev.codexjava.transport.RemoteEndpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code wss://} for real: a TLS-terminating relay (the test's own {@link SSLServerSocket} with a self-signed
 * certificate made by {@code keytool}, passing bytes to the plain WebSocket port) in front of a ws app-server with a
 * capability token, as a proxy in front of an app-server pod would be.
 */
class WssRelayTest {

	@TempDir
	Path tmp;

	private MockModel model;

	private MockCodexHome home;

	private RemoteAppServer server;

	private TlsRelay relay;

	private KeyStore keyStore;

	private Path token;

	@BeforeEach
	void start() throws Exception {
		String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
		Path store = this.tmp.resolve("relay.p12");
		ProcessBuilder keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "relay", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
				"-ext", "SAN=ip:127.0.0.1", "-validity", "1", "-storetype", "PKCS12", "-keystore", store.toString(),
				"-storepass:env", "RELAY_STORE_PASS", "-keypass:env", "RELAY_STORE_PASS")
			.redirectErrorStream(true)
			.redirectOutput(this.tmp.resolve("keytool.out").toFile());
		keytool.environment().put("RELAY_STORE_PASS", password);
		Process process = keytool.start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(Files.readString(this.tmp.resolve("keytool.out"))).isZero();
		this.keyStore = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			this.keyStore.load(in, password.toCharArray());
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(this.keyStore, password.toCharArray());
		SSLContext serverTls = SSLContext.getInstance("TLS");
		serverTls.init(keys.getKeyManagers(), null, null);

		this.token = this.tmp.resolve("token");
		Files.writeString(this.token, UUID.randomUUID().toString());
		Files.setPosixFilePermissions(this.token, PosixFilePermissions.fromString("rw-------"));
		this.model = MockModel.start();
		this.home = MockCodexHome.builder(this.model).build();
		this.server = RemoteAppServer.ws(this.home.path(), "--ws-auth", "capability-token", "--ws-token-file",
				this.token.toString());
		this.relay = new TlsRelay(serverTls, this.server.port());
	}

	@AfterEach
	void stop() {
		if (this.relay != null) {
			this.relay.close();
		}
		if (this.server != null) {
			this.server.close();
		}
		if (this.home != null) {
			this.home.close();
		}
		if (this.model != null) {
			this.model.close();
		}
	}

	private String wssUri() {
		return "wss://127.0.0.1:" + this.relay.port();
	}

	@Test
	void aTurnRunsThroughWssWithAnSslContextThatTrustsTheRelaysCertificate() throws Exception {
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		trusted.load(null, null);
		trusted.setCertificateEntry("relay", this.keyStore.getCertificate("relay"));
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext clientTls = SSLContext.getInstance("TLS");
		clientTls.init(null, trust.getTrustManagers(), null);
		RemoteEndpoint endpoint = RemoteEndpoint.builder(wssUri())
			.auth(RemoteAuth.capabilityTokenFile(this.token))
			.sslContext(clientTls)
			.build();
		assertThat(endpoint.isReady(Duration.ofSeconds(5))).as("/readyz over https through the relay").isTrue();

		this.model.enqueue(MockResponse.streamed("over tls", List.of("over ", "tls")));
		try (Codex codex = Codex.start(CodexConfig.builder().endpoint(endpoint).startupTimeout(Duration.ofSeconds(20))
			.build())) {
			assertThat(codex.startThread().run("hi").finalResponse()).isEqualTo("over tls");
		}
		assertThat(this.relay.connections()).as("the turn went through the relay").isPositive();
	}

	@Test
	void anUntrustedCertificateFailsClearlyNamingTheEndpoint() {
		// the JDK's default trust store does not know the self-signed certificate
		RemoteEndpoint endpoint = RemoteEndpoint.builder(wssUri()).auth(RemoteAuth.capabilityTokenFile(this.token)).build();
		assertThatThrownBy(() -> Codex.start(CodexConfig.builder().endpoint(endpoint)
			.startupTimeout(Duration.ofSeconds(10))
			.build())).isInstanceOfSatisfying(CodexStartupException.class, (ex) -> assertThat(ex.reason())
				.isEqualTo(CodexStartupException.Reason.CONNECTION_FAILED))
			.hasMessageContaining(wssUri())
			.hasMessageContaining("certification path");
	}

	/** Accepts TLS on a loopback port and passes the bytes both ways to the plain WebSocket port. */
	private static final class TlsRelay implements AutoCloseable {

		private final SSLServerSocket listener;

		private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

		private final Thread acceptor;

		private volatile int connections;

		TlsRelay(SSLContext tls, int targetPort) throws IOException {
			this.listener = (SSLServerSocket) tls.getServerSocketFactory()
				.createServerSocket(0, 50, InetAddress.getLoopbackAddress());
			this.acceptor = new Thread(() -> {
				while (!this.listener.isClosed()) {
					try {
						Socket client = this.listener.accept();
						Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
						this.sockets.add(client);
						this.sockets.add(target);
						this.connections++;
						pump(client, target);
						pump(target, client);
					}
					catch (IOException ex) {
						// closed, or a connection that could not be relayed
					}
				}
			}, "tls-relay-accept");
			this.acceptor.setDaemon(true);
			this.acceptor.start();
		}

		private void pump(Socket from, Socket to) {
			Thread thread = new Thread(() -> {
				byte[] buffer = new byte[16384];
				try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
					int n;
					while ((n = in.read(buffer)) >= 0) {
						out.write(buffer, 0, n);
						out.flush();
					}
				}
				catch (IOException ex) {
					// a side closed (or the TLS handshake failed)
				}
				finally {
					closeQuietly(from);
					closeQuietly(to);
				}
			}, "tls-relay-pump");
			thread.setDaemon(true);
			thread.start();
		}

		int port() {
			return this.listener.getLocalPort();
		}

		int connections() {
			return this.connections;
		}

		private static void closeQuietly(Socket socket) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// already closed
			}
		}

		@Override
		public void close() {
			try {
				this.listener.close();
			}
			catch (IOException ex) {
				// already closed
			}
			this.sockets.forEach(TlsRelay::closeQuietly);
			try {
				this.acceptor.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
