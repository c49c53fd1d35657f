package io.github.ciscosupport.autoconfigure.metrics;

/**
 * Records what the typed clients send and get back per API. The auto-configured bean writes to
 * Micrometer when a {@code MeterRegistry} is present:
 * <ul>
 * <li>{@value #INPUTS}: counter of inputs (serial numbers, product IDs, ...) sent, tag
 * {@code api};</li>
 * <li>{@value #INPUT_ERRORS}: counter of inputs that came back as per-item errors, tags
 * {@code api} and {@code kind}.</li>
 * </ul>
 * Typed-client auto-configurations take it with
 * {@code ObjectProvider<CiscoSupportMetrics>.getIfAvailable(() -> CiscoSupportMetrics.NONE)},
 * so they work without Micrometer. Tag values must come from small fixed sets: never pass an input
 * value.
 */
public interface CiscoSupportMetrics {

	/** Name of the counter of inputs sent per API. */
	String INPUTS = "cisco.support.inputs";

	/** Name of the counter of per-input errors per API. */
	String INPUT_ERRORS = "cisco.support.input.errors";

	/** Records nothing. */
	CiscoSupportMetrics NONE = new CiscoSupportMetrics() {
	};

	/**
	 * Inputs sent to an API.
	 * @param api the API, as its client package is named: {@code eox}, {@code coverage},
	 * {@code product}, {@code bug}, {@code software}, {@code psirt}, {@code cases}, {@code rma},
	 * {@code asd}
	 * @param count how many inputs
	 */
	default void inputs(String api, int count) {
	}

	/**
	 * Inputs that came back as an error instead of data.
	 * @param api the API, as for {@link #inputs}
	 * @param kind the API's error code (such as {@code SSA_ERR_026} or {@code NO_RECORDS_FOUND}),
	 * or a short word of the client's for errors without one
	 * @param count how many inputs
	 */
	default void inputErrors(String api, String kind, int count) {
	}

}
