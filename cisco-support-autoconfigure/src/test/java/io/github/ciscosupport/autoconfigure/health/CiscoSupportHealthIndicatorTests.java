package io.github.ciscosupport.autoconfigure.health;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import io.github.ciscosupport.autoconfigure.CiscoFaults;
import io.github.ciscosupport.autoconfigure.FakeCisco;
import io.github.ciscosupport.autoconfigure.TestClock;
import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.auth.CiscoSupportCredentials;
import io.github.ciscosupport.client.auth.ClientAuthentication;
import io.github.ciscosupport.client.auth.TokenRetryOptions;
import io.github.ciscosupport.client.retry.Backoff;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health indicator against a WireMock token endpoint, on a clock the tests move.
 */
class CiscoSupportHealthIndicatorTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	private static final Duration FAILURE_TTL = Duration.ofMinutes(1);

	/** One hour before midnight UTC. */
	private final TestClock clock = new TestClock(Instant.parse("2026-03-02T23:00:00Z"));

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
	}

	@Test
	void upWithTokenExpiryAndConfigurationFetchingOneTokenForManyChecks() {
		CiscoSupportAuthorization authorization = authorization();
		CiscoSupportHealthIndicator indicator = indicator(authorization, gateway(LocalTime.MIDNIGHT, ZoneOffset.UTC));

		for (int i = 0; i < 20; i++) {
			Health health = indicator.health().block();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("baseUrl", "https://apix.example")
				.containsEntry("tokenExpiresAt", "2026-03-03T00:00:00Z")
				.containsKey("rateLimit");
			this.clock.advance(Duration.ofMinutes(2));
		}

		assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(1);
	}

	@Test
	void fetchesAgainOnlyOnceTheTokenHasExpired() {
		CiscoSupportHealthIndicator indicator = indicator(authorization(), gateway(LocalTime.MIDNIGHT, ZoneOffset.UTC));
		indicator.health().block();
		this.clock.advance(Duration.ofMinutes(59));
		indicator.health().block();
		assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(indicator.health().block().getDetails()).containsEntry("tokenExpiresAt", "2026-03-03T01:00:00Z");
		assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(2);
	}

	@Test
	void downWithTheErrorCodeAndTheFailureKeptForItsTimeToLive() {
		CiscoFaults.invalidClient(cisco);
		CiscoSupportHealthIndicator indicator = indicator(authorization(), gateway(LocalTime.MIDNIGHT, ZoneOffset.UTC));

		Health health = indicator.health().block();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "invalid_client")
			.containsEntry("httpStatus", 401)
			.containsEntry("tokenUri", cisco.baseUrl() + FakeCisco.TOKEN_PATH)
			.containsEntry("failedAt", "2026-03-02T23:00:00Z")
			.containsEntry("nextAttemptAfter", "2026-03-02T23:01:00Z");
		assertThat((String) health.getDetails().get("message")).contains("invalid_client");

		this.clock.advance(FAILURE_TTL.minusSeconds(1));
		assertThat(indicator.health().block().getStatus()).isEqualTo(Status.DOWN);
		assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(1);

		FakeCisco.stub(cisco);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(indicator.health().block().getStatus()).isEqualTo(Status.UP);
		assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(2);
	}

	@Test
	void upAgainAtOnceWhenTheApplicationGotATokenSinceTheFailure() {
		CiscoFaults.invalidClient(cisco);
		CiscoSupportAuthorization authorization = authorization();
		CiscoSupportHealthIndicator indicator = indicator(authorization, gateway(LocalTime.MIDNIGHT, ZoneOffset.UTC));
		assertThat(indicator.health().block().getStatus()).isEqualTo(Status.DOWN);

		FakeCisco.stub(cisco);
		authorization.accessToken().block();

		assertThat(indicator.health().block().getStatus()).isEqualTo(Status.UP);
		assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(2);
	}

	@Test
	void downWhenNoTokenArrivesInTime() {
		cisco.stubFor(post(urlEqualTo(FakeCisco.TOKEN_PATH))
			.willReturn(aResponse().withFixedDelay(2000).withStatus(200).withBody("{}")));
		CiscoSupportHealthIndicator indicator = new CiscoSupportHealthIndicator(authorization(),
				gateway(LocalTime.MIDNIGHT, ZoneOffset.UTC), Map.of(), Duration.ofMillis(200), FAILURE_TTL,
				this.clock);

		Health health = indicator.health().block();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "timeout")
			.containsEntry("message", "No access token within PT0.2S");
	}

	@Test
	void outOfServiceFromQuotaExhaustionUntilMidnightUtc() {
		CiscoSupportGatewayState gateway = gateway(LocalTime.MIDNIGHT, ZoneOffset.UTC);
		CiscoSupportHealthIndicator indicator = indicator(authorization(), gateway);
		gateway.onQuotaExhausted();

		Health health = indicator.health().block();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("error", CiscoFaults.OVER_RATE)
			.containsEntry("quotaExhaustedAt", "2026-03-02T23:00:00Z")
			.containsEntry("quotaResetsAt", "2026-03-03T00:00:00Z");
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(indicator.health().block().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(FakeCisco.tokenRequests(cisco)).isZero();

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(indicator.health().block().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void quotaResetTimeAndZoneAreConfigurable() {
		CiscoSupportGatewayState gateway = gateway(LocalTime.of(8, 0), ZoneId.of("America/Los_Angeles"));
		gateway.onQuotaExhausted();

		// 23:00 UTC is 15:00 in Los Angeles (PST, UTC-8): the next 08:00 there is 16:00 UTC.
		assertThat(gateway.quotaResetAfter(this.clock.instant())).isEqualTo(Instant.parse("2026-03-03T16:00:00Z"));
		this.clock.set(Instant.parse("2026-03-03T15:59:59Z"));
		assertThat(gateway.quotaExhaustedAt(this.clock.instant())).isNotNull();
		this.clock.set(Instant.parse("2026-03-03T16:00:00Z"));
		assertThat(gateway.quotaExhaustedAt(this.clock.instant())).isNull();
	}

	@Test
	void showsWhenCallsWereLastThrottled() {
		CiscoSupportGatewayState gateway = gateway(LocalTime.MIDNIGHT, ZoneOffset.UTC);
		CiscoSupportHealthIndicator indicator = indicator(authorization(), gateway);
		gateway.onThrottled(Duration.ofSeconds(1));

		assertThat(indicator.health().block().getDetails()).containsEntry("lastThrottledAt", "2026-03-02T23:00:00Z");
	}

	@Test
	void detailsNeverShowTheTokenOrTheSecret() {
		CiscoSupportAuthorization authorization = authorization();
		CiscoSupportHealthIndicator indicator = indicator(authorization, gateway(LocalTime.MIDNIGHT, ZoneOffset.UTC));
		String up = indicator.health().block().toString();
		String token = authorization.cachedAccessToken().orElseThrow().getTokenValue();

		CiscoFaults.invalidClient(cisco);
		String down = indicator(authorization(), gateway(LocalTime.MIDNIGHT, ZoneOffset.UTC)).health()
			.block()
			.toString();

		assertThat(up + down).contains("UP", "DOWN").doesNotContain(token).doesNotContain(FakeCisco.CLIENT_SECRET);
	}

	private CiscoSupportAuthorization authorization() {
		return CiscoSupportAuthorization
			.builder(new CiscoSupportCredentials(FakeCisco.CLIENT_ID, FakeCisco.CLIENT_SECRET,
					URI.create(cisco.baseUrl() + FakeCisco.TOKEN_PATH), ClientAuthentication.CLIENT_SECRET_POST))
			.clock(this.clock)
			// Quick retries of transient faults, such as a pooled connection WireMock closed.
			.tokenRetry(new TokenRetryOptions(3, new Backoff(Duration.ofMillis(10), Duration.ofMillis(10), 0),
					Duration.ofMinutes(1), 0, Duration.ZERO))
			.build();
	}

	private CiscoSupportGatewayState gateway(LocalTime resetTime, ZoneId resetZone) {
		return new CiscoSupportGatewayState(this.clock, resetTime, resetZone);
	}

	private CiscoSupportHealthIndicator indicator(CiscoSupportAuthorization authorization,
			CiscoSupportGatewayState gateway) {
		return new CiscoSupportHealthIndicator(authorization, gateway,
				Map.of("baseUrl", "https://apix.example", "rateLimit", Map.of("enabled", false)),
				Duration.ofSeconds(10), FAILURE_TTL, this.clock);
	}

}
