package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Draws that several sections of the {@link CatalogueGenerator catalogue} make from their
 * {@link Random}.
 *
 * @author cisco-support-spring
 */
final class RandomDraws {

	private RandomDraws() {
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static int weighted(Random random, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	static String chars(Random random, String alphabet, int length) {
		StringBuilder builder = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			builder.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return builder.toString();
	}

	static String hex(Random random, int length) {
		return chars(random, "0123456789abcdef", length);
	}

	static LocalDate day(Random random, int fromYear, int toYear) {
		LocalDate from = LocalDate.of(fromYear, 1, 1);
		int days = (int) ChronoUnit.DAYS.between(from, LocalDate.of(toYear, 12, 31));
		return from.plusDays(random.nextInt(Math.max(days, 1)));
	}

}
