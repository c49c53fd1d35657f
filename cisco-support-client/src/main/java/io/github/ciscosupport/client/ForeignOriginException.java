package io.github.ciscosupport.client;

import java.util.List;

/**
 * A request through a Cisco Support client was addressed to an origin (scheme, host and port)
 * other than the configured API gateway, and was refused before any token was fetched or sent:
 * the bearer token goes only to the gateway of {@code cisco.support.base-url}. Typical causes are
 * an absolute URL, such as a {@code self_link} of a response, which Cisco writes on
 * {@code api.cisco.com}, and a copy of the client's {@code WebClient} ({@code mutate()}) given
 * another base URL.
 */
public class ForeignOriginException extends CiscoSupportException {

	private static final long serialVersionUID = 1L;

	private final String refusedOrigin;

	private final String gatewayOrigin;

	/**
	 * Creates the exception.
	 * @param request the refused request, as method and path (never its query or headers)
	 * @param refusedOrigin the origin the request was addressed to
	 * @param gatewayOrigin the origin of the configured gateway
	 */
	public ForeignOriginException(String request, String refusedOrigin, String gatewayOrigin) {
		super("Refused " + request + " to " + refusedOrigin + ": the Cisco bearer token is sent only to the API gateway "
				+ gatewayOrigin + ". Call the gateway with a path relative to its base URL (for a self_link, keep its"
				+ " path and query), or, if " + refusedOrigin + " is the gateway to use, set cisco.support.base-url"
				+ " (CiscoSupportClient.Builder.baseUrl) to it.");
		this.refusedOrigin = refusedOrigin;
		this.gatewayOrigin = gatewayOrigin;
	}

	/**
	 * A copy naming the inputs a lookup left unanswered; see {@link #withUnansweredInputs(List)}.
	 * @param original the exception to copy
	 * @param unansweredInputs the inputs that were not answered
	 */
	protected ForeignOriginException(ForeignOriginException original, List<String> unansweredInputs) {
		super(original, unansweredInputs);
		this.refusedOrigin = original.refusedOrigin;
		this.gatewayOrigin = original.gatewayOrigin;
	}

	@Override
	public ForeignOriginException withUnansweredInputs(List<String> inputs) {
		return new ForeignOriginException(this, inputs);
	}

	/** The origin the request was addressed to, such as {@code https://api.cisco.com:443}. */
	public String getRefusedOrigin() {
		return this.refusedOrigin;
	}

	/** The origin of the configured gateway, such as {@code https://apix.cisco.com:443}. */
	public String getGatewayOrigin() {
		return this.gatewayOrigin;
	}

}
