package io.github.ciscosupport.client.bug;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The filters of a bug search. Each takes one value, as the API does: there is no way to ask for
 * severities {@code 1,2,3}, which Cisco would not honour. Unset filters are not sent, so Cisco's
 * defaults apply (bugs modified in the last 30 days).
 * <pre class="code">
 * BugFilter filter = BugFilter.none().status(BugStatus.OPEN).severity(BugSeverity.SEVERE)
 *     .modifiedWithin(BugModifiedWithin.ANY_TIME);
 * </pre>
 *
 * @param status the status, or {@code null} for any
 * @param severity the severity, or {@code null} for any
 * @param modifiedWithin how recently modified, or {@code null} for Cisco's default
 * @param sortOrder the order, or {@code null} for Cisco's default
 */
public record BugFilter(@Nullable BugStatus status, @Nullable BugSeverity severity,
		@Nullable BugModifiedWithin modifiedWithin, @Nullable BugSortOrder sortOrder) {

	private static final BugFilter NONE = new BugFilter(null, null, null, null);

	/**
	 * No filter: Cisco's defaults.
	 * @return the filter
	 */
	public static BugFilter none() {
		return NONE;
	}

	/**
	 * This filter with a status.
	 * @param status the status
	 * @return a new filter
	 */
	public BugFilter status(BugStatus status) {
		return new BugFilter(status, this.severity, this.modifiedWithin, this.sortOrder);
	}

	/**
	 * This filter with a severity.
	 * @param severity the severity
	 * @return a new filter
	 */
	public BugFilter severity(BugSeverity severity) {
		return new BugFilter(this.status, severity, this.modifiedWithin, this.sortOrder);
	}

	/**
	 * This filter with a modification window.
	 * @param modifiedWithin how recently modified
	 * @return a new filter
	 */
	public BugFilter modifiedWithin(BugModifiedWithin modifiedWithin) {
		return new BugFilter(this.status, this.severity, modifiedWithin, this.sortOrder);
	}

	/**
	 * This filter with an order.
	 * @param sortOrder the order
	 * @return a new filter
	 */
	public BugFilter sortOrder(BugSortOrder sortOrder) {
		return new BugFilter(this.status, this.severity, this.modifiedWithin, sortOrder);
	}

	/** The query parameters of the set filters, by name. */
	Map<String, Object> queryParameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (this.status != null) {
			parameters.put("status", this.status.code());
		}
		if (this.severity != null) {
			parameters.put("severity", this.severity.level());
		}
		if (this.modifiedWithin != null) {
			parameters.put("modified_date", this.modifiedWithin.code());
		}
		if (this.sortOrder != null) {
			parameters.put("sort_by", this.sortOrder.code());
		}
		return parameters;
	}

}
