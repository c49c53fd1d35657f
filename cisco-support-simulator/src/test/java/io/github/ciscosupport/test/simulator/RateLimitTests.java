package io.github.ciscosupport.test.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.ciscosupport.test.simulator.SimulatorHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the Mashery-style rate limiter, on a fixed clock so that windows only move when the
 * test advances them.
 */
class RateLimitTests {

	private static final String EOX = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FHK0933224R?responseencoding=json";

	private static final String PSIRT = "/security/advisories/v2/latest/1";

	private final CiscoSupportSimulator sim = CiscoSupportSimulator.builder()
		.clock(Clock.fixed(Instant.parse("2025-06-30T12:00:00.250Z"), ZoneOffset.UTC))
		.start();

	private final SimulatorHttp http = new SimulatorHttp(this.sim);

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void overQueriesPerSecond() {
		this.sim.faults().rateLimit(RateLimit.perSecond(3));
		for (int i = 0; i < 3; i++) {
			assertThat(this.http.get(EOX).status()).isEqualTo(200);
		}
		Response rejected = this.http.get(EOX);
		assertThat(rejected.status()).isEqualTo(403);
		assertThat(rejected.header("X-Mashery-Error-Code")).isEqualTo("ERR_403_DEVELOPER_OVER_QPS");
		assertThat(rejected.header("X-Error-Detail-Header")).isEqualTo("Account Over Queries Per Second Limit");
		assertThat(rejected.header("Retry-After")).isEqualTo("1");
		assertThat(rejected.body()).isEqualTo("<h1>Developer Over Qps</h1>");
		this.sim.clock().advance(Duration.ofSeconds(1));
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
	}

	@Test
	void overDailyRate() {
		this.sim.faults().rateLimit(RateLimit.perDay(5));
		for (int i = 0; i < 5; i++) {
			assertThat(this.http.get(EOX).status()).isEqualTo(200);
			this.sim.clock().advance(Duration.ofMinutes(1));
		}
		Response rejected = this.http.get(EOX);
		assertThat(rejected.status()).isEqualTo(403);
		assertThat(rejected.header("X-Mashery-Error-Code")).isEqualTo("ERR_403_DEVELOPER_OVER_RATE");
		assertThat(rejected.body()).isEqualTo("<h1>Developer Over Rate</h1>");
		// 12:05:00 on the simulator clock: 11 h 55 min until the UTC day rolls over
		assertThat(rejected.header("Retry-After")).isEqualTo(String.valueOf(11 * 3600 + 55 * 60));
		this.sim.clock().advance(Duration.ofHours(12));
		String token = this.http.newToken();
		assertThat(this.http.get(EOX, token).status()).isEqualTo(200);
	}

	@Test
	void psirtRejectsWith429() {
		this.sim.faults().rateLimit(Api.PSIRT, RateLimit.psirt());
		for (int i = 0; i < 5; i++) {
			assertThat(this.http.get(PSIRT).status()).isEqualTo(200);
		}
		Response qps = this.http.get(PSIRT);
		assertThat(qps.status()).isEqualTo(429);
		assertThat(qps.header("X-Mashery-Error-Code")).isEqualTo("ERR_403_DEVELOPER_OVER_QPS");
		for (int second = 1; second < 6; second++) {
			this.sim.clock().advance(Duration.ofSeconds(1));
			for (int i = 0; i < 5; i++) {
				assertThat(this.http.get(PSIRT).status()).isEqualTo(200);
			}
		}
		this.sim.clock().advance(Duration.ofSeconds(1));
		Response minute = this.http.get(PSIRT);
		assertThat(minute.status()).isEqualTo(429);
		assertThat(minute.header("X-Mashery-Error-Code")).isEqualTo("ERR_403_DEVELOPER_OVER_RATE");
		assertThat(minute.header("Retry-After")).isEqualTo("54");
		assertThat(this.http.get(EOX).status()).as("other APIs are not limited").isEqualTo(200);
	}

	@Test
	void eachApiCountsSeparatelyAndStatusIsConfigurable() {
		this.sim.faults().rateLimit(RateLimit.perSecond(1).rejectingWith(429));
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
		assertThat(this.http.get(PSIRT).status()).isEqualTo(200);
		assertThat(this.http.get(EOX).status()).isEqualTo(429);
		assertThat(this.http.get(PSIRT).status()).isEqualTo(429);
		assertThat(this.sim.requests().calls(Api.EOX)).extracting(RecordedRequest::outcome)
			.containsExactly("ok", "ERR_403_DEVELOPER_OVER_QPS");
	}

	@Test
	void rejectedCallsDoNotCount() {
		this.sim.faults().rateLimit(RateLimit.perSecond(2).andPerMinute(3));
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
		assertThat(this.http.get(EOX).status()).isEqualTo(403);
		assertThat(this.http.get(EOX).status()).isEqualTo(403);
		this.sim.clock().advance(Duration.ofSeconds(1));
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
		Response rate = this.http.get(EOX);
		assertThat(rate.header("X-Mashery-Error-Code")).isEqualTo("ERR_403_DEVELOPER_OVER_RATE");
		this.sim.faults().noRateLimit();
		assertThat(this.http.get(EOX).status()).isEqualTo(200);
	}

	@Test
	void validatesLimits() {
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.perSecond(0));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.perDay(10).rejectingWith(500));
	}

}
