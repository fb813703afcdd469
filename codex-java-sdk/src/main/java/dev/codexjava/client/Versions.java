package dev.codexjava.client;

/** Compares dotted version strings numerically ({@code 0.169.0} vs {@code 0.170.1}); suffixes are ignored. */
final class Versions {

	private Versions() {
	}

	static int compare(String a, String b) {
		String[] x = core(a).split("\\.");
		String[] y = core(b).split("\\.");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			long p = (i < x.length) ? parse(x[i]) : 0;
			long q = (i < y.length) ? parse(y[i]) : 0;
			if (p != q) {
				return Long.compare(p, q);
			}
		}
		return 0;
	}

	private static String core(String version) {
		int cut = version.length();
		for (int i = 0; i < version.length(); i++) {
			char c = version.charAt(i);
			if (!(Character.isDigit(c) || c == '.')) {
				cut = i;
				break;
			}
		}
		return version.substring(0, cut);
	}

	private static long parse(String part) {
		try {
			return part.isEmpty() ? 0 : Long.parseLong(part);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
