package io.github.ciscosupport.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Median and range of repeated measurements. Medians, not means: on a shared 2-core machine one
 * repetition now and then loses the CPU, and a mean would carry that outlier into the figure.
 */
record Summary(double median, double min, double max, int repetitions) {

	static Summary of(List<? extends Number> values) {
		double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
		return new Summary(percentile(sorted, 0.5), sorted[0], sorted[sorted.length - 1], sorted.length);
	}

	/** The nearest-rank percentile of sorted values. */
	static double percentile(double[] sorted, double fraction) {
		int rank = (int) Math.ceil(fraction * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static double percentile(long[] values, double fraction) {
		return percentile(Arrays.stream(values).mapToDouble((value) -> value).sorted().toArray(), fraction);
	}

	/** {@code 0.97 (0.95–0.99, n=7)}, with the given number of decimals. */
	String format(int decimals) {
		String number = "%." + decimals + "f";
		return String.format(Locale.ROOT, number + " (" + number + "–" + number + ", n=%d)", this.median, this.min,
				this.max, this.repetitions);
	}

}
