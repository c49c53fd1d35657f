package io.github.ciscosupport.client.bug;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The optional arguments of a bug search: its filters and order. Each filter takes one value, as
 * the API does: there is no way to ask for severities {@code 1,2,3}, which Cisco would not
 * honour. Unset arguments are not sent, so Cisco's defaults apply (bugs modified in the last 30
 * days).
 * <pre class="code">
 * BugQuery query = BugQuery.none().status(BugStatus.OPEN).severity(BugSeverity.SEVERE)
 *     .modifiedWithin(BugModifiedWithin.ANY_TIME);
 * </pre>
 *
 * @param status the status, or {@code null} for any
 * @param severity the severity, or {@code null} for any
 * @param modifiedWithin how recently modified, or {@code null} for Cisco's default
 * @param sortOrder the order, or {@code null} for Cisco's default
 */
public record BugQuery(@Nullable BugStatus status, @Nullable BugSeverity severity,
		@Nullable BugModifiedWithin modifiedWithin, @Nullable BugSortOrder sortOrder) {

	private static final BugQuery NONE = new BugQuery(null, null, null, null);

	/**
	 * No optional argument: Cisco's defaults.
	 * @return the query
	 */
	public static BugQuery none() {
		return NONE;
	}

	/**
	 * This query with a status.
	 * @param status the status
	 * @return a new query
	 */
	public BugQuery status(BugStatus status) {
		return new BugQuery(status, this.severity, this.modifiedWithin, this.sortOrder);
	}

	/**
	 * This query with a severity.
	 * @param severity the severity
	 * @return a new query
	 */
	public BugQuery severity(BugSeverity severity) {
		return new BugQuery(this.status, severity, this.modifiedWithin, this.sortOrder);
	}

	/**
	 * This query with a modification window.
	 * @param modifiedWithin how recently modified
	 * @return a new query
	 */
	public BugQuery modifiedWithin(BugModifiedWithin modifiedWithin) {
		return new BugQuery(this.status, this.severity, modifiedWithin, this.sortOrder);
	}

	/**
	 * This query with an order.
	 * @param sortOrder the order
	 * @return a new query
	 */
	public BugQuery sortOrder(BugSortOrder sortOrder) {
		return new BugQuery(this.status, this.severity, this.modifiedWithin, sortOrder);
	}

	/** The query parameters of the set arguments, by name. */
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
