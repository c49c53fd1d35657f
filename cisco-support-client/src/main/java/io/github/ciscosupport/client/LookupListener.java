package io.github.ciscosupport.client;

/**
 * Told about every input a typed client answers, for metrics. Implementations must be fast and
 * must not throw. Tag values come from small fixed sets: the API name and Cisco's error codes,
 * never an input.
 */
public interface LookupListener {

	/** A listener that does nothing. */
	LookupListener NONE = new LookupListener() {
	};

	/**
	 * Inputs answered by an API.
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
	 * @param kind the API's error code (such as {@code SSA_ERR_026}), or the error's kind
	 * ({@code NOT_FOUND}, {@code INVALID_INPUT}, {@code API_ERROR}, {@code UNAVAILABLE}) when it has
	 * no code; {@code UNAVAILABLE} errors never have one
	 * @param count how many inputs
	 */
	default void inputErrors(String api, String kind, int count) {
	}

	/**
	 * Inputs whose answer was found in the answer cache, so they were not sent to Cisco.
	 * @param api the API, as for {@link #inputs}
	 * @param count how many inputs
	 */
	default void cacheHits(String api, int count) {
	}

	/**
	 * Inputs looked up in the answer cache and not found there (or expired), so they go to Cisco.
	 * @param api the API, as for {@link #inputs}
	 * @param count how many inputs
	 */
	default void cacheMisses(String api, int count) {
	}

}
