package io.github.ciscosupport.client.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.ciscosupport.client.internal.DateRanges;
import org.jspecify.annotations.Nullable;

/**
 * The optional arguments of a case search: its filters and order. The creation date range is
 * checked when it is set: Cisco accepts at most 90 days, both ends given.
 * <pre class="code">
 * CaseQuery query = CaseQuery.none().status(CaseStatus.OPEN)
 *     .createdBetween(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
 * </pre>
 *
 * @param status the status, or {@code null} for any
 * @param sortOrder the order, or {@code null} for Cisco's default
 * @param createdFrom the first creation day (UTC), or {@code null}
 * @param createdTo the last creation day (UTC), inclusive, or {@code null}
 */
public record CaseQuery(@Nullable CaseStatus status, @Nullable CaseSortOrder sortOrder,
		@Nullable LocalDate createdFrom, @Nullable LocalDate createdTo) {

	/** The longest creation date range Cisco accepts, in days. */
	public static final int MAX_DAYS = 90;

	private static final CaseQuery NONE = new CaseQuery(null, null, null, null);

	/**
	 * Checks the date range.
	 * @throws IllegalArgumentException if only one end is set, or the range ends before it starts
	 * or spans more than 90 days
	 */
	public CaseQuery {
		if (DateRanges.check(createdFrom, createdTo, "creation date range")
				&& ChronoUnit.DAYS.between(createdFrom, createdTo) > MAX_DAYS) {
			throw new IllegalArgumentException("The creation date range " + createdFrom + " to " + createdTo
					+ " spans more than " + MAX_DAYS + " days");
		}
	}

	/**
	 * No optional argument: Cisco's defaults.
	 * @return the query
	 */
	public static CaseQuery none() {
		return NONE;
	}

	/**
	 * This query with a status.
	 * @param status the status
	 * @return a new query
	 */
	public CaseQuery status(CaseStatus status) {
		return new CaseQuery(status, this.sortOrder, this.createdFrom, this.createdTo);
	}

	/**
	 * This query with an order.
	 * @param sortOrder the order
	 * @return a new query
	 */
	public CaseQuery sortOrder(CaseSortOrder sortOrder) {
		return new CaseQuery(this.status, sortOrder, this.createdFrom, this.createdTo);
	}

	/**
	 * This query with a creation date range.
	 * @param from the first day (UTC)
	 * @param to the last day (UTC), inclusive, at most 90 days after {@code from}
	 * @return a new query
	 * @throws IllegalArgumentException if the range ends before it starts or spans more than 90
	 * days
	 */
	public CaseQuery createdBetween(LocalDate from, LocalDate to) {
		return new CaseQuery(this.status, this.sortOrder, Objects.requireNonNull(from, "from"),
				Objects.requireNonNull(to, "to"));
	}

	/** The query parameters of the set arguments, by name. */
	Map<String, Object> queryParameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (this.status != null) {
			parameters.put("status_flag", this.status.code());
		}
		if (this.sortOrder != null) {
			parameters.put("sort_by", this.sortOrder.name());
		}
		if (this.createdFrom != null && this.createdTo != null) {
			// Cisco's own timestamp format, covering the whole of both days
			parameters.put("date_created_from", this.createdFrom + "T00:00:00.000Z");
			parameters.put("date_created_to", this.createdTo + "T23:59:59.999Z");
		}
		return parameters;
	}

}
