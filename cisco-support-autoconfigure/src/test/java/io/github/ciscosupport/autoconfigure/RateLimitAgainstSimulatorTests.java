package io.github.ciscosupport.autoconfigure;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RateLimit;
import io.github.ciscosupport.test.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client-side rate limiter holds its rate against a gateway that counts calls in fixed
 * one-second windows, Mashery style: no call is ever throttled. The client is set a fifth below
 * the gateway's limit: what the limiter controls is when calls leave, and on a loaded build
 * machine the arrival jitter of a few calls can bunch them into one window.
 */
@CiscoSupportSimulatorTest
class RateLimitAgainstSimulatorTests {

	@Test
	void threeHundredConcurrentCallsAt40PerSecondNeverTripAGatewayAllowing50(CiscoSupportSimulator simulator) {
		simulator.faults().rateLimit(Api.EOX, RateLimit.perSecond(50));
		List<String> serials = simulator.catalogue().serialNumbers();
		new ApplicationContextRunner().withConfiguration(CiscoSupportAutoConfigurationTests.AUTO_CONFIGURATIONS)
			.withPropertyValues("cisco.support.base-url=" + simulator.baseUrl(),
					"cisco.support.token-uri=" + simulator.tokenUri(), "cisco.support.client-id=" + simulator.clientId(),
					"cisco.support.client-secret=" + simulator.clientSecret(),
					"cisco.support.rate-limit.requests-per-second=40")
			.run((context) -> {
				WebClient webClient = context.getBean(WebClient.class);
				Long answered = Flux.range(0, 300)
					.flatMap((i) -> webClient.get()
						.uri("/supporttools/eox/rest/5/EOXBySerialNumber/1/{serial}?responseencoding=json",
								serials.get(i))
						.retrieve()
						.toBodilessEntity(), 300)
					.count()
					.block(Duration.ofSeconds(60));

				assertThat(answered).isEqualTo(300);
				List<RecordedRequest> calls = simulator.requests().calls(Api.EOX);
				assertThat(calls).hasSize(300).allSatisfy((call) -> assertThat(call.status()).isEqualTo(200));
				Duration span = Duration.between(calls.get(0).time(), calls.get(calls.size() - 1).time());
				// 299 intervals of 25 ms, less some arrival jitter: the limiter did pace the calls.
				assertThat(span).isGreaterThanOrEqualTo(Duration.ofMillis(299 * 25 - 100));
			});
	}

}
