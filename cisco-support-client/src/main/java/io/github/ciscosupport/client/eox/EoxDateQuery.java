package io.github.ciscosupport.client.eox;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The optional arguments of an EoX search by dates. Unset arguments are not sent, so Cisco's
 * defaults apply (the dates match the update timestamp).
 * <pre class="code">
 * EoxDateQuery query = EoxDateQuery.none().attribute(EoxDateAttribute.LAST_DATE_OF_SUPPORT);
 * </pre>
 *
 * @param attribute the milestone the dates match, or {@code null} for Cisco's default
 */
public record EoxDateQuery(@Nullable EoxDateAttribute attribute) {

	private static final EoxDateQuery NONE = new EoxDateQuery(null);

	/**
	 * No optional argument: Cisco's defaults.
	 * @return the query
	 */
	public static EoxDateQuery none() {
		return NONE;
	}

	/**
	 * This query with the milestone the dates match.
	 * @param attribute the milestone
	 * @return a new query
	 */
	public EoxDateQuery attribute(EoxDateAttribute attribute) {
		return new EoxDateQuery(Objects.requireNonNull(attribute, "attribute"));
	}

	/** The query parameters of the set arguments, by name. */
	Map<String, Object> queryParameters() {
		return (this.attribute != null) ? Map.of("eoxAttrib", this.attribute.code()) : Map.of();
	}

}
