package io.github.ciscosupport.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.ciscosupport.autoconfigure.CiscoSupportConnectionDetails;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	@Test
	void printsEndOfLifeDatesFromTheEmbeddedSimulatorWithoutCredentials(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("--serials=FHK0933224R")) {
			CiscoSupportSimulator simulator = context.getBean(CiscoSupportSimulator.class);

			assertThat(output).contains("running against the embedded Cisco Support API SIMULATOR")
				.containsPattern("FHK0933224R\\s+CISCO1811W-AG-A/K9\\s+2007-06-29\\s+2012-06-29");
			assertThat(simulator.requests().tokenCalls()).isEqualTo(1);
			assertThat(output).doesNotContain(simulator.clientSecret());
			CiscoSupportConnectionDetails connection = context.getBean(CiscoSupportConnectionDetails.class);
			assertThat(connection.getBaseUrl()).isEqualTo(simulator.baseUrl());
			assertThat(connection.toString()).contains(simulator.baseUrl()).doesNotContain(simulator.clientSecret());
			assertThat(context.getEnvironment().containsProperty("cisco.support.base-url")).isFalse();
			assertThat(context.getEnvironment().containsProperty("cisco.support.client-secret")).isFalse();
		}
	}

	@Test
	void usesTheConfiguredCiscoCredentialsInsteadOfTheSimulator() {
		try (CiscoSupportSimulator cisco = CiscoSupportSimulator.start();
				ConfigurableApplicationContext context = run("--cisco.support.client-id=" + cisco.clientId(),
						"--cisco.support.client-secret=" + cisco.clientSecret(),
						"--cisco.support.base-url=" + cisco.baseUrl(), "--cisco.support.token-uri=" + cisco.tokenUri(),
						"--serials=FOC11517LEX")) {
			assertThat(context.containsBean("ciscoSupportSimulator")).isFalse();
			assertThat(context.getBean(SimulatorData.class).active()).isFalse();
			assertThat(cisco.requests().tokenCalls()).isEqualTo(1);
		}
	}

	@Test
	void commandsRunWithoutAWebServerAndTheDefaultIsTheWebPage() {
		assertThat(CommandLine.isCommand("--inventory=devices.csv", "--out=report.csv")).isTrue();
		assertThat(CommandLine.isCommand("--serials=A")).isTrue();
		assertThat(CommandLine.isCommand("--server.port=0")).isFalse();
	}

	private static ConfigurableApplicationContext run(String... args) {
		return SampleApplication.application(args).run(args);
	}

}
