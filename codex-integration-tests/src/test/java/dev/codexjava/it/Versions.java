package dev.codexjava.it;

/** Orders codex versions ({@code 0.169.0} before {@code 0.171.0}) for the tests that depend on one. */
final class Versions {

	private Versions() {
	}

	/** Compares dotted numeric versions; a pre-release suffix after {@code -} is ignored. */
	static int compare(String a, String b) {
		String[] x = a.split("-", 2)[0].split("\\.");
		String[] y = b.split("-", 2)[0].split("\\.");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			int c = Integer.compare(part(x, i), part(y, i));
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	private static int part(String[] parts, int i) {
		return (i < parts.length) ? Integer.parseInt(parts[i]) : 0;
	}

}
