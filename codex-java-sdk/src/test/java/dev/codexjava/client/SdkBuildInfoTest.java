package dev.codexjava.client;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versions come from the resource the build writes, not from a jar manifest: the tests run on
 * {@code target/classes}, where there is no manifest (as in a native image or a shaded jar), and still see the
 * project's version and the supported app-server range.
 */
class SdkBuildInfoTest {

	@Test
	void theSdkVersionIsTheProjectVersionAlsoWithoutAJarManifest() {
		assertThat(Codex.class.getPackage().getImplementationVersion()).as("running without a jar manifest").isNull();
		assertThat(Codex.sdkVersion()).isNotNull()
			.isNotEqualTo(SdkBuildInfo.UNKNOWN_SDK_VERSION)
			.isEqualTo(System.getProperty("expected.sdk.version"));
		assertThat(CodexConfig.builder().build().clientVersion()).isEqualTo(Codex.sdkVersion());
	}

	@Test
	void theSupportedServerRangeComesFromTheBuild() {
		assertThat(Codex.MINIMUM_SERVER_VERSION).isEqualTo(System.getProperty("expected.minimum-server-version"));
		assertThat(Codex.NEWEST_TESTED_SERVER_VERSION)
			.isEqualTo(System.getProperty("expected.newest-tested-server-version"));
	}

	@Test
	void theResourceIsWhereTheNativeImageHintsPointAndIsFiltered() throws Exception {
		Properties properties = new Properties();
		try (InputStream in = ClassLoader.getSystemResourceAsStream(SdkBuildInfo.RESOURCE_PATH)) {
			assertThat(in).as(SdkBuildInfo.RESOURCE_PATH).isNotNull();
			properties.load(in);
		}
		assertThat(properties).containsEntry("sdk.version", Codex.sdkVersion())
			.containsEntry("server.minimum-version", Codex.MINIMUM_SERVER_VERSION)
			.containsEntry("server.newest-tested-version", Codex.NEWEST_TESTED_SERVER_VERSION);
		assertThat(properties.values()).noneMatch((value) -> value.toString().contains("${"));
	}

}
