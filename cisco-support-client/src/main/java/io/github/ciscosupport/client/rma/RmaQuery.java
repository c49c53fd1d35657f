package io.github.ciscosupport.client.rma;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.ciscosupport.client.internal.DateRanges;
import org.jspecify.annotations.Nullable;

/**
 * The optional arguments of a search for the RMAs of a user. Unset arguments are not sent, so
 * Cisco's default applies (RMAs ordered in the 30 days before today). The order date range is
 * checked when it is set.
 * <pre class="code">
 * RmaQuery query = RmaQuery.none().orderedBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
 * </pre>
 *
 * @param orderedFrom the first order day, or {@code null} for Cisco's default
 * @param orderedTo the last order day, inclusive, or {@code null} for Cisco's default
 */
public record RmaQuery(@Nullable LocalDate orderedFrom, @Nullable LocalDate orderedTo) {

	private static final RmaQuery NONE = new RmaQuery(null, null);

	/**
	 * Checks the date range.
	 * @throws IllegalArgumentException if only one end is set, or the range ends before it starts
	 */
	public RmaQuery {
		DateRanges.check(orderedFrom, orderedTo, "order date range");
	}

	/**
	 * No optional argument: Cisco's default range, the last 30 days.
	 * @return the query
	 */
	public static RmaQuery none() {
		return NONE;
	}

	/**
	 * This query with an order date range.
	 * @param from the first day
	 * @param to the last day, inclusive
	 * @return a new query
	 * @throws IllegalArgumentException if the range ends before it starts
	 */
	public RmaQuery orderedBetween(LocalDate from, LocalDate to) {
		return new RmaQuery(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
	}

	/** The query parameters of the set arguments, by name. */
	Map<String, Object> queryParameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (this.orderedFrom != null && this.orderedTo != null) {
			parameters.put("fromDate", this.orderedFrom);
			parameters.put("toDate", this.orderedTo);
		}
		return parameters;
	}

}
