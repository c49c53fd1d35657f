package io.github.ciscosupport.client.internal.auth;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

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

	private final CiscoSupportAuthorization authorization;

	private final GatewayOrigin gateway;

	private final Reauthentication reauthentication;

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
		this.reauthentication = new Reauthentication(listener, maxReauthentications);
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
			int status = response.statusCode().value();
			HttpHeaders headers = response.headers().asHttpHeaders();
			if (!Reauthentication.isRejected(status, headers)) {
				return Mono.just(response);
			}
			if (!this.reauthentication.mayRetry(reauthentications)) {
				return response.releaseBody().then(Mono.error(Reauthentication.rejected(status, headers)));
			}
			this.reauthentication.reauthenticating(request.method().name(), request.url().getRawPath(), status,
					headers, reauthentications + 1);
			return response.releaseBody()
				.then(Mono.fromRunnable(() -> this.authorization.evict(token)))
				.then(attempt(request, next, reauthentications + 1));
		}));
	}

	private static Mono<ClientResponse> send(ClientRequest request, ExchangeFunction next, OAuth2AccessToken token) {
		ClientRequest authorized = ClientRequest.from(request)
			.headers((headers) -> headers.setBearerAuth(token.getTokenValue()))
			.build();
		return next.exchange(authorized);
	}

}
