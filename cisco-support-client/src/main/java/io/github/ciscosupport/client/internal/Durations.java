package io.github.ciscosupport.client.internal;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * How durations read in messages and logs.
 */
public final class Durations {

	private Durations() {
	}

	/**
	 * Seconds with up to millisecond precision, such as {@code 1.5 s} or {@code 30 s}.
	 * @param duration the duration
	 * @return the text
	 */
	public static String seconds(Duration duration) {
		return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
	}

}
