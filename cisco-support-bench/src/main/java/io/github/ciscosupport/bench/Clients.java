package io.github.ciscosupport.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.auth.CiscoSupportCredentials;
import io.github.ciscosupport.client.auth.ClientAuthentication;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RequestRateLimiter;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The clients under test and their baselines, all on a fresh Reactor Netty connector of the same
 * defaults, so that only the filters differ.
 */
final class Clients {

	/** As the client's: EoX pages are about 1.1 MB. */
	private static final int MAX_RESPONSE_BYTES = Math.toIntExact(CiscoSupportClient.DEFAULT_MAX_RESPONSE_SIZE.toBytes());

	private Clients() {
	}

	/**
	 * The client under test, built as the starter builds it: every transport filter (error
	 * mapping, retry, bearer token, rate limit), default retry options, 16 MB responses.
	 */
	static CiscoSupportClient cisco(String baseUrl, URI tokenUri, Duration refreshSkew, RateLimitOptions rateLimit) {
		return builder(baseUrl, tokenUri, refreshSkew).rateLimit(rateLimit).build();
	}

	/** The client under test with a rate limiter of its own making (item 7: a shared budget). */
	static CiscoSupportClient cisco(String baseUrl, URI tokenUri, Duration refreshSkew, RequestRateLimiter rateLimiter) {
		return builder(baseUrl, tokenUri, refreshSkew).rateLimiter(rateLimiter).build();
	}

	/** The builder of the client under test, for the options an item sets itself. */
	static CiscoSupportClient.Builder builder(String baseUrl, URI tokenUri, Duration refreshSkew) {
		return CiscoSupportClient
			.builder(new CiscoSupportCredentials("bench-client", "bench-secret", tokenUri,
					ClientAuthentication.CLIENT_SECRET_POST))
			.baseUrl(baseUrl)
			.connector(connector())
			.refreshSkew(refreshSkew);
	}

	/** The baseline of item 1: no filter at all, a fixed {@code Authorization} header. */
	static WebClient plain(String baseUrl) {
		return base(baseUrl).defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer fixed-token").build();
	}

	/**
	 * The baseline of item 2: Spring Security's client-credentials manager and exchange filter,
	 * wired by hand as its reference documentation shows, with the same refresh skew as ours.
	 */
	static WebClient springSecurity(String baseUrl, URI tokenUri, Duration refreshSkew) {
		ClientRegistration registration = ClientRegistration.withRegistrationId("cisco")
			.clientId("bench-client")
			.clientSecret("bench-secret")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(tokenUri.toString())
			.build();
		InMemoryReactiveClientRegistrationRepository registrations = new InMemoryReactiveClientRegistrationRepository(
				registration);
		AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(
				registrations, new InMemoryReactiveOAuth2AuthorizedClientService(registrations));
		ClientCredentialsReactiveOAuth2AuthorizedClientProvider provider = new ClientCredentialsReactiveOAuth2AuthorizedClientProvider();
		provider.setClockSkew(refreshSkew);
		manager.setAuthorizedClientProvider(provider);
		ServerOAuth2AuthorizedClientExchangeFilterFunction oauth2 = new ServerOAuth2AuthorizedClientExchangeFilterFunction(
				manager);
		oauth2.setDefaultClientRegistrationId("cisco");
		return base(baseUrl).filter(oauth2).build();
	}

	private static WebClient.Builder base(String baseUrl) {
		return WebClient.builder()
			.baseUrl(baseUrl)
			.clientConnector(connector())
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_RESPONSE_BYTES));
	}

	private static ReactorClientHttpConnector connector() {
		return new ReactorClientHttpConnector(HttpClient.create());
	}

	static RateLimitOptions rateLimit(double requestsPerSecond) {
		return new RateLimitOptions(true, requestsPerSecond, 1, Map.of());
	}

}
