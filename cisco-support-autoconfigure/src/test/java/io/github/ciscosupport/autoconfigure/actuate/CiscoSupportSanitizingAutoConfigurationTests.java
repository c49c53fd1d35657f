package io.github.ciscosupport.autoconfigure.actuate;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import io.github.ciscosupport.autoconfigure.CiscoFaults;
import io.github.ciscosupport.autoconfigure.FakeCisco;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client secret and proxy password never show in the configprops and env endpoints, even
 * when they are set to show values.
 */
class CiscoSupportSanitizingAutoConfigurationTests {

	private static final String PROXY_PASSWORD = "Proxy-Pa55-Value";

	private final JsonMapper json = JsonMapper.builder().build();

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(CiscoFaults.CORE)
		.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
				ConfigurationPropertiesReportEndpointAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class,
				CiscoSupportSanitizingAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=configprops,env",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
				"cisco.support.client-id=" + FakeCisco.CLIENT_ID, "cisco.support.client-secret=" + FakeCisco.CLIENT_SECRET,
				"cisco.support.proxy.host=proxy.example", "cisco.support.proxy.username=proxy-user",
				CiscoFaults.NO_QUIET_PERIOD)
		// The proxy password comes from an environment variable, in its upper-case form.
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("CISCO_SUPPORT_PROXY_PASSWORD", PROXY_PASSWORD))));

	@Test
	void configpropsShowsValuesButNotTheSecrets() {
		this.runner.run((context) -> {
			String report = this.json
				.writeValueAsString(context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());

			assertThat(report).contains("cisco.support", FakeCisco.CLIENT_ID, "proxy-user", "******")
				.doesNotContain(FakeCisco.CLIENT_SECRET)
				.doesNotContain(PROXY_PASSWORD);
		});
	}

	@Test
	void envShowsValuesButNotTheSecrets() {
		this.runner.run((context) -> {
			EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
			String environment = this.json.writeValueAsString(endpoint.environment(null));
			String secretEntry = this.json.writeValueAsString(endpoint.environmentEntry("cisco.support.client-secret"));
			String passwordEntry = this.json.writeValueAsString(endpoint.environmentEntry("CISCO_SUPPORT_PROXY_PASSWORD"));

			assertThat(environment).contains(FakeCisco.CLIENT_ID, "proxy-user", "******")
				.doesNotContain(FakeCisco.CLIENT_SECRET)
				.doesNotContain(PROXY_PASSWORD);
			assertThat(secretEntry + passwordEntry).contains("******")
				.doesNotContain(FakeCisco.CLIENT_SECRET)
				.doesNotContain(PROXY_PASSWORD);
		});
	}

	@Test
	void masksEveryRelaxedFormOfTheSecretKeysAndNothingElse() {
		SanitizingFunction function = new CiscoSupportSanitizingAutoConfiguration().ciscoSupportSanitizingFunction();

		assertThat(Map.of("cisco.support.client-secret", "s", "cisco.support.clientSecret", "s",
				"cisco.support.client_secret", "s", "CISCO_SUPPORT_CLIENT_SECRET", "s", "cisco.support.proxy.password",
				"s", "CISCO_SUPPORT_PROXY_PASSWORD", "s"))
			.allSatisfy((key, value) -> assertThat(sanitize(function, key)).as(key)
				.isEqualTo(SanitizableData.SANITIZED_VALUE));
		assertThat(Map.of("cisco.support.client-id", "s", "cisco.support.proxy.username", "s",
				"other.client-secret", "s"))
			.allSatisfy((key, value) -> assertThat(sanitize(function, key)).as(key).isEqualTo("value"));
	}

	@Test
	void masksEvenWhenTheClientIsDisabled() {
		this.runner.withPropertyValues("cisco.support.enabled=false")
			.run((context) -> assertThat(context)
				.hasBean(CiscoSupportSanitizingAutoConfiguration.SANITIZING_FUNCTION_BEAN_NAME));
	}

	@Test
	void absentWithoutTheActuator() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CiscoSupportSanitizingAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SanitizingFunction.class));
	}

	private static Object sanitize(SanitizingFunction function, String key) {
		return function.applyUnlessFiltered(new SanitizableData(null, key, "value")).getValue();
	}

}
