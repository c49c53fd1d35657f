package io.github.ciscosupport.client.internal.auth;

import java.io.IOException;
import java.util.Objects;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.support.HttpRequestWrapper;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.auth.TokenFetchListener;

/**
 * The {@code RestClient} form of {@link BearerTokenFilter}, with the same policy
 * ({@link Reauthentication}): refuses requests to any origin but the gateway's, adds the bearer
 * token and, when the gateway rejects it, fetches a fresh one and tries again. The token is
 * waited for on the caller's thread, which is all that blocks; the token cache is the one the
 * {@code WebClient} uses.
 */
public final class BearerTokenInterceptor implements ClientHttpRequestInterceptor {

	private final CiscoSupportAuthorization authorization;

	private final GatewayOrigin gateway;

	private final Reauthentication reauthentication;

	/**
	 * Creates the interceptor.
	 * @param authorization where tokens come from
	 * @param gateway the only origin the token is sent to
	 * @param listener told about each re-authentication
	 * @param maxReauthentications how many times a rejected call is retried with a fresh token
	 */
	public BearerTokenInterceptor(CiscoSupportAuthorization authorization, GatewayOrigin gateway,
			TokenFetchListener listener, int maxReauthentications) {
		this.authorization = authorization;
		this.gateway = gateway;
		this.reauthentication = new Reauthentication(listener, maxReauthentications);
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (!this.gateway.contains(request.getURI())) {
			throw this.gateway.refuse(request.getMethod().name(), request.getURI());
		}
		for (int reauthentications = 0;; reauthentications++) {
			OAuth2AccessToken token = Objects.requireNonNull(this.authorization.accessToken().block(),
					"The authorization gave no access token");
			ClientHttpResponse response = execution.execute(authorized(request, token), body);
			int status = response.getStatusCode().value();
			HttpHeaders headers = response.getHeaders();
			if (!Reauthentication.isRejected(status, headers)) {
				return response;
			}
			response.close();
			if (!this.reauthentication.mayRetry(reauthentications)) {
				throw Reauthentication.rejected(status, headers);
			}
			this.reauthentication.reauthenticating(request.getMethod().name(), request.getURI().getRawPath(), status,
					headers, reauthentications + 1);
			this.authorization.evict(token);
		}
	}

	private static HttpRequest authorized(HttpRequest request, OAuth2AccessToken token) {
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(request.getHeaders());
		headers.setBearerAuth(token.getTokenValue());
		return new HttpRequestWrapper(request) {

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

		};
	}

}
