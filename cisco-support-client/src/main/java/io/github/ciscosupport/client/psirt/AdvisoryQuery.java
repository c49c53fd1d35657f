package io.github.ciscosupport.client.psirt;

import java.time.LocalDate;
import java.util.Objects;

import io.github.ciscosupport.client.internal.DateRanges;
import org.jspecify.annotations.Nullable;

/**
 * The optional arguments of a security advisory search by severity. The first-published range
 * is checked when it is set.
 * <pre class="code">
 * AdvisoryQuery query = AdvisoryQuery.none().firstPublishedBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
 * </pre>
 *
 * @param firstPublishedFrom the first day an advisory was first published on, inclusive, or
 * {@code null} for any
 * @param firstPublishedTo the last day, inclusive, or {@code null} for any
 */
public record AdvisoryQuery(@Nullable LocalDate firstPublishedFrom, @Nullable LocalDate firstPublishedTo) {

	private static final AdvisoryQuery NONE = new AdvisoryQuery(null, null);

	/**
	 * Checks the date range.
	 * @throws IllegalArgumentException if only one end is set, or the range ends before it starts
	 */
	public AdvisoryQuery {
		DateRanges.check(firstPublishedFrom, firstPublishedTo, "first-published date range");
	}

	/**
	 * No optional argument: every advisory of the severity.
	 * @return the query
	 */
	public static AdvisoryQuery none() {
		return NONE;
	}

	/**
	 * This query with a first-published date range.
	 * @param from the first day, inclusive
	 * @param to the last day, inclusive
	 * @return a new query
	 * @throws IllegalArgumentException if the range ends before it starts
	 */
	public AdvisoryQuery firstPublishedBetween(LocalDate from, LocalDate to) {
		return new AdvisoryQuery(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
	}

	/** Whether the first-published range is set. */
	boolean hasFirstPublishedRange() {
		return this.firstPublishedFrom != null;
	}

}
