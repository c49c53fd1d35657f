package io.github.ciscosupport.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The {@code cisco.support.*} properties cannot configure a working client. Turned into a
 * startup failure report by {@link InvalidCiscoSupportPropertiesFailureAnalyzer}.
 */
public class InvalidCiscoSupportPropertiesException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	public InvalidCiscoSupportPropertiesException(List<Problem> problems) {
		super("Invalid Cisco Support configuration: " + String.join("; ", problems.stream().map(Problem::toString).toList()));
		this.problems = List.copyOf(problems);
	}

	/** What is wrong, one entry per property. */
	public List<Problem> getProblems() {
		return this.problems;
	}

	/**
	 * One property that is missing or invalid.
	 *
	 * @param property the property to set or fix, for example {@code cisco.support.client-id}
	 * @param reason what is wrong with it
	 * @param action what to do about it, or {@code null} for "set the property"
	 */
	public record Problem(String property, String reason, @Nullable String action) {

		public Problem(String property, String reason) {
			this(property, reason, null);
		}

		@Override
		public String toString() {
			return this.property + " " + this.reason;
		}

	}

}
