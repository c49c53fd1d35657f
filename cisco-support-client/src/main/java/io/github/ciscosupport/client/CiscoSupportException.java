package io.github.ciscosupport.client;

/**
 * Base class of every exception the Cisco Support client raises. Messages never contain the
 * client secret or an access token.
 */
public class CiscoSupportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CiscoSupportException(String message) {
		super(message);
	}

	public CiscoSupportException(String message, Throwable cause) {
		super(message, cause);
	}

}
