package dev.codexjava.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions written into {@value #RESOURCE} at build time: the SDK's own and the range of app-server versions it
 * supports. A resource rather than the jar manifest, which is missing when running from classes, in a shaded jar and
 * in a native image (the Spring starter registers the resource for native images).
 */
final class SdkBuildInfo {

	/** The resource, next to this class. */
	static final String RESOURCE = "codex-java-sdk.properties";

	/** Its path on the class path (for resource hints). */
	static final String RESOURCE_PATH = "dev/codexjava/client/" + RESOURCE;

	/** Used when the resource was not filtered (running from an IDE that skipped Maven's resource processing). */
	static final String UNKNOWN_SDK_VERSION = "0.1.0-dev";

	private static final Properties properties = load();

	private SdkBuildInfo() {
	}

	/** The SDK's version, e.g. {@code 0.1.0-SNAPSHOT}. */
	static String sdkVersion() {
		String version = value("sdk.version");
		return (version != null) ? version : UNKNOWN_SDK_VERSION;
	}

	/** The oldest app-server version the SDK accepts (the pinned one). */
	static String minimumServerVersion() {
		return required("server.minimum-version");
	}

	/** The newest app-server version the SDK's real-binary tests run against. */
	static String newestTestedServerVersion() {
		return required("server.newest-tested-version");
	}

	private static String required(String key) {
		String value = value(key);
		if (value == null) {
			throw new IllegalStateException("'" + key + "' is missing from " + RESOURCE_PATH
					+ " (a resource the build writes; rebuild the SDK with Maven, or register the resource for a native image)");
		}
		return value;
	}

	/** The value, or {@code null} when missing, blank or an unfiltered {@code ${...}} placeholder. */
	private static String value(String key) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank() || value.contains("${")) {
			return null;
		}
		return value.trim();
	}

	private static Properties load() {
		Properties loaded = new Properties();
		try (InputStream in = SdkBuildInfo.class.getResourceAsStream(RESOURCE)) {
			if (in != null) {
				loaded.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE_PATH, ex);
		}
		return loaded;
	}

}
