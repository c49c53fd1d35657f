package io.github.ciscosupport.test.simulator.data;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * EoX bulletin numbers, unique across the hardware and software bulletins of the
 * {@link CatalogueGenerator catalogue}; the pinned ones of the API reference are taken.
 *
 * @author cisco-support-spring
 */
final class EoxBulletinNumbers {

	private final Set<String> numbers = new HashSet<>(Set.of("EOL5834", "EOL13873"));

	String next(Random random) {
		String number;
		do {
			number = "EOL" + (1000 + random.nextInt(14000));
		}
		while (!this.numbers.add(number));
		return number;
	}

}
