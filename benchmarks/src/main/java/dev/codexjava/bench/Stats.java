package dev.codexjava.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Order statistics of one series of measurements. */
public record Stats(double median, double p90, double min, double max, double p25, double p75, int n, double[] values) {

	/** Summarises {@code values} (percentiles by linear interpolation between closest ranks). */
	public static Stats of(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		if (sorted.length == 0) {
			return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, sorted);
		}
		return new Stats(percentile(sorted, 50), percentile(sorted, 90), sorted[0], sorted[sorted.length - 1],
				percentile(sorted, 25), percentile(sorted, 75), sorted.length,
				values.stream().mapToDouble(Double::doubleValue).toArray());
	}

	/** A single value (for figures measured once, e.g. JMH scores). */
	public static Stats single(double value, double error) {
		return new Stats(value, value, value - error, value + error, value, value, 1, new double[] { value });
	}

	static double percentile(double[] sorted, double p) {
		if (sorted.length == 1) {
			return sorted[0];
		}
		double rank = p / 100.0 * (sorted.length - 1);
		int low = (int) Math.floor(rank);
		int high = (int) Math.ceil(rank);
		return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
	}

	/** The raw values, in measurement order. */
	public List<Double> list() {
		List<Double> list = new ArrayList<>();
		for (double v : this.values) {
			list.add(v);
		}
		return list;
	}

	/** {@code median [min–max] n=..}. */
	public String text(String format) {
		if (this.n == 0) {
			return "–";
		}
		if (this.n == 1) {
			return fmt(format, this.median) + ((this.max > this.min) ? " ±" + fmt(format, (this.max - this.min) / 2) : "");
		}
		return fmt(format, this.median) + " [" + fmt(format, this.min) + "–" + fmt(format, this.max) + "] n=" + this.n;
	}

	static String fmt(String format, double value) {
		return String.format(Locale.ROOT, format, value);
	}

	/** Least-squares slope of y over x. */
	public static double slope(double[] x, double[] y) {
		double mx = Arrays.stream(x).average().orElse(0);
		double my = Arrays.stream(y).average().orElse(0);
		double num = 0;
		double den = 0;
		for (int i = 0; i < x.length; i++) {
			num += (x[i] - mx) * (y[i] - my);
			den += (x[i] - mx) * (x[i] - mx);
		}
		return (den == 0) ? 0 : num / den;
	}

}
