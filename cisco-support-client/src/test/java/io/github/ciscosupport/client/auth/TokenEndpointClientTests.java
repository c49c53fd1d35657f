package io.github.ciscosupport.client.auth;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.TokenEndpointException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

class TokenEndpointClientTests {

	static final String SECRET = "s3cr3t-value-for-tests";

	static final String TOKEN_PATH = "/oauth2/default/v1/token";

	static final String RATE_LIMITED = "{\"errorCode\":\"E0000047\",\"errorSummary\":\"API call exceeded rate limit due to too"
			+ " many requests.\",\"errorLink\":\"E0000047\",\"errorId\":\"oae1\",\"errorCauses\":[]}";

	@RegisterExtension
	static WireMockExtension okta = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final TokenEndpointClient client = new TokenEndpointClient(WebClient.builder());

	@Test
	void postsClientCredentialsInTheFormBodyByDefault() {
		stubToken(200, "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"abc\",\"scope\":\"customscope\"}");

		OAuth2AccessTokenResponse response = request(ClientAuthentication.CLIENT_SECRET_POST).block();

		assertThat(response.getAccessToken().getTokenValue()).isEqualTo("abc");
		assertThat(response.getAccessToken().getScopes()).containsExactly("customscope");
		assertThat(Duration.between(response.getAccessToken().getIssuedAt(), response.getAccessToken().getExpiresAt()))
			.isEqualTo(Duration.ofSeconds(3600));
		okta.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
			.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
			.withHeader("Authorization", absent())
			.withFormParam("grant_type", equalTo("client_credentials"))
			.withFormParam("client_id", equalTo("my-client"))
			.withFormParam("client_secret", equalTo(SECRET)));
	}

	@Test
	void sendsBasicCredentialsWhenChosen() {
		stubToken(200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"abc\"}");

		request(ClientAuthentication.CLIENT_SECRET_BASIC).block();

		okta.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)).withBasicAuth(new BasicCredentials("my-client", SECRET))
			.withRequestBody(equalTo("grant_type=client_credentials")));
	}

	@Test
	void oktaNativeErrorBecomesTokenEndpointException() {
		stubToken(401, "{\"errorCode\":\"invalid_client\",\"errorSummary\":\"Invalid value for 'client_id' parameter.\","
				+ "\"errorLink\":\"invalid_client\",\"errorId\":\"oaekdN_2leeRci6MjoT0B52Jw\",\"errorCauses\":[]}");

		assertThatExceptionOfType(TokenEndpointException.class)
			.isThrownBy(() -> request(ClientAuthentication.CLIENT_SECRET_BASIC).block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(401);
				assertThat(ex.getErrorCode()).isEqualTo("invalid_client");
				assertThat(ex.getMessage()).contains("Invalid value for 'client_id' parameter.")
					.contains("cisco.support.client-id")
					.doesNotContain(SECRET);
			});
	}

	@Test
	void rfc6749ErrorBecomesTokenEndpointException() {
		stubToken(400, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed.\"}");

		assertThatExceptionOfType(TokenEndpointException.class)
			.isThrownBy(() -> request(ClientAuthentication.CLIENT_SECRET_POST).block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getErrorCode()).isEqualTo("invalid_client");
				assertThat(ex.getMessage()).contains("Client authentication failed.").doesNotContain(SECRET);
			});
	}

	@Test
	void nonJsonErrorBodyStillGivesAClearMessageWithoutTheSecret() {
		stubToken(502, "<html><h1>Bad gateway</h1> echo " + SECRET + "</html>");

		assertThatExceptionOfType(TokenEndpointException.class)
			.isThrownBy(() -> request(ClientAuthentication.CLIENT_SECRET_POST).block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(502);
				assertThat(ex.getErrorCode()).isNull();
				assertThat(ex.getMessage()).contains("HTTP 502").contains("not JSON").contains("Bad gateway")
					.doesNotContain(SECRET);
			});
	}

	@Test
	void successWithoutAccessTokenIsAnError() {
		stubToken(200, "{\"token_type\":\"Bearer\"}");

		assertThatExceptionOfType(TokenEndpointException.class)
			.isThrownBy(() -> request(ClientAuthentication.CLIENT_SECRET_POST).block())
			.withMessageContaining("without an access_token");
	}

	@Test
	void connectionFailureBecomesTokenEndpointExceptionWithStatusZero() {
		okta.stubFor(post(TOKEN_PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(TokenEndpointException.class)
			.isThrownBy(() -> request(ClientAuthentication.CLIENT_SECRET_POST).block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isZero();
				assertThat(ex.getMessage()).contains(TOKEN_PATH).doesNotContain(SECRET);
			});
	}

	@Test
	void tokenResponseCutShortInsideTheTokenDoesNotRevealIt() {
		// A complete HTTP reply whose JSON stops a few characters into the token's value.
		stubToken(200, "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"eyJraWQiOiJzaW11bGF0b3IiLCJh");

		assertThatExceptionOfType(TokenEndpointException.class)
			.isThrownBy(() -> request(ClientAuthentication.CLIENT_SECRET_POST).block())
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("not JSON")
				.contains("\"access_token\":\"******")
				.doesNotContain("eyJ")
				.doesNotContain("kid"));
	}

	@Test
	void tokenValuesInAnErrorBodyAreMaskedInJsonAndFormShapes() {
		stubToken(502, "<html>upstream said access_token=abcdef0123456789&refresh_token=zyxw9876&token_type=Bearer and "
				+ "{\"id_token\": \"hdr.payload.sig\", \"accessToken\": 12345} for " + SECRET + "</html>");

		assertThatExceptionOfType(TokenEndpointException.class)
			.isThrownBy(() -> request(ClientAuthentication.CLIENT_SECRET_POST).block())
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("access_token=******&refresh_token=******")
				.contains("token_type=Bearer")
				.doesNotContain("abcdef0123456789")
				.doesNotContain("zyxw9876")
				.doesNotContain("hdr.payload.sig")
				.doesNotContain("12345")
				.doesNotContain(SECRET));
	}

	@Test
	void throttledReplyCarriesTheRetryAfterItAsksFor() {
		okta.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("Retry-After", "30")
			.withBody(RATE_LIMITED)));

		assertThatExceptionOfType(TokenEndpointException.class)
			.isThrownBy(() -> request(ClientAuthentication.CLIENT_SECRET_POST).block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(429);
				assertThat(ex.getErrorCode()).isEqualTo("E0000047");
				assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(30));
				assertThat(ex.getMessage()).contains("throttled the token request: HTTP 429 E0000047")
					.contains("it asks to wait 30 s (Retry-After)");
			});
	}

	@Test
	void throttledReplyWaitsAreMeasuredFromItsDateHeader() {
		// Dates in the past: only a measure from the reply's own Date gives these waits.
		okta.stubFor(post(TOKEN_PATH).inScenario("429")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Date", "Mon, 02 Mar 2026 10:15:30 GMT")
				.withHeader("x-rate-limit-reset", String.valueOf(Instant.parse("2026-03-02T10:16:15Z").getEpochSecond()))
				.withBody(RATE_LIMITED))
			.willSetStateTo("date"));
		okta.stubFor(post(TOKEN_PATH).inScenario("429")
			.whenScenarioStateIs("date")
			.willReturn(aResponse().withStatus(429)
				.withHeader("Date", "Mon, 02 Mar 2026 10:15:30 GMT")
				.withHeader("Retry-After", "Mon, 02 Mar 2026 10:15:42 GMT")
				.withHeader("x-rate-limit-reset", "1")
				.withBody(RATE_LIMITED)));

		assertThat(retryAfterOfFailure()).isEqualTo(Duration.ofSeconds(45));
		assertThat(retryAfterOfFailure()).isEqualTo(Duration.ofSeconds(12));
	}

	@Test
	void rateLimitResetIsReadOnlyFromThrottledReplies() {
		// Okta sends x-rate-limit-reset on every reply; it is not a wait for a 401.
		okta.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-rate-limit-reset", String.valueOf(Instant.now().getEpochSecond() + 50))
			.withBody("{\"errorCode\":\"invalid_client\",\"errorSummary\":\"Invalid value for 'client_id' parameter.\"}")));

		assertThat(retryAfterOfFailure()).isNull();
	}

	private Duration retryAfterOfFailure() {
		Throwable failure = catchThrowable(() -> request(ClientAuthentication.CLIENT_SECRET_POST).block());
		assertThat(failure).isInstanceOf(TokenEndpointException.class);
		return ((TokenEndpointException) failure).getRetryAfter();
	}

	private Mono<OAuth2AccessTokenResponse> request(ClientAuthentication authentication) {
		ClientRegistration registration = ClientRegistration.withRegistrationId("cisco")
			.clientId("my-client")
			.clientSecret(SECRET)
			.clientAuthenticationMethod(authentication.method())
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(URI.create(okta.baseUrl() + TOKEN_PATH).toString())
			.build();
		return this.client.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration));
	}

	private static void stubToken(int status, String body) {
		okta.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(body)));
	}

}
