package io.github.ciscosupport.test.spring;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

import io.github.ciscosupport.autoconfigure.CiscoSupportConnectionDetails;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

/**
 * The simulator as {@link CiscoSupportConnectionDetails}. A connection property the test sets
 * inline ({@code @TestPropertySource(properties = …)}, {@code @SpringBootTest(properties = …)},
 * {@code @CiscoSupportTest(properties = …)}) wins over the simulator's value, so that a test can
 * use a wrong secret on purpose; the application's configuration files, environment variables
 * and system properties do not, so a test never reaches the real Cisco or sends a real secret.
 *
 * @author cisco-support-spring
 */
final class CiscoSupportSimulatorConnectionDetails implements CiscoSupportConnectionDetails {

	private final CiscoSupportSimulator simulator;

	private final ConfigurableEnvironment environment;

	CiscoSupportSimulatorConnectionDetails(CiscoSupportSimulator simulator, ConfigurableEnvironment environment) {
		this.simulator = simulator;
		this.environment = environment;
	}

	@Override
	public String getBaseUrl() {
		return inlined("base-url", this.simulator.baseUrl());
	}

	@Override
	public String getTokenUri() {
		return inlined("token-uri", this.simulator.tokenUri());
	}

	@Override
	public String getClientId() {
		return inlined("client-id", this.simulator.clientId());
	}

	@Override
	public String getClientSecret() {
		return inlined("client-secret", this.simulator.clientSecret());
	}

	/**
	 * The value of {@code cisco.support.<name>} among the test's inlined properties, in any of
	 * its relaxed forms and with placeholders resolved, or the simulator's.
	 */
	private String inlined(String name, String simulatorValue) {
		PropertySource<?> inlined = this.environment.getPropertySources()
			.get(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME);
		if (inlined == null) {
			return simulatorValue;
		}
		return new Binder(ConfigurationPropertySources.from(inlined),
				new PropertySourcesPlaceholdersResolver(this.environment))
			.bind("cisco.support." + name, String.class)
			.orElse(simulatorValue);
	}

	@Override
	public String toString() {
		return "CiscoSupportSimulatorConnectionDetails[baseUrl=" + getBaseUrl() + ", tokenUri=" + getTokenUri()
				+ ", clientId=" + getClientId() + "]";
	}

}
