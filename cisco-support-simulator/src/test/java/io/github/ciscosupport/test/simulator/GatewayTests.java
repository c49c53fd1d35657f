package io.github.ciscosupport.test.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.SimulatorHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the gateway rules every API shares: bearer header, token validity, service lookup.
 */
@CiscoSupportSimulatorTest
class GatewayTests {

	private static final String EOX = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FHK0933224R?responseencoding=json";

	private final CiscoSupportSimulator sim;

	private final SimulatorHttp http;

	GatewayTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.http = new SimulatorHttp(sim);
	}

	@Test
	void missingBearerHeaderGetsMasheryNotAuthorized() {
		Response response = this.http.get(EOX, null);
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.header("X-Mashery-Error-Code")).isEqualTo("ERR_403_NOT_AUTHORIZED");
		assertThat(response.body()).isEqualTo("Authorization Header is either empty or not found in request");
		Response basic = this.http.send(this.http.request(EOX).header("Authorization", "Basic Zm9vOmJhcg==").build());
		assertThat(basic.status()).isEqualTo(403);
		assertThat(this.sim.requests().apiCalls(Api.EOX)).isEqualTo(2);
	}

	@Test
	void unknownTokenGets401() {
		Response response = this.http.get(EOX, "not-a-token");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("X-Mashery-Error-Code")).isNull();
	}

	@Test
	void tokensExpireOnTheSimulatorClock() {
		this.sim.faults().tokenLifetime(Duration.ofSeconds(60));
		String token = this.http.newToken();
		assertThat(this.http.get(EOX, token).status()).isEqualTo(200);
		this.sim.clock().advance(Duration.ofSeconds(59));
		assertThat(this.http.get(EOX, token).status()).isEqualTo(200);
		this.sim.clock().advance(Duration.ofSeconds(1));
		assertThat(this.http.get(EOX, token).status()).isEqualTo(401);
		assertThat(this.http.get(EOX, this.http.newToken()).status()).isEqualTo(200);
	}

	@Test
	void revokedTokensGet401() {
		String token = this.http.newToken();
		assertThat(this.http.get(EOX, token).status()).isEqualTo(200);
		this.sim.faults().revokeAllTokens();
		assertThat(this.http.get(EOX, token).status()).isEqualTo(401);
		assertThat(this.http.get(EOX, this.http.newToken()).status()).isEqualTo(200);
	}

	@Test
	void successfulCallsCarryMasheryHeaders() {
		Response response = this.http.get(EOX);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.header("X-Mashery-Message-ID")).isNotBlank();
		assertThat(response.header("x-ratelimit-limit")).isEqualTo("2000");
		assertThat(response.header("x-ratelimit-observed")).matches("\\d+");
	}

	@Test
	void unknownServiceGets596() {
		Response response = this.http.get("/nothing/here/v1/items");
		assertThat(response.status()).isEqualTo(596);
		assertThat(response.header("X-Mashery-Error-Code")).isEqualTo("ERR_596_SERVICE_NOT_FOUND");
	}

	@Test
	void spacesInIdentifiersGet596EvenWithoutToken() {
		assertThat(this.http.get("/sn2info/v2/coverage/status/serial_numbers/FXS2130Q286,FHK%20093", null).status())
			.isEqualTo(596);
		assertThat(this.http.get("/supporttools/eox/rest/5/EOXByProductID/1/WS-C3850%2048XS-E").status())
			.isEqualTo(596);
	}

	@Test
	void spacesInFreeTextAreFine() {
		assertThat(this.http.get("/bug/v2.0/bugs/keyword/OSPF%20crash").status()).isEqualTo(200);
		assertThat(this.http.get("/security/advisories/v2/product?product=Cisco%20IOS%20XE%20Software").status())
			.isEqualTo(200);
	}

	@Test
	void unknownEndpointOfKnownApiGets404() {
		assertThat(this.http.get("/supporttools/eox/rest/5/EOXByNothing/1/X").status()).isEqualTo(404);
		assertThat(this.http.get("/security/advisories/v2/cvrf/advisory/x").status()).isEqualTo(404);
	}

	@Test
	void wrongMethodGets405() {
		Response response = this.http.post("/sn2info/v2/coverage/status/serial_numbers/FXS2130Q286", "{}");
		assertThat(response.status()).isEqualTo(405);
		assertThat(this.http.get("/software/v4.0/metadata/pidrelease").status()).isEqualTo(405);
	}

}
