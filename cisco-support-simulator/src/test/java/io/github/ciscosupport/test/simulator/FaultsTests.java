package io.github.ciscosupport.test.simulator;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.common.Json;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.SimulatorHttp.Response;

import static io.github.ciscosupport.test.simulator.SimulatorHttp.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * Tests for the programmable faults.
 */
@CiscoSupportSimulatorTest
class FaultsTests {

	private static final String EOX = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FHK0933224R?responseencoding=json";

	private static final String SN2INFO = "/sn2info/v2/coverage/status/serial_numbers/FXS2130Q286";

	private final CiscoSupportSimulator sim;

	private final SimulatorHttp http;

	FaultsTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.http = new SimulatorHttp(sim);
	}

	@Test
	void falseInvalidClientForTheNextTokenCalls() {
		this.sim.faults().failNextTokenCalls(2, TokenFault.INVALID_CLIENT);
		assertThat(validTokenCall().status()).isEqualTo(401);
		Response second = validTokenCall();
		assertThat(second.status()).isEqualTo(401);
		assertThat(second.json()).containsEntry("errorCode", "invalid_client");
		assertThat(validTokenCall().status()).isEqualTo(200);
		assertThat(this.sim.requests().tokenCalls()).isEqualTo(3);
		assertThat(this.sim.requests().tokenRequests()).extracting(RecordedRequest::outcome)
			.containsExactly("INVALID_CLIENT", "INVALID_CLIENT", "ok");
	}

	@Test
	void tokenServerErrors() {
		this.sim.faults()
			.failNextTokenCalls(1, TokenFault.SERVER_ERROR)
			.failNextTokenCalls(1, TokenFault.SERVICE_UNAVAILABLE);
		assertThat(validTokenCall().status()).isEqualTo(500);
		assertThat(validTokenCall().status()).isEqualTo(503);
		assertThat(validTokenCall().status()).isEqualTo(200);
	}

	@Test
	void hangingTokenCallTimesTheClientOut() {
		this.sim.faults().tokenHangDuration(Duration.ofSeconds(10)).failNextTokenCalls(1, TokenFault.HANG);
		HttpRequest request = this.http.request(CiscoSupportSimulator.TOKEN_PATH)
			.timeout(Duration.ofMillis(300))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(validForm()))
			.build();
		long start = System.nanoTime();
		assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(() -> this.http.sendOrThrow(request));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(validTokenCall().status()).isEqualTo(200);
	}

	@Test
	void tokenConnectionReset() {
		this.sim.faults().failNextTokenCalls(1, TokenFault.CONNECTION_RESET);
		HttpRequest request = this.http.request(CiscoSupportSimulator.TOKEN_PATH)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(validForm()))
			.build();
		assertThatIOException().isThrownBy(() -> this.http.sendOrThrow(request));
		assertThat(validTokenCall().status()).isEqualTo(200);
	}

	@Test
	void oktaRateLimitAsksToWaitUntilTheReset() {
		this.sim.faults().tokenRateLimitWait(Duration.ofSeconds(42)).failNextTokenCalls(1, TokenFault.RATE_LIMITED);
		Response response = validTokenCall();
		assertThat(response.status()).isEqualTo(429);
		assertThat(response.json()).containsEntry("errorCode", "E0000047");
		assertThat(response.header("Retry-After")).isNull();
		assertThat(response.header("x-rate-limit-remaining")).isEqualTo("0");
		assertThat(response.headers().allValues("Date")).hasSize(1);
		Instant date = httpDate(response.header("Date"));
		assertThat(Long.parseLong(response.header("x-rate-limit-reset"))).isEqualTo(date.getEpochSecond() + 42);
		assertThat(validTokenCall().status()).isEqualTo(200);
		assertThat(this.sim.requests().tokenRequests()).extracting(RecordedRequest::outcome)
			.containsExactly("RATE_LIMITED", "ok");
	}

	@Test
	void rateLimitWithRetryAfterInSecondsOrAsADate() {
		this.sim.faults()
			.tokenRateLimitWait(Duration.ofSeconds(7))
			.failNextTokenCalls(1, TokenFault.RATE_LIMITED_RETRY_AFTER)
			.failNextTokenCalls(1, TokenFault.RATE_LIMITED_RETRY_AFTER_DATE);
		Response seconds = validTokenCall();
		assertThat(seconds.status()).isEqualTo(429);
		assertThat(seconds.header("Retry-After")).isEqualTo("7");
		assertThat(seconds.header("x-rate-limit-reset")).isNull();
		Response date = validTokenCall();
		assertThat(date.status()).isEqualTo(429);
		assertThat(httpDate(date.header("Retry-After"))).isEqualTo(httpDate(date.header("Date")).plusSeconds(7));
		assertThat(date.header("x-rate-limit-reset")).isNull();
	}

	@Test
	void truncatedTokenResponseStopsInsideTheToken() {
		this.sim.faults().failNextTokenCalls(1, TokenFault.TRUNCATED_TOKEN);
		Response response = validTokenCall();
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).startsWith("{").contains("\"access_token\":\"eyJ").doesNotEndWith("}");
		assertThat(response.body().substring(response.body().indexOf("\"access_token\":\"") + 16)).hasSize(24);
	}

	@Test
	void spuriousDeveloperInactiveForTheNextApiCalls() {
		this.sim.faults().failNextApiCalls(2, ApiFault.DEVELOPER_INACTIVE);
		for (int i = 0; i < 2; i++) {
			Response response = this.http.get(EOX);
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.header("X-Mashery-Error-Code")).isEqualTo("ERR_403_DEVELOPER_INACTIVE");
			assertThat(response.body()).isEqualTo("<h1>Developer Inactive</h1>");
		}
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
	}

	@Test
	void faultsCanTargetOneApi() {
		this.sim.faults().failNextApiCalls(Api.EOX, 1, ApiFault.SERVICE_UNAVAILABLE);
		assertThat(this.http.get(SN2INFO).status()).isEqualTo(200);
		assertThat(this.http.get(EOX).status()).isEqualTo(503);
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
	}

	@Test
	void gatewayErrors() {
		this.sim.faults()
			.failNextApiCalls(1, ApiFault.BAD_GATEWAY)
			.failNextApiCalls(1, ApiFault.SERVICE_UNAVAILABLE)
			.failNextApiCalls(1, ApiFault.GATEWAY_TIMEOUT)
			.failNextApiCalls(1, ApiFault.INTERNAL_SERVER_ERROR);
		assertThat(List.of(this.http.get(EOX), this.http.get(EOX), this.http.get(EOX), this.http.get(EOX),
				this.http.get(EOX)))
			.extracting(Response::status)
			.containsExactly(502, 503, 504, 500, 200);
		assertThat(this.sim.requests().calls(Api.EOX)).extracting(RecordedRequest::outcome)
			.containsExactly("BAD_GATEWAY", "SERVICE_UNAVAILABLE", "GATEWAY_TIMEOUT", "INTERNAL_SERVER_ERROR", "ok");
	}

	@Test
	void connectionReset() {
		this.sim.faults().failNextApiCalls(1, ApiFault.CONNECTION_RESET);
		HttpRequest request = this.http.request(EOX).header("Authorization", "Bearer " + this.http.token()).build();
		assertThatIOException().isThrownBy(() -> this.http.sendOrThrow(request));
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
	}

	@Test
	void malformedJson() {
		this.sim.faults().failNextApiCalls(1, ApiFault.MALFORMED_JSON);
		Response response = this.http.get(EOX);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.body()).startsWith("{\"PaginationResponseRecord\"");
		assertThatRuntimeException().isThrownBy(() -> Json.read(response.body(), Object.class));
		assertThat(this.http.get(EOX).json()).containsKey("EOXRecord");
	}

	@Test
	void connectionDroppedMidBody() throws InterruptedException {
		this.sim.faults().failNextApiCalls(1, ApiFault.CONNECTION_DROPPED_MID_BODY);
		HttpRequest request = this.http.request(EOX).header("Authorization", "Bearer " + this.http.token()).build();
		assertThat(this.http.statusOfACutOffBody(request)).isEqualTo(200);
		assertThat(this.http.get(EOX).json()).containsKey("EOXRecord");
		assertThat(this.sim.requests().calls(Api.EOX)).extracting(RecordedRequest::outcome)
			.containsExactly("CONNECTION_DROPPED_MID_BODY", "ok");
	}

	@Test
	void emptyBody() {
		this.sim.faults().failNextApiCalls(1, ApiFault.EMPTY_BODY);
		Response response = this.http.get(EOX);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.body()).isEmpty();
		assertThat(this.http.get(EOX).json()).containsKey("EOXRecord");
	}

	@Test
	void htmlMaintenancePage() {
		this.sim.faults().failNextApiCalls(Api.EOX, 1, ApiFault.HTML_PAGE);
		Response response = this.http.get(EOX);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.body()).startsWith("<html>").contains("Down for maintenance");
		assertThat(this.http.get(EOX).json()).containsKey("EOXRecord");
	}

	@Test
	void faultsCanTargetTheCallsNamingAnInput() {
		this.sim.faults().failNextApiCallsWithInput(Api.EOX, "fhk0933224r", 2, ApiFault.SERVICE_UNAVAILABLE);
		String other = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FOC11517LEX?responseencoding=json";
		String both = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FOC11517LEX,FHK0933224R?responseencoding=json";
		assertThat(List.of(this.http.get(other), this.http.get(both), this.http.get(SN2INFO), this.http.get(EOX),
				this.http.get(both)))
			.extracting(Response::status)
			.containsExactly(200, 503, 200, 503, 200);
	}

	@Test
	void uriTooLongAboveSomeInputs() {
		this.sim.faults().uriTooLongAbove(2);
		String three = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FOC11517LEX,FHK0933224R,FTX1910100B"
				+ "?responseencoding=json";
		Response tooLong = this.http.get(three);
		assertThat(tooLong.status()).isEqualTo(414);
		assertThat(tooLong.header("Content-Type")).startsWith("text/html");
		assertThat(tooLong.header("X-Mashery-Error-Code")).isNull();
		assertThat(tooLong.body()).contains("414 Request-URI Too Large");
		assertThat(this.http.get(three, null).status()).as("before the bearer check").isEqualTo(414);
		assertThat(this.http.get("/supporttools/eox/rest/5/EOXBySerialNumber/1/FOC11517LEX,FHK0933224R"
				+ "?responseencoding=json").status()).isEqualTo(200);
		assertThat(this.sim.requests().calls(Api.EOX)).extracting(RecordedRequest::outcome)
			.containsExactly("uri_too_long", "uri_too_long", "ok");
	}

	@Test
	void invalidTokenMidRun() {
		this.sim.faults().failNextApiCalls(1, ApiFault.INVALID_TOKEN);
		assertThat(this.http.get(EOX).status()).isEqualTo(401);
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
	}

	@Test
	void addedLatency() {
		this.http.token();
		this.sim.faults().latency(Duration.ofMillis(400));
		long start = System.nanoTime();
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
	}

	@Test
	void latencyBeyondTheClientTimeout() {
		this.sim.faults().latency(Api.EOX, Duration.ofSeconds(10));
		HttpRequest request = this.http.request(EOX)
			.header("Authorization", "Bearer " + this.http.token())
			.timeout(Duration.ofMillis(300))
			.build();
		assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(() -> this.http.sendOrThrow(request));
		assertThat(this.http.get(SN2INFO).status()).isEqualTo(200);
	}

	@Test
	void disabledApiAlwaysGetsDeveloperInactive() {
		this.sim.faults().disableApi(Api.BUG);
		for (int i = 0; i < 3; i++) {
			Response response = this.http.get("/bug/v2.0/bugs/bug_ids/CSCvc57217");
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.header("X-Mashery-Error-Code")).isEqualTo("ERR_403_DEVELOPER_INACTIVE");
		}
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
		this.sim.faults().enableApi(Api.BUG);
		assertThat(this.http.get("/bug/v2.0/bugs/bug_ids/CSCvc57217").status()).isEqualTo(200);
	}

	@Test
	void resetClearsFaultsAndJournal() throws IOException {
		this.sim.faults()
			.disableApi(Api.EOX)
			.failNextApiCalls(5, ApiFault.BAD_GATEWAY)
			.failNextTokenCalls(5, TokenFault.INVALID_CLIENT)
			.rateLimit(RateLimit.perDay(1))
			.uriTooLongAbove(0)
			.latency(Duration.ofSeconds(30));
		assertThat(validTokenCall().status()).isEqualTo(401);
		this.sim.reset();
		assertThat(this.sim.requests().all()).isEmpty();
		assertThat(validTokenCall().status()).isEqualTo(200);
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
		assertThat(this.sim.requests().apiCalls()).isEqualTo(2);
	}

	private Response validTokenCall() {
		return this.http.tokenCall(validForm(), null);
	}

	private String validForm() {
		return form("grant_type", "client_credentials", "client_id", this.sim.clientId(), "client_secret",
				this.sim.clientSecret());
	}

	private static Instant httpDate(String value) {
		return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value));
	}

}
