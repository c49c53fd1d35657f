package io.github.ciscosupport.client.internal.auth;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.auth.TokenFetchListener;

/**
 * The re-authentication policy shared by the {@code WebClient}'s {@link BearerTokenFilter} and
 * the {@code RestClient}'s {@link BearerTokenInterceptor}: which replies reject the token, what
 * is logged and reported when a fresh one is fetched, and the exception once fresh tokens are
 * rejected too.
 */
final class Reauthentication {

	static final String MASHERY_ERROR_CODE = "X-Mashery-Error-Code";

	static final String DEVELOPER_INACTIVE = "ERR_403_DEVELOPER_INACTIVE";

	private static final Log logger = LogFactory.getLog(BearerTokenFilter.class);

	private final TokenFetchListener listener;

	private final int maxReauthentications;

	Reauthentication(TokenFetchListener listener, int maxReauthentications) {
		this.listener = listener;
		this.maxReauthentications = maxReauthentications;
	}

	/** Whether the reply rejects the token: 401, or a spurious 403 {@code ERR_403_DEVELOPER_INACTIVE}. */
	static boolean isRejected(int status, HttpHeaders headers) {
		if (status == HttpStatus.UNAUTHORIZED.value()) {
			return true;
		}
		return status == HttpStatus.FORBIDDEN.value() && DEVELOPER_INACTIVE.equals(headers.getFirst(MASHERY_ERROR_CODE));
	}

	/** Whether a call rejected after this many re-authentications may fetch a fresh token again. */
	boolean mayRetry(int reauthentications) {
		return reauthentications < this.maxReauthentications;
	}

	/** Logs and reports re-authentication number {@code reauthentication} of a rejected call. */
	void reauthenticating(String method, String path, int status, HttpHeaders headers, int reauthentication) {
		String code = headers.getFirst(MASHERY_ERROR_CODE);
		logger.warn(method + " " + path + " was rejected with HTTP " + status + ((code != null) ? " " + code : "")
				+ "; fetching a fresh token and retrying (re-authentication " + reauthentication + " of "
				+ this.maxReauthentications + ")");
		this.listener.reauthenticated(status);
	}

	/** The exception of a call rejected with every token it was allowed to fetch. */
	static CiscoSupportAuthorizationException rejected(int status, HttpHeaders headers) {
		String code = headers.getFirst(MASHERY_ERROR_CODE);
		String message = (status == HttpStatus.UNAUTHORIZED.value())
				? "Cisco rejected a freshly issued access token (HTTP 401): the application's credentials may have"
						+ " been revoked or the token endpoint and API gateway do not belong together"
						+ " (check cisco.support.token-uri and cisco.support.base-url)"
				: "Cisco refused the call with a fresh token (HTTP 403 " + code + "): check in the Cisco API Console"
						+ " that the application is active and that this API is enabled for it";
		return new CiscoSupportAuthorizationException(status, code, message);
	}

}
