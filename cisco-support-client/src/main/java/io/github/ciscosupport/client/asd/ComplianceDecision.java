package io.github.ciscosupport.client.asd;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The body of a K9 (export) or EULA compliance call: accepted, or declined with comments, plus
 * whatever other fields Cisco asks the user for (name, company...), sent as given.
 * <pre class="code">
 * ComplianceDecision accepted = ComplianceDecision.accepted().with("companyName", "Example Corp");
 * </pre>
 *
 * @param accept whether the user accepts
 * @param declineComments why the user declines; required when declining
 * @param otherFields other body fields, sent as given
 */
public record ComplianceDecision(boolean accept, @Nullable String declineComments, Map<String, String> otherFields) {

	/**
	 * Checks the decision.
	 * @throws IllegalArgumentException if a decline has no comments
	 */
	public ComplianceDecision {
		if (!accept && (declineComments == null || declineComments.isBlank())) {
			throw new IllegalArgumentException("Declining needs comments");
		}
		otherFields = Map.copyOf(otherFields);
	}

	/**
	 * An acceptance.
	 * @return the decision
	 */
	public static ComplianceDecision accepted() {
		return new ComplianceDecision(true, null, Map.of());
	}

	/**
	 * A refusal.
	 * @param comments why
	 * @return the decision
	 */
	public static ComplianceDecision declined(String comments) {
		return new ComplianceDecision(false, comments, Map.of());
	}

	/**
	 * This decision with another body field.
	 * @param name the field name
	 * @param value its value
	 * @return a new decision
	 */
	public ComplianceDecision with(String name, String value) {
		Map<String, String> fields = new LinkedHashMap<>(this.otherFields);
		fields.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
		return new ComplianceDecision(this.accept, this.declineComments, fields);
	}

	/** The JSON body. */
	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>(this.otherFields);
		body.put("status", this.accept ? "Accepted" : "Declined");
		if (this.declineComments != null) {
			body.put("declineComments", this.declineComments);
		}
		return body;
	}

}
