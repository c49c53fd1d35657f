package io.github.ciscosupport.client.auth;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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

class TokenEndpointClientTests {

	static final String SECRET = "s3cr3t-value-for-tests";

	static final String TOKEN_PATH = "/oauth2/default/v1/token";

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
