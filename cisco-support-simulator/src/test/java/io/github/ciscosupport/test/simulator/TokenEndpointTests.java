package io.github.ciscosupport.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.SimulatorHttp.Response;

import static io.github.ciscosupport.test.simulator.SimulatorHttp.form;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the simulated id.cisco.com token endpoint.
 */
@CiscoSupportSimulatorTest
class TokenEndpointTests {

	private final CiscoSupportSimulator sim;

	private final SimulatorHttp http;

	TokenEndpointTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.http = new SimulatorHttp(sim);
	}

	@Test
	void issuesTokenForFormBodyCredentials() {
		Response response = this.http.tokenCall(form("grant_type", "client_credentials", "client_id",
				"simulator-client", "client_secret", "simulator-secret"), null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.header("Cache-Control")).isEqualTo("no-cache, no-store");
		assertThat(response.header("x-rate-limit-limit")).isEqualTo("60000");
		assertThat(response.header("x-rate-limit-remaining")).isNotNull();
		assertThat(response.header("x-rate-limit-reset")).matches("\\d+");
		Map<String, Object> json = response.json();
		assertThat(json).containsOnlyKeys("token_type", "expires_in", "access_token", "scope");
		assertThat(json).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600)
			.containsEntry("scope", "customscope");
		String token = (String) json.get("access_token");
		assertThat(token.split("\\.")).hasSize(3);
		String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		assertThat(claims).contains("\"cid\":\"simulator-client\"", "\"scp\":[\"customscope\"]",
				"\"aud\":\"api://default\"");
		RecordedRequest recorded = this.sim.requests().tokenRequests().get(0);
		assertThat(recorded.clientId()).isEqualTo("simulator-client");
		assertThat(recorded.clientAuthentication()).isEqualTo("client_secret_post");
		assertThat(recorded.status()).isEqualTo(200);
	}

	@Test
	void issuesTokenForBasicCredentials() {
		Response response = this.http.tokenCall(form("grant_type", "client_credentials"), basic("simulator-secret"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json()).containsKey("access_token");
		RecordedRequest recorded = this.sim.requests().tokenRequests().get(0);
		assertThat(recorded.clientAuthentication()).isEqualTo("client_secret_basic");
		assertThat(recorded.header("Authorization")).doesNotContain(basic("simulator-secret").substring(6));
		assertThat(recorded.toString()).doesNotContain("simulator-secret");
	}

	@Test
	void issuesTokenForQueryStringCredentials() {
		Response response = this.http.send(this.http.request(CiscoSupportSimulator.TOKEN_PATH
				+ "?grant_type=client_credentials&client_id=simulator-client&client_secret=simulator-secret")
			.POST(java.net.http.HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(response.status()).isEqualTo(200);
		RecordedRequest recorded = this.sim.requests().tokenRequests().get(0);
		assertThat(recorded.clientAuthentication()).isEqualTo("query");
		assertThat(recorded.queryParameter("client_secret")).isEqualTo("[redacted]");
		assertThat(recorded.toString()).doesNotContain("simulator-secret");
	}

	@Test
	void rejectsWrongSecretInOktaShape() {
		Response response = this.http.tokenCall(form("grant_type", "client_credentials"), basic("wrong"));
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic");
		Map<String, Object> json = response.json();
		assertThat(json).containsOnlyKeys("errorCode", "errorSummary", "errorLink", "errorId", "errorCauses");
		assertThat(json).containsEntry("errorCode", "invalid_client").containsEntry("errorLink", "invalid_client")
			.containsEntry("errorCauses", List.of());
		assertThat((String) json.get("errorId")).startsWith("oae");
		assertThat(this.sim.requests().tokenRequests().get(0).outcome()).isEqualTo("invalid_client");
	}

	@Test
	void rejectsUnknownClient() {
		Response response = this.http.tokenCall(form("grant_type", "client_credentials", "client_id", "someone-else",
				"client_secret", "simulator-secret"), null);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json()).containsEntry("errorSummary", "Invalid value for 'client_id' parameter.");
	}

	@Test
	void rejectsMissingCredentials() {
		Response response = this.http.tokenCall(form("grant_type", "client_credentials"), null);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json()).containsEntry("errorCode", "invalid_client");
	}

	@Test
	void switchesToRfc6749ErrorShape() {
		this.sim.faults().tokenErrorShape(TokenErrorShape.RFC_6749);
		Response response = this.http.tokenCall(form("grant_type", "client_credentials"), basic("wrong"));
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json()).containsOnlyKeys("error", "error_description")
			.containsEntry("error", "invalid_client");
	}

	@Test
	void rejectsMissingOrUnsupportedGrantType() {
		Response missing = this.http.tokenCall(form("client_id", "simulator-client", "client_secret",
				"simulator-secret"), null);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json()).containsEntry("errorCode", "invalid_request");
		Response unsupported = this.http.tokenCall(form("grant_type", "password", "client_id", "simulator-client",
				"client_secret", "simulator-secret"), null);
		assertThat(unsupported.status()).isEqualTo(400);
		assertThat(unsupported.json()).containsEntry("errorCode", "unsupported_grant_type");
	}

	@Test
	void acceptsPostOnly() {
		Response response = this.http.send(this.http.request(CiscoSupportSimulator.TOKEN_PATH).GET().build());
		assertThat(response.status()).isEqualTo(405);
	}

	@Test
	void honoursConfiguredLifetime() {
		this.sim.faults().tokenLifetime(Duration.ofSeconds(120));
		Response response = this.http.tokenCall(form("grant_type", "client_credentials"), basic("simulator-secret"));
		assertThat(map(response.json())).containsEntry("expires_in", 120);
	}

	@Test
	void tokensAreUnique() {
		assertThat(this.http.newToken()).isNotEqualTo(this.http.newToken());
		assertThat(this.sim.requests().tokenCalls()).isEqualTo(2);
	}

	private static String basic(String secret) {
		return "Basic " + Base64.getEncoder()
			.encodeToString(("simulator-client:" + secret).getBytes(StandardCharsets.UTF_8));
	}

}
