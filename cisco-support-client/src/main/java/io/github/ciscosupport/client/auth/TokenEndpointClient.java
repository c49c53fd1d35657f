package io.github.ciscosupport.client.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.TokenEndpointException;
import io.github.ciscosupport.client.internal.BodyExcerpt;
import io.github.ciscosupport.client.internal.Durations;
import io.github.ciscosupport.client.internal.RetryAfter;

/**
 * Client-credentials token requests to Cisco's Okta endpoint. Spring Security's default client
 * parses only RFC 6749 error bodies and builds its own {@code WebClient}, which would ignore the
 * proxy, timeouts and TLS settings of the API calls; this one runs on the caller's connector and
 * understands both of Okta's error shapes.
 */
final class TokenEndpointClient
		implements ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> {

	private static final int MAX_EXCERPT = 120;

	private final WebClient webClient;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	/**
	 * @param webClientBuilder a builder whose connector (proxy, timeouts, TLS) the token call uses;
	 * it is cloned, so the caller's builder is not changed
	 */
	public TokenEndpointClient(WebClient.Builder webClientBuilder) {
		this(webClientBuilder, Clock.systemUTC());
	}

	/**
	 * @param webClientBuilder a builder whose connector (proxy, timeouts, TLS) the token call uses;
	 * it is cloned, so the caller's builder is not changed
	 * @param clock what a throttled reply's wait is measured from when the reply has no
	 * {@code Date} header
	 */
	public TokenEndpointClient(WebClient.Builder webClientBuilder, Clock clock) {
		// Request details (form fields, headers) must never reach the logs, whatever the
		// application's codec settings: the form carries the client secret.
		this.webClient = webClientBuilder.clone()
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
			.build();
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
	}

	/** A token client on the given connector. */
	public TokenEndpointClient(ClientHttpConnector connector) {
		this(WebClient.builder().clientConnector(connector));
	}

	@Override
	public Mono<OAuth2AccessTokenResponse> getTokenResponse(OAuth2ClientCredentialsGrantRequest request) {
		ClientRegistration registration = request.getClientRegistration();
		URI tokenUri = URI.create(registration.getProviderDetails().getTokenUri());
		boolean basic = ClientAuthenticationMethod.CLIENT_SECRET_BASIC
			.equals(registration.getClientAuthenticationMethod());
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", AuthorizationGrantType.CLIENT_CREDENTIALS.getValue());
		if (!basic) {
			form.add("client_id", registration.getClientId());
			form.add("client_secret", registration.getClientSecret());
		}
		// Spring Security 7.0 (Spring Boot 4.0) returns null for a registration without scopes.
		Set<String> scopes = registration.getScopes();
		if (scopes != null && !scopes.isEmpty()) {
			form.add("scope", String.join(" ", scopes));
		}
		return this.webClient.post()
			.uri(tokenUri)
			.accept(MediaType.APPLICATION_JSON)
			.headers((headers) -> {
				if (basic) {
					headers.setBasicAuth(HttpHeaders.encodeBasicAuth(registration.getClientId(),
							registration.getClientSecret(), StandardCharsets.UTF_8));
				}
			})
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchangeToMono((response) -> read(response, tokenUri, registration.getClientSecret()))
			.onErrorMap((ex) -> !(ex instanceof TokenEndpointException),
					(ex) -> new TokenEndpointException(0, null,
							"Token request to " + tokenUri + " failed: " + describe(ex), ex));
	}

	private Mono<OAuth2AccessTokenResponse> read(ClientResponse response, URI tokenUri, String secret) {
		// Raw buffers rather than a String decoder: decoders log what they decode at TRACE level,
		// and this body carries the access token.
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()))
			.map((buffer) -> {
				try {
					return buffer.toString(StandardCharsets.UTF_8);
				}
				finally {
					DataBufferUtils.release(buffer);
				}
			})
			.defaultIfEmpty("")
			.map((body) -> toTokenResponse(response.statusCode(), response.headers().asHttpHeaders(), body, tokenUri,
					secret));
	}

	private OAuth2AccessTokenResponse toTokenResponse(HttpStatusCode status, HttpHeaders headers, String body,
			URI tokenUri, String secret) {
		JsonNode node = parse(body);
		if (status.is2xxSuccessful() && node != null && node.hasNonNull("access_token")) {
			return OAuth2AccessTokenResponse.withToken(node.get("access_token").asString())
				.tokenType(OAuth2AccessToken.TokenType.BEARER)
				.expiresIn(expiresIn(node))
				.scopes(scopes(node))
				.additionalParameters(Map.of())
				.build();
		}
		ServerWait wait = status.is2xxSuccessful() ? null : serverWait(status.value(), headers);
		if (node == null) {
			throw failure(status, null, "Token endpoint " + tokenUri + " answered HTTP " + status.value()
					+ " with a body that is not JSON: " + excerpt(body, secret), wait);
		}
		String code = firstText(node, "errorCode", "error");
		String description = firstText(node, "errorSummary", "error_description");
		if (code == null && status.is2xxSuccessful()) {
			throw new TokenEndpointException(status.value(), null,
					"Token endpoint " + tokenUri + " answered HTTP " + status.value() + " without an access_token");
		}
		StringBuilder message = new StringBuilder("Token endpoint " + tokenUri).append(what(status))
			.append(": HTTP ")
			.append(status.value());
		if (code != null) {
			message.append(' ').append(code);
		}
		if (description != null) {
			message.append(" (").append(excerpt(description, secret)).append(')');
		}
		if ("invalid_client".equals(code)) {
			message.append(". Check cisco.support.client-id and cisco.support.client-secret, and that the application"
					+ " is registered for the client-credentials grant in the Cisco API Console");
		}
		throw failure(status, code, message.toString(), wait);
	}

	private static String what(HttpStatusCode status) {
		if (status.value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
			return " throttled the token request";
		}
		return status.is5xxServerError() ? " failed" : " refused the client credentials";
	}

	private static TokenEndpointException failure(HttpStatusCode status, @Nullable String code, String message,
			@Nullable ServerWait wait) {
		if (wait == null) {
			return new TokenEndpointException(status.value(), code, message);
		}
		return new TokenEndpointException(status.value(), code,
				message + "; it asks to wait " + Durations.seconds(wait.duration()) + " (" + wait.source() + ")",
				wait.duration(), null);
	}

	/**
	 * The wait a refusal asks for: {@code Retry-After} on any reply, or Okta's
	 * {@code x-rate-limit-reset} on a 429 (Okta sends that header on every reply, the reset of
	 * a window that did not run out included).
	 */
	private @Nullable ServerWait serverWait(int status, HttpHeaders headers) {
		long now = this.clock.millis();
		String date = headers.getFirst(HttpHeaders.DATE);
		Duration retryAfter = RetryAfter.parse(headers.getFirst(HttpHeaders.RETRY_AFTER), date, now);
		if (retryAfter != null) {
			return new ServerWait(retryAfter, "Retry-After");
		}
		Duration untilReset = (status == HttpStatus.TOO_MANY_REQUESTS.value())
				? RetryAfter.untilReset(headers.getFirst(RetryAfter.RATE_LIMIT_RESET), date, now) : null;
		return (untilReset != null) ? new ServerWait(untilReset, RetryAfter.RATE_LIMIT_RESET) : null;
	}

	private @Nullable JsonNode parse(String body) {
		if (body.isBlank()) {
			return null;
		}
		try {
			JsonNode node = this.json.readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static long expiresIn(JsonNode node) {
		JsonNode value = node.get("expires_in");
		if (value == null || value.isNull()) {
			return 0;
		}
		// Okta sends a number; tolerate a string as some gateways rewrite it.
		return value.isNumber() ? value.asLong() : Long.parseLong(value.asString().trim());
	}

	private static Set<String> scopes(JsonNode node) {
		String scope = firstText(node, "scope");
		return (scope != null) ? new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+"))) : Set.of();
	}

	private static @Nullable String firstText(JsonNode node, String... names) {
		for (String name : names) {
			JsonNode value = node.get(name);
			if (value != null && value.isString() && !value.asString().isBlank()) {
				return value.asString();
			}
		}
		return null;
	}

	private static String excerpt(String text, String secret) {
		return BodyExcerpt.of(text, MAX_EXCERPT, secret);
	}

	private static String describe(Throwable ex) {
		return (ex.getMessage() != null) ? ex.getClass().getSimpleName() + ": " + ex.getMessage()
				: ex.getClass().getSimpleName();
	}

	/** A wait the token endpoint asked for, and the header that said so. */
	private record ServerWait(Duration duration, String source) {

	}

}
