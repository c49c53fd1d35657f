package io.github.ciscosupport.client.auth;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.security.oauth2.core.OAuth2AccessToken;

import io.github.ciscosupport.client.TokenEndpointException;
import io.github.ciscosupport.client.VirtualClock;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RecordedRequest;
import io.github.ciscosupport.test.simulator.TokenFault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A throttled token request (429) waits what the token endpoint asks for, on a virtual clock,
 * within the token retry budget; and a token response cut short never puts the token in the
 * exception. Against the simulator's id.cisco.com over loopback HTTP.
 */
@CiscoSupportSimulatorTest
class TokenRateLimitTests {

	private final CiscoSupportSimulator sim;

	private final VirtualClock clock = new VirtualClock();

	TokenRateLimitTests(CiscoSupportSimulator sim) {
		this.sim = sim;
	}

	@ParameterizedTest
	@CsvSource({ "RATE_LIMITED, 45", "RATE_LIMITED_RETRY_AFTER, 7", "RATE_LIMITED_RETRY_AFTER_DATE, 12" })
	void throttledTokenRequestWaitsWhatTheEndpointAsks(TokenFault fault, int seconds) throws Exception {
		// Okta's x-rate-limit-reset, Retry-After in seconds, Retry-After as an HTTP date.
		this.sim.faults().tokenRateLimitWait(Duration.ofSeconds(seconds)).failNextTokenCalls(1, fault);
		CompletableFuture<OAuth2AccessToken> token = authorization(TokenRetryOptions.defaults()).accessToken()
			.toFuture();

		this.clock.expectWaitAndAdvance(Duration.ofSeconds(seconds));

		assertThat(token.get().getTokenValue()).startsWith("eyJ");
		assertThat(this.sim.requests().tokenRequests()).extracting(RecordedRequest::outcome)
			.containsExactly(fault.name(), "ok");
	}

	@Test
	void aWaitBeyondTheBudgetFailsAtOnceSayingWhy() {
		this.sim.faults().tokenRateLimitWait(Duration.ofSeconds(90)).failNextTokenCalls(1, TokenFault.RATE_LIMITED);

		// No timer is scheduled: on the virtual clock, a wait would never end and block() would time out.
		assertThatExceptionOfType(TokenEndpointException.class)
			.isThrownBy(() -> authorization(TokenRetryOptions.defaults()).accessToken().block(Duration.ofSeconds(10)))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(429);
				assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(90));
				assertThat(ex.getMessage()).contains("HTTP 429 E0000047")
					.contains("it asks to wait 90 s (x-rate-limit-reset)")
					.contains("Not retried: the token endpoint asks to wait 90 s, more than the 60 s left of the token"
							+ " retry budget (max-total-wait 60 s, 0 s already waited)");
			});
		assertThat(this.sim.requests().tokenCalls()).isEqualTo(1);
	}

	@Test
	void everyWaitOfAFetchCountsAgainstTheBudget() throws Exception {
		this.sim.faults().tokenRateLimitWait(Duration.ofSeconds(40)).failNextTokenCalls(2, TokenFault.RATE_LIMITED);
		CompletableFuture<OAuth2AccessToken> token = authorization(TokenRetryOptions.defaults()).accessToken()
			.toFuture();

		this.clock.expectWaitAndAdvance(Duration.ofSeconds(40));

		assertThatExceptionOfType(Exception.class).isThrownBy(token::get)
			.havingCause()
			.isInstanceOf(TokenEndpointException.class)
			.withMessageContaining("more than the 20 s left of the token retry budget")
			.withMessageContaining("40 s already waited");
		assertThat(this.sim.requests().tokenCalls()).isEqualTo(2);
	}

	@Test
	void throttledRequestsUseAnAttemptEach() throws Exception {
		this.sim.faults().tokenRateLimitWait(Duration.ofSeconds(5)).failNextTokenCalls(3, TokenFault.RATE_LIMITED);
		CompletableFuture<OAuth2AccessToken> token = authorization(TokenRetryOptions.defaults()).accessToken()
			.toFuture();

		this.clock.expectWaitAndAdvance(Duration.ofSeconds(5));
		this.clock.expectWaitAndAdvance(Duration.ofSeconds(5));

		assertThatExceptionOfType(Exception.class).isThrownBy(token::get)
			.havingRootCause()
			.isInstanceOf(TokenEndpointException.class)
			.withMessageContaining("HTTP 429");
		assertThat(this.sim.requests().tokenCalls()).isEqualTo(3);
	}

	@Test
	void tokenResponseCutShortNeverPutsTheTokenInTheException() {
		this.sim.faults().failNextTokenCalls(1, TokenFault.TRUNCATED_TOKEN);

		assertThatExceptionOfType(TokenEndpointException.class)
			.isThrownBy(() -> authorization(TokenRetryOptions.defaults()).accessToken().block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("HTTP 200 with a body that is not JSON")
				.contains("\"access_token\":\"******")
				// Every token the simulator issues starts with the Base64 of {"kid":
				.doesNotContain("eyJ"));
	}

	private CiscoSupportAuthorization authorization(TokenRetryOptions options) {
		return CiscoSupportAuthorization
			.builder(new CiscoSupportCredentials(this.sim.clientId(), this.sim.clientSecret(),
					URI.create(this.sim.tokenUri()), ClientAuthentication.CLIENT_SECRET_POST))
			.tokenRetry(options)
			.scheduler(this.clock)
			.random(() -> 0.5)
			.build();
	}

}
