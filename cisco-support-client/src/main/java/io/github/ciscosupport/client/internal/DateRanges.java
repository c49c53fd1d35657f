package io.github.ciscosupport.client.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The check of the optional date ranges of the query records: both ends or none, in order.
 */
public final class DateRanges {

	private DateRanges() {
	}

	/**
	 * Checks an optional date range.
	 * @param from the first day, or {@code null}
	 * @param to the last day, or {@code null}
	 * @param name what the range is, for the message ({@code "order date range"})
	 * @return whether the range is set
	 * @throws IllegalArgumentException if only one end is set, or the range ends before it starts
	 */
	public static boolean check(@Nullable LocalDate from, @Nullable LocalDate to, String name) {
		if (from == null || to == null) {
			if (from != to) {
				throw new IllegalArgumentException("The " + name + " needs both ends");
			}
			return false;
		}
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The " + name + " ends (" + to + ") before it starts (" + from + ")");
		}
		return true;
	}

}
