package io.github.ciscosupport.autoconfigure.metrics;

import io.github.ciscosupport.client.LookupListener;

/**
 * Records what the typed clients send and get back per API. The auto-configured bean writes to
 * Micrometer when a {@code MeterRegistry} is present:
 * <ul>
 * <li>{@value #INPUTS}: counter of inputs (serial numbers, product IDs, ...) sent, tag
 * {@code api};</li>
 * <li>{@value #INPUT_ERRORS}: counter of inputs that came back as per-item errors, tags
 * {@code api} and {@code kind}.</li>
 * </ul>
 * The typed clients report to it as their {@link LookupListener} (see
 * {@code CiscoSupportClientsAutoConfiguration}); without Micrometer they get
 * {@link LookupListener#NONE}. Tag values come from small fixed sets: never an input value.
 */
public interface CiscoSupportMetrics extends LookupListener {

	/** Name of the counter of inputs sent per API. */
	String INPUTS = "cisco.support.inputs";

	/** Name of the counter of per-input errors per API. */
	String INPUT_ERRORS = "cisco.support.input.errors";

	/**
	 * Counter of inputs looked up in the answer cache, tagged {@code api} and {@code result}
	 * ({@code hit}: answered from the cache, not sent; {@code miss}: sent to Cisco).
	 */
	String CACHE_GETS = "cisco.support.cache.gets";

	/** Records nothing. */
	CiscoSupportMetrics NONE = new CiscoSupportMetrics() {
	};

}
