package dev.codexjava.transport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.codexjava.error.CodexStartupException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemoteEndpointTest {

	@TempDir
	Path tmp;

	private static final String SECRET = "0123456789abcdef0123456789abcdef-shared";

	@Test
	void aTokenOverPlainWsToANonLoopbackHostIsRefusedUnlessAllowed() throws Exception {
		RemoteAuth token = RemoteAuth.capabilityToken(() -> "tok");
		assertThatThrownBy(() -> RemoteEndpoint.builder("ws://codex.example.com:4500").auth(token).build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("in clear")
			.hasMessageContaining("wss://");
		assertThatThrownBy(() -> RemoteEndpoint.builder("ws://10.0.0.5:4500").auth(token).build())
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(RemoteEndpoint.builder("ws://10.0.0.5:4500").auth(token).allowCredentialsInClear(true).build()
			.uri()).hasHost("10.0.0.5");
		assertThat(RemoteEndpoint.builder("ws://127.0.0.1:4500").auth(token).build().isLoopback()).isTrue();
		assertThat(RemoteEndpoint.builder("ws://[::1]:4500").auth(token).build().isLoopback()).isTrue();
		assertThat(RemoteEndpoint.builder("ws://localhost:4500").auth(token).build().isLoopback()).isTrue();
		assertThat(RemoteEndpoint.builder("wss://codex.example.com").auth(token).build().kind())
			.isEqualTo(RemoteEndpoint.Kind.WSS);
		// no token: nothing to leak
		assertThat(RemoteEndpoint.of("ws://10.0.0.5:4500").isLoopback()).isFalse();
	}

	@Test
	void badEndpointsAreRejectedClearly() {
		assertThatThrownBy(() -> RemoteEndpoint.of("http://127.0.0.1:1")).hasMessageContaining("ws://HOST:PORT");
		assertThatThrownBy(() -> RemoteEndpoint.of("ws://user:pw@127.0.0.1:1")).hasMessageContaining("user info");
		assertThatThrownBy(() -> RemoteEndpoint.of("ws://127.0.0.1:1/?token=x")).hasMessageContaining("query");
		assertThatThrownBy(() -> RemoteEndpoint.of("unix://")).hasMessageContaining("socket path");
		assertThatThrownBy(() -> RemoteEndpoint.builder("unix:///run/x.sock")
			.auth(RemoteAuth.capabilityToken(() -> "t"))
			.build()).hasMessageContaining("no credentials");
		assertThat(RemoteEndpoint.of("unix:///run/x.sock").socketPath()).isEqualTo(Path.of("/run/x.sock"));
	}

	@Test
	void aRejectedEndpointsMessageNeverQuotesCredentialsPutInTheUri() {
		for (String uri : new String[] { "http://user:s3cr3t@127.0.0.1:1", "ws://user:s3cr3t@bad_host:1",
				"ws://user:s3cr3t@127.0.0.1:1 /x", "wss://s3cr3t@[::1", "https://h:1/?token=s3cr3t",
				"ftp://h/#s3cr3t", "ws:///?token=s3cr3t" }) {
			assertThatThrownBy(() -> RemoteEndpoint.of(uri)).as(uri)
				.isInstanceOf(IllegalArgumentException.class)
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("s3cr3t"))
				.hasNoCause();
		}
		// what is left is enough to find the mistake
		assertThatThrownBy(() -> RemoteEndpoint.of("http://user:s3cr3t@127.0.0.1:1"))
			.hasMessageContaining("http://***@127.0.0.1:1")
			.hasMessageContaining("ws://HOST:PORT");
		assertThatThrownBy(() -> RemoteEndpoint.of("ws://127.0.0.1:1 /x")).hasMessageContaining("ws://127.0.0.1:1 /x")
			.hasMessageContaining("at index");
	}

	@Test
	void secretsNeverShowInToString() throws Exception {
		Path token = Files.writeString(this.tmp.resolve("token"), "supersecrettoken\n");
		RemoteEndpoint endpoint = RemoteEndpoint.builder("ws://127.0.0.1:1")
			.auth(RemoteAuth.capabilityTokenFile(token))
			.build();
		assertThat(endpoint.toString()).contains("capability-token").doesNotContain("supersecrettoken");
		assertThat(RemoteAuth.capabilityToken(() -> "supersecrettoken").toString())
			.doesNotContain("supersecrettoken");
		// the header is the trimmed file content
		assertThat(endpoint.auth().authorizationHeader("x")).isEqualTo("Bearer supersecrettoken");
	}

	@Test
	void signedTokensAreHs256JwtsWithIssuerAudienceAndExpiry() throws Exception {
		Path secret = Files.writeString(this.tmp.resolve("secret"), SECRET + "\n");
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		RemoteAuth auth = RemoteAuth.signedBearerToken(secret, "iss-1", "aud-1")
			.withTokenLifetime(Duration.ofMinutes(2))
			.withClock(Clock.fixed(now, ZoneOffset.UTC));
		String header = auth.authorizationHeader("ws://x");
		assertThat(header).startsWith("Bearer ");
		String[] parts = header.substring(7).split("\\.");
		assertThat(parts).hasSize(3);
		Base64.Decoder dec = Base64.getUrlDecoder();
		assertThat(new String(dec.decode(parts[0]), StandardCharsets.UTF_8)).contains("\"alg\":\"HS256\"");
		String claims = new String(dec.decode(parts[1]), StandardCharsets.UTF_8);
		assertThat(claims).contains("\"iss\":\"iss-1\"", "\"aud\":\"aud-1\"",
				"\"iat\":" + now.getEpochSecond(), "\"exp\":" + (now.getEpochSecond() + 120));
		Mac mac = Mac.getInstance("HmacSHA256");
		// signed with the trimmed secret, as the app-server reads it
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
		assertThat(dec.decode(parts[2])).isEqualTo(expected);
		assertThat(auth.toString()).doesNotContain(SECRET);
	}

	@Test
	void unreadableOrShortSecretsFailWithoutShowingContent() throws Exception {
		Path shortSecret = Files.writeString(this.tmp.resolve("short"), "tooShortSecret");
		assertThatThrownBy(() -> RemoteAuth.signedBearerToken(shortSecret, "i", "a").authorizationHeader("ws://x"))
			.isInstanceOf(CodexStartupException.class)
			.hasMessageContaining("at least 32 bytes")
			.message()
			.doesNotContain("tooShortSecret");
		assertThatThrownBy(() -> RemoteAuth.capabilityTokenFile(this.tmp.resolve("missing"))
			.authorizationHeader("ws://x")).isInstanceOf(CodexStartupException.class).hasMessageContaining("missing");
		assertThatThrownBy(() -> RemoteAuth.capabilityToken(() -> "two words").authorizationHeader("ws://x"))
			.hasMessageContaining("cannot carry")
			.message()
			.doesNotContain("two words");
	}

	@Test
	void fragmentsAreJoinedAndOversizedMessagesSkippedWithoutLosingTheNext() {
		MessageAssembler assembler = new MessageAssembler(1024);
		assertThat(assembler.add("{\"a\":", false)).isNull();
		assertThat(assembler.add("1}", true)).isEqualTo("{\"a\":1}");
		assertThat(assembler.add("x".repeat(1000), false)).isNull();
		assertThat(assembler.add("é".repeat(20), true)).isSameAs(MessageAssembler.OVERSIZED);
		assertThat(assembler.lastOversizedLength()).isEqualTo(1040);
		assertThat(assembler.add("{}", true)).isEqualTo("{}");
	}

	@Test
	void aMessageInOneFrameIsCheckedAgainstTheLimitInUtf8Bytes() {
		MessageAssembler assembler = new MessageAssembler(1024);
		assertThat(assembler.add("x".repeat(1024), true)).hasSize(1024);
		assertThat(assembler.add("é".repeat(512), true)).hasSize(512); // 1024 bytes
		assertThat(assembler.add("é".repeat(513), true)).isSameAs(MessageAssembler.OVERSIZED);
		assertThat(assembler.lastOversizedLength()).isEqualTo(1026);
		assertThat(assembler.add("x".repeat(1025), true)).isSameAs(MessageAssembler.OVERSIZED);
		// a message whose fragments were empty so far is still a whole message
		assertThat(assembler.add("", false)).isNull();
		assertThat(assembler.add("{}", true)).isEqualTo("{}");
	}

}
