package io.github.ciscosupport.autoconfigure.clients;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import io.github.ciscosupport.autoconfigure.CiscoSupportAutoConfiguration;
import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.auth.CiscoSupportCredentials;
import io.github.ciscosupport.client.coverage.CoverageClient;
import io.github.ciscosupport.client.eox.EoxClient;
import io.github.ciscosupport.client.eox.EoxRecord;
import io.github.ciscosupport.client.product.ProductInfoClient;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

@CiscoSupportSimulatorTest
class CiscoSupportClientsAutoConfigurationTests {

	private static ApplicationContextRunner runner(CiscoSupportSimulator simulator) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
					CiscoSupportAutoConfiguration.class, CiscoSupportClientsAutoConfiguration.class))
			.withPropertyValues("cisco.support.base-url=" + simulator.baseUrl(),
					"cisco.support.token-uri=" + simulator.tokenUri(), "cisco.support.client-id=" + simulator.clientId(),
					"cisco.support.client-secret=" + simulator.clientSecret(),
					"cisco.support.rate-limit.requests-per-second=100");
	}

	@Test
	void typedClientsAreBeansThatAnswerEveryInputInOrder(CiscoSupportSimulator simulator) {
		List<String> serials = new ArrayList<>(simulator.catalogue().serialNumbers().subList(0, 45));
		serials.add(7, "NOSUCHSERIAL1");
		runner(simulator).run((context) -> {
			assertThat(context).hasSingleBean(EoxClient.class)
				.hasSingleBean(CoverageClient.class)
				.hasSingleBean(ProductInfoClient.class);

			List<ItemResult<String, List<EoxRecord>>> results = context.getBean(EoxClient.class)
				.bySerialNumbers(serials)
				.collectList()
				.block(Duration.ofSeconds(60));

			assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(serials);
			assertThat(results.get(7).error()).isNotNull();
			assertThat(simulator.requests().inputsPerCall(Api.EOX)).extracting(List::size)
				.containsExactlyInAnyOrder(20, 20, 6);
			assertThat(simulator.requests().tokenCalls()).isEqualTo(1);
		});
	}

	@Test
	void typedClientsBackOff(CiscoSupportSimulator simulator) {
		EoxClient own = CiscoSupportClient.builder(CiscoSupportCredentials.of("own", "own-secret")).build().eox();
		runner(simulator).withBean(EoxClient.class, () -> own)
			.run((context) -> assertThat(context.getBean(EoxClient.class)).isSameAs(own));
	}

	@Test
	void maxConcurrentBatchesMustBePositive(CiscoSupportSimulator simulator) {
		runner(simulator).withPropertyValues("cisco.support.max-concurrent-batches=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("cisco.support.max-concurrent-batches"));
	}

}
