package dev.codexjava.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;

/**
 * How the client authenticates to a remote app-server's WebSocket listener: not at all (loopback servers started
 * without {@code --ws-auth}, and Unix sockets), with a capability token ({@code --ws-auth capability-token}) read
 * from a file or a {@link Supplier} on every connection, or with a signed bearer token
 * ({@code --ws-auth signed-bearer-token}): an HS256 JWT with issuer, audience and expiry, minted fresh for every
 * connection from a shared-secret file. Either token travels as {@code Authorization: Bearer <token>} on the
 * WebSocket upgrade. Immutable; {@link #toString()} names the mode and the file, never a token or secret.
 */
public final class RemoteAuth {

	/** The default lifetime of a minted signed bearer token. */
	public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(5);

	private static final RemoteAuth NONE = new RemoteAuth(Kind.NONE, null, null, null, null, null, null);

	enum Kind {

		NONE, CAPABILITY_TOKEN, SIGNED_BEARER_TOKEN

	}

	private final Kind kind;

	private final @Nullable Path file;

	private final @Nullable Supplier<String> tokenSupplier;

	private final @Nullable String issuer;

	private final @Nullable String audience;

	private final @Nullable Duration lifetime;

	private final @Nullable Clock clock;

	private RemoteAuth(Kind kind, @Nullable Path file, @Nullable Supplier<String> tokenSupplier,
			@Nullable String issuer, @Nullable String audience, @Nullable Duration lifetime, @Nullable Clock clock) {
		this.kind = kind;
		this.file = file;
		this.tokenSupplier = tokenSupplier;
		this.issuer = issuer;
		this.audience = audience;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/** No credentials (a loopback server started without {@code --ws-auth}, or a Unix socket). */
	public static RemoteAuth none() {
		return NONE;
	}

	/**
	 * A capability token read from {@code tokenFile} on every connection (so a rotated file is picked up on the next
	 * reconnect); surrounding whitespace is ignored, as the app-server does with {@code --ws-token-file}.
	 */
	public static RemoteAuth capabilityTokenFile(Path tokenFile) {
		return new RemoteAuth(Kind.CAPABILITY_TOKEN, Objects.requireNonNull(tokenFile, "tokenFile"), null, null, null,
				null, null);
	}

	/** A capability token asked from {@code token} on every connection (e.g. from a secret store). */
	public static RemoteAuth capabilityToken(Supplier<String> token) {
		return new RemoteAuth(Kind.CAPABILITY_TOKEN, null, Objects.requireNonNull(token, "token"), null, null, null,
				null);
	}

	/**
	 * Signed bearer tokens: an HS256 JWT with {@code iss}, {@code aud}, {@code iat} and {@code exp}
	 * ({@link #DEFAULT_TOKEN_LIFETIME} ahead), minted for every connection with the shared secret in
	 * {@code sharedSecretFile} (the file the server reads with {@code --ws-shared-secret-file}; at least 32 bytes,
	 * surrounding whitespace ignored).
	 */
	public static RemoteAuth signedBearerToken(Path sharedSecretFile, String issuer, String audience) {
		return new RemoteAuth(Kind.SIGNED_BEARER_TOKEN, Objects.requireNonNull(sharedSecretFile, "sharedSecretFile"),
				null, requireText(issuer, "issuer"), requireText(audience, "audience"), DEFAULT_TOKEN_LIFETIME,
				Clock.systemUTC());
	}

	/** A copy whose minted tokens expire {@code lifetime} after they are minted (signed bearer tokens only). */
	public RemoteAuth withTokenLifetime(Duration lifetime) {
		if (this.kind != Kind.SIGNED_BEARER_TOKEN) {
			throw new IllegalStateException("only signed bearer tokens have a lifetime");
		}
		if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
			throw new IllegalArgumentException("lifetime must be a positive duration, was " + lifetime);
		}
		return new RemoteAuth(this.kind, this.file, null, this.issuer, this.audience, lifetime, this.clock);
	}

	/** A copy minting with {@code clock} (tests). */
	RemoteAuth withClock(Clock clock) {
		return new RemoteAuth(this.kind, this.file, null, this.issuer, this.audience, this.lifetime,
				Objects.requireNonNull(clock, "clock"));
	}

	/** Whether this sends credentials (which must not cross a network in clear). */
	public boolean sendsCredentials() {
		return this.kind != Kind.NONE;
	}

	Kind kind() {
		return this.kind;
	}

	/**
	 * The {@code Authorization} header value for a new connection, or {@code null} for none. Reads the file (or asks
	 * the supplier) now; a signed token is minted now.
	 * @throws CodexStartupException if the token or secret cannot be read (the message names the file only)
	 */
	@Nullable String authorizationHeader(String endpoint) {
		switch (this.kind) {
			case NONE:
				return null;
			case CAPABILITY_TOKEN: {
				String token;
				if (this.file != null) {
					byte[] bytes = readSecret(this.file, endpoint, "capability-token file");
					token = new String(bytes, StandardCharsets.UTF_8);
					Arrays.fill(bytes, (byte) 0);
				}
				else {
					try {
						token = this.tokenSupplier.get();
					}
					catch (RuntimeException ex) {
						throw new CodexStartupException(Reason.AUTHENTICATION_FAILED, "Connecting to " + endpoint
								+ ": the capability-token supplier failed (" + ex.getClass().getSimpleName() + ")");
					}
					token = (token != null) ? token.strip() : null;
				}
				if (token == null || token.isEmpty()) {
					throw new CodexStartupException(Reason.AUTHENTICATION_FAILED,
							"Connecting to " + endpoint + ": the capability token is empty (" + source() + ")");
				}
				if (!token.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
					throw new CodexStartupException(Reason.AUTHENTICATION_FAILED, "Connecting to " + endpoint
							+ ": the capability token holds characters an HTTP header cannot carry (" + source()
							+ ")");
				}
				return "Bearer " + token;
			}
			case SIGNED_BEARER_TOKEN: {
				byte[] secret = readSecret(this.file, endpoint, "shared-secret file");
				try {
					if (secret.length < HmacJwt.MIN_SECRET_BYTES) {
						throw new CodexStartupException(Reason.AUTHENTICATION_FAILED,
								"Connecting to " + endpoint + ": the shared-secret file " + this.file
										+ " must hold at least " + HmacJwt.MIN_SECRET_BYTES + " bytes (it holds "
										+ secret.length + ")");
					}
					return "Bearer " + HmacJwt.mint(secret, this.issuer, this.audience, this.clock.instant(),
							this.lifetime);
				}
				finally {
					Arrays.fill(secret, (byte) 0);
				}
			}
			default:
				throw new IllegalStateException(this.kind.name());
		}
	}

	private String source() {
		return (this.file != null) ? "file " + this.file : "supplier";
	}

	/** The file's bytes without surrounding ASCII whitespace (what the app-server compares against). */
	private static byte[] readSecret(Path file, String endpoint, String what) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			// the exception names the file and the failure, never the content
			throw new CodexStartupException(Reason.AUTHENTICATION_FAILED, "Connecting to " + endpoint
					+ ": cannot read the " + what + " " + file + " (" + ex.getClass().getSimpleName() + ")");
		}
		int from = 0;
		int to = bytes.length;
		while (from < to && isSpace(bytes[from])) {
			from++;
		}
		while (to > from && isSpace(bytes[to - 1])) {
			to--;
		}
		if (from == 0 && to == bytes.length) {
			return bytes;
		}
		byte[] trimmed = Arrays.copyOfRange(bytes, from, to);
		Arrays.fill(bytes, (byte) 0);
		return trimmed;
	}

	private static boolean isSpace(byte b) {
		return b == ' ' || b == '\n' || b == '\r' || b == '\t';
	}

	private static String requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case NONE -> "RemoteAuth[none]";
			case CAPABILITY_TOKEN -> "RemoteAuth[capability-token, " + source() + "]";
			case SIGNED_BEARER_TOKEN -> "RemoteAuth[signed-bearer-token, secret file " + this.file + ", issuer="
					+ this.issuer + ", audience=" + this.audience + ", lifetime=" + this.lifetime + "]";
		};
	}

}
