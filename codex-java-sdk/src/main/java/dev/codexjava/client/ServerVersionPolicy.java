package dev.codexjava.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.codexjava.error.CodexStartupException;
import dev.codexjava.error.CodexStartupException.Reason;

/**
 * What the SDK does with the app-server version reported at the handshake: older than {@link #MINIMUM} is refused
 * (the SDK's methods and fields are only known to exist from there on), {@link #MINIMUM} to {@link #NEWEST_TESTED} is
 * the tested range, and a newer version is used with one WARN per version and JVM (its protocol is expected to be
 * compatible, but no test has proven it). An unreadable version is used with a WARN.
 */
final class ServerVersionPolicy {

	// obtained at first use, not at class initialisation: the first Codex.start spawns the app-server before a
	// logging backend initialises (hundreds of classes), so that the two overlap
	private static final class Logs {

		static final Logger log = LoggerFactory.getLogger(ServerVersionPolicy.class);

		private Logs() {
		}

	}

	/**
	 * The oldest app-server version the SDK accepts: the pinned version the whole test suite runs against (from the
	 * build, see {@link SdkBuildInfo}).
	 */
	static final String MINIMUM = SdkBuildInfo.minimumServerVersion();

	/** The newest app-server version the SDK's real-binary tests run against (from the build). */
	static final String NEWEST_TESTED = SdkBuildInfo.newestTestedServerVersion();

	/** Newer-than-tested versions already warned about, so restarts and further clients do not repeat it. */
	private static final Set<String> warnedNewer = ConcurrentHashMap.newKeySet();

	private ServerVersionPolicy() {
	}

	/** The tested range as text, e.g. {@code 0.169.0 to 0.171.0}. */
	static String testedRange() {
		return MINIMUM + " to " + NEWEST_TESTED;
	}

	/**
	 * Checks the version the server reported.
	 * @param version the version, or {@code null} if the user agent had none
	 * @param userAgent the server's user agent (for the warning when the version is unreadable)
	 * @throws CodexStartupException with {@link Reason#VERSION_TOO_OLD} when the version is older than
	 * {@link #MINIMUM}
	 */
	static void check(String version, String userAgent) {
		if (version == null) {
			Logs.log.warn("Could not read the Codex version from user agent '{}'; continuing (this SDK is tested with "
					+ "codex {})", userAgent, testedRange());
			return;
		}
		if (Versions.compare(version, MINIMUM) < 0) {
			throw new CodexStartupException(Reason.VERSION_TOO_OLD,
					"Codex app-server " + version + " is older than " + MINIMUM + ", the oldest version this SDK "
							+ "supports (tested: " + testedRange() + "). Upgrade it with 'npm install -g "
							+ "@openai/codex@" + MINIMUM + "' or point codexBinary/CODEX_BIN at a newer binary.");
		}
		if (Versions.compare(version, NEWEST_TESTED) > 0 && warnedNewer.add(version)) {
			Logs.log.warn("Codex app-server {} is newer than the versions this SDK is tested with ({}); continuing "
					+ "(see docs/compatibility.md)", version, testedRange());
		}
	}

}
