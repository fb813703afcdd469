package dev.codexjava.client;

/** The SDK's own version, from the jar manifest (or "dev" when run from classes). */
final class SdkVersion {

	private SdkVersion() {
	}

	static String get() {
		String version = SdkVersion.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "0.1.0-dev";
	}

}
