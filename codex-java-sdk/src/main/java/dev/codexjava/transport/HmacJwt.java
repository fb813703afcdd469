package dev.codexjava.transport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints HS256 JSON Web Tokens with the JDK's {@link Mac}: header {@code {"alg":"HS256","typ":"JWT"}}, claims
 * {@code iss}, {@code aud}, {@code iat} and {@code exp}. Minting one fixed shape needs no JOSE library.
 */
final class HmacJwt {

	/** The app-server refuses shorter shared secrets. */
	static final int MIN_SECRET_BYTES = 32;

	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private static final String HEADER = B64
		.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

	private HmacJwt() {
	}

	static String mint(byte[] secret, String issuer, String audience, Instant now, Duration lifetime) {
		long iat = now.getEpochSecond();
		long exp = now.plus(lifetime).getEpochSecond();
		String claims = "{\"iss\":" + jsonString(issuer) + ",\"aud\":" + jsonString(audience) + ",\"iat\":" + iat
				+ ",\"exp\":" + exp + "}";
		String signingInput = HEADER + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + B64.encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			// HmacSHA256 is a mandatory JDK algorithm; the message carries no key material
			throw new IllegalStateException("HmacSHA256 is not available: " + ex.getClass().getSimpleName());
		}
	}

	static String jsonString(String value) {
		StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				default -> {
					if (c < 0x20) {
						sb.append(String.format("\\u%04x", (int) c));
					}
					else {
						sb.append(c);
					}
				}
			}
		}
		return sb.append('"').toString();
	}

}
