package io.github.ciscosupport.client.internal.auth;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.auth.TokenFetchListener;

/**
 * Puts the application's bearer token on every request to the API gateway and re-authenticates
 * once when Cisco rejects it. A request to any other origin is refused with
 * {@code ForeignOriginException} before a token is fetched or sent, so the token never leaves the
 * gateway, whatever URL the caller or a response link supplies. Spring Security's {@code ServerOAuth2AuthorizedClientExchangeFilterFunction}
 * evicts on 401 but does not retry, and needs spring-security-web; this filter also treats 403
 * {@code ERR_403_DEVELOPER_INACTIVE} as a token problem, because Cisco's gateway sends it
 * spuriously for valid tokens and a fresh token clears it.
 */
public final class BearerTokenFilter implements ExchangeFilterFunction {

	static final String MASHERY_ERROR_CODE = "X-Mashery-Error-Code";

	static final String DEVELOPER_INACTIVE = "ERR_403_DEVELOPER_INACTIVE";

	private final CiscoSupportAuthorization authorization;

	private final GatewayOrigin gateway;

	private static final Log logger = LogFactory.getLog(BearerTokenFilter.class);

	private final TokenFetchListener listener;

	private final int maxReauthentications;

	/**
	 * Creates the filter.
	 * @param authorization where tokens come from
	 * @param gateway the only origin the token is sent to
	 * @param listener told about each re-authentication
	 * @param maxReauthentications how many times a rejected call is retried with a fresh token
	 */
	public BearerTokenFilter(CiscoSupportAuthorization authorization, GatewayOrigin gateway,
			TokenFetchListener listener, int maxReauthentications) {
		this.authorization = authorization;
		this.gateway = gateway;
		this.listener = listener;
		this.maxReauthentications = maxReauthentications;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (!this.gateway.contains(request.url())) {
			return Mono.error(this.gateway.refuse(request));
		}
		return attempt(request, next, 0);
	}

	private Mono<ClientResponse> attempt(ClientRequest request, ExchangeFunction next, int reauthentications) {
		return this.authorization.accessToken().flatMap((token) -> send(request, next, token).flatMap((response) -> {
			if (!isRejected(response)) {
				return Mono.just(response);
			}
			if (reauthentications >= this.maxReauthentications) {
				return rejectedTwice(response);
			}
			return reauthenticate(request, next, token, response, reauthentications + 1);
		}));
	}

	private Mono<ClientResponse> reauthenticate(ClientRequest request, ExchangeFunction next,
			OAuth2AccessToken rejected, ClientResponse response, int reauthentication) {
		int status = response.statusCode().value();
		String code = response.headers().asHttpHeaders().getFirst(MASHERY_ERROR_CODE);
		logger.warn(request.method().name() + " " + request.url().getRawPath() + " was rejected with HTTP " + status
				+ ((code != null) ? " " + code : "") + "; fetching a fresh token and retrying (re-authentication "
				+ reauthentication + " of " + this.maxReauthentications + ")");
		this.listener.reauthenticated(status);
		return response.releaseBody()
			.then(Mono.fromRunnable(() -> this.authorization.evict(rejected)))
			.then(attempt(request, next, reauthentication));
	}

	private Mono<ClientResponse> rejectedTwice(ClientResponse response) {
		int status = response.statusCode().value();
		String code = response.headers().asHttpHeaders().getFirst(MASHERY_ERROR_CODE);
		String message = (status == HttpStatus.UNAUTHORIZED.value())
				? "Cisco rejected a freshly issued access token (HTTP 401): the application's credentials may have"
						+ " been revoked or the token endpoint and API gateway do not belong together"
						+ " (check cisco.support.token-uri and cisco.support.base-url)"
				: "Cisco refused the call with a fresh token (HTTP 403 " + code + "): check in the Cisco API Console"
						+ " that the application is active and that this API is enabled for it";
		return response.releaseBody().then(Mono.error(new CiscoSupportAuthorizationException(status, code, message)));
	}

	private static Mono<ClientResponse> send(ClientRequest request, ExchangeFunction next, OAuth2AccessToken token) {
		ClientRequest authorized = ClientRequest.from(request)
			.headers((headers) -> headers.setBearerAuth(token.getTokenValue()))
			.build();
		return next.exchange(authorized);
	}

	private static boolean isRejected(ClientResponse response) {
		int status = response.statusCode().value();
		if (status == HttpStatus.UNAUTHORIZED.value()) {
			return true;
		}
		return status == HttpStatus.FORBIDDEN.value()
				&& DEVELOPER_INACTIVE.equals(response.headers().asHttpHeaders().getFirst(MASHERY_ERROR_CODE));
	}

}
