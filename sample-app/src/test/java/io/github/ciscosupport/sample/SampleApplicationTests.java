package io.github.ciscosupport.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	@Test
	void printsEndOfLifeDatesFromTheEmbeddedSimulatorWithoutCredentials(CapturedOutput output) {
		try (ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class,
				"--serials=FHK0933224R")) {
			CiscoSupportSimulator simulator = context.getBean(CiscoSupportSimulator.class);

			assertThat(output).contains("running against the embedded Cisco Support API SIMULATOR")
				.containsPattern("FHK0933224R\\s+CISCO1811W-AG-A/K9\\s+2007-06-29\\s+2012-06-29");
			assertThat(simulator.requests().tokenCalls()).isEqualTo(1);
			assertThat(output).doesNotContain(simulator.clientSecret());
		}
	}

	@Test
	void usesTheConfiguredCiscoCredentialsInsteadOfTheSimulator() {
		try (CiscoSupportSimulator cisco = CiscoSupportSimulator.start();
				ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class,
						"--cisco.support.client-id=" + cisco.clientId(),
						"--cisco.support.client-secret=" + cisco.clientSecret(),
						"--cisco.support.base-url=" + cisco.baseUrl(), "--cisco.support.token-uri=" + cisco.tokenUri(),
						"--serials=FOC11517LEX")) {
			assertThat(context.containsBean("ciscoSupportSimulator")).isFalse();
			assertThat(cisco.requests().tokenCalls()).isEqualTo(1);
		}
	}

}
