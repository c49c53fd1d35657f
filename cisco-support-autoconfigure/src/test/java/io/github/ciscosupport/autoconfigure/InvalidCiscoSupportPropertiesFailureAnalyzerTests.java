package io.github.ciscosupport.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class InvalidCiscoSupportPropertiesFailureAnalyzerTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(CiscoSupportAutoConfigurationTests.AUTO_CONFIGURATIONS);

	@Test
	void missingCredentialsNameThePropertiesAndEnvironmentVariables() {
		FailureAnalysis analysis = startupFailure(this.runner);

		assertThat(analysis.getDescription()).contains("cisco.support.client-id is not set")
			.contains("cisco.support.client-secret is not set");
		assertThat(analysis.getAction()).contains("set cisco.support.client-id (or the environment variable CISCO_SUPPORT_CLIENT_ID)")
			.contains("set cisco.support.client-secret (or the environment variable CISCO_SUPPORT_CLIENT_SECRET)")
			.contains("cisco.support.enabled=false");
	}

	@Test
	void missingSecretAloneIsNamed() {
		FailureAnalysis analysis = startupFailure(this.runner.withPropertyValues("cisco.support.client-id=abc"));

		assertThat(analysis.getDescription()).contains("cisco.support.client-secret is not set")
			.doesNotContain("client-id");
	}

	@Test
	void malformedUrlsAreNamed() {
		FailureAnalysis analysis = startupFailure(this.runner.withPropertyValues("cisco.support.client-id=abc",
				"cisco.support.client-secret=def", "cisco.support.base-url=apix.cisco.com",
				"cisco.support.token-uri=https://id.cisco.com/oauth2 v1"));

		assertThat(analysis.getDescription())
			.contains("cisco.support.base-url must be an absolute http(s) URL, was 'apix.cisco.com'")
			.contains("cisco.support.token-uri is not a valid URL");
	}

	@Test
	void negativeDurationsAreNamed() {
		FailureAnalysis analysis = startupFailure(this.runner.withPropertyValues("cisco.support.client-id=abc",
				"cisco.support.client-secret=def", "cisco.support.connect-timeout=-1s",
				"cisco.support.response-timeout=0s", "cisco.support.token-refresh-skew=-5s"));

		assertThat(analysis.getDescription()).contains("cisco.support.connect-timeout must be a positive duration")
			.contains("cisco.support.response-timeout must be a positive duration")
			.contains("cisco.support.token-refresh-skew must not be negative");
	}

	@Test
	void invalidResilienceOptionsAreNamed() {
		FailureAnalysis analysis = startupFailure(this.runner.withPropertyValues("cisco.support.client-id=abc",
				"cisco.support.client-secret=def", "cisco.support.rate-limit.burst=0",
				"cisco.support.retry.backoff.jitter=2", "cisco.support.token-retry.backoff.max=0s",
				"cisco.support.reauthentication-attempts=-1"));

		assertThat(analysis.getDescription()).contains("cisco.support.rate-limit.* is invalid")
			.contains("burst")
			.contains("cisco.support.retry.backoff.jitter must be between 0 and 1, but was 2.0")
			.contains("cisco.support.token-retry.backoff.max must not be shorter than backoff.initial (PT1S), but was PT0S")
			.contains("cisco.support.reauthentication-attempts must not be negative");
		assertThat(analysis.getAction()).contains("cisco.support.retry.backoff.jitter")
			.contains("cisco.support.token-retry.backoff.max");
	}

	@Test
	void invalidAdaptiveRateOptionsAreNamed() {
		FailureAnalysis analysis = startupFailure(this.runner.withPropertyValues("cisco.support.client-id=abc",
				"cisco.support.client-secret=def", "cisco.support.rate-limit.adaptive.cut-factor=1.5"));
		assertThat(analysis.getDescription())
			.contains("cisco.support.rate-limit.adaptive.cut-factor must be above 0 and below 1, but was 1.5");

		analysis = startupFailure(this.runner.withPropertyValues("cisco.support.client-id=abc",
				"cisco.support.client-secret=def", "cisco.support.rate-limit.adaptive.enabled=true",
				"cisco.support.rate-limit.adaptive.max-requests-per-second=2"));
		assertThat(analysis.getDescription()).contains("cisco.support.rate-limit.requests-per-second must be between "
				+ "adaptive.min-requests-per-second (0.5) and adaptive.max-requests-per-second (2.0) when the adaptive "
				+ "rate is enabled, but was 5.0");
	}

	@Test
	void aDailyBudgetBelowOneIsNamed() {
		FailureAnalysis analysis = startupFailure(this.runner.withPropertyValues("cisco.support.client-id=abc",
				"cisco.support.client-secret=def", "cisco.support.rate-limit.daily-budget=0"));

		assertThat(analysis.getDescription())
			.contains("cisco.support.rate-limit.daily-budget must be at least 1, was 0 (leave it unset for no daily budget)");
		assertThat(analysis.getAction()).contains("cisco.support.rate-limit.daily-budget");
	}

	@Test
	void unknownSslBundleIsNamed() {
		FailureAnalysis analysis = startupFailure(this.runner.withPropertyValues("cisco.support.client-id=abc",
				"cisco.support.client-secret=def", "cisco.support.ssl-bundle=corporate"));

		assertThat(analysis.getDescription()).contains("cisco.support.ssl-bundle names SSL bundle 'corporate'");
	}

	@Test
	void secretIsNotPartOfTheReport() {
		FailureAnalysis analysis = startupFailure(this.runner.withPropertyValues("cisco.support.client-secret=Hidden-Value-123",
				"cisco.support.base-url=nope"));

		assertThat(analysis.getDescription() + analysis.getAction() + analysis.getCause().getMessage())
			.doesNotContain("Hidden-Value-123");
	}

	@Test
	void readmeConfigurationWithoutItsEnvironmentVariablesFailsAtStartupNamingThem(CapturedOutput output) {
		StandardEnvironment withoutVariables = new StandardEnvironment();
		withoutVariables.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);

		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(StarterApplication.class)
			.environment(withoutVariables)
			.web(WebApplicationType.NONE)
			.run("--spring.config.location=classpath:/unresolved-placeholders.yml", "--" + CiscoFaults.NO_QUIET_PERIOD));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("cisco.support.client-id is set to the unresolved placeholder ${CISCO_SUPPORT_CLIENT_ID}")
			.contains("cisco.support.client-secret is set to the unresolved placeholder ${CISCO_SUPPORT_CLIENT_SECRET}")
			.contains("set the environment variable CISCO_SUPPORT_CLIENT_ID (or cisco.support.client-id)")
			.contains("set the environment variable CISCO_SUPPORT_CLIENT_SECRET (or cisco.support.client-secret)");
	}

	@Test
	void unresolvedPlaceholdersOfOtherPropertiesAreNamed() {
		FailureAnalysis analysis = startupFailure(withoutEnvironmentVariables().withPropertyValues(
				"cisco.support.client-id=abc", "cisco.support.client-secret=def",
				"cisco.support.base-url=${CISCO_GATEWAY}", "cisco.support.token-uri=https://${okta.host}/oauth2/v1/token",
				"cisco.support.proxy.host=${PROXY_HOST}", "cisco.support.proxy.password=${PROXY_PASSWORD}"));

		assertThat(analysis.getDescription())
			.contains("cisco.support.base-url is set to the unresolved placeholder ${CISCO_GATEWAY}")
			.contains("cisco.support.token-uri contains the unresolved placeholder ${okta.host}")
			.contains("cisco.support.proxy.host is set to the unresolved placeholder ${PROXY_HOST}")
			.contains("cisco.support.proxy.password is set to the unresolved placeholder ${PROXY_PASSWORD}")
			.doesNotContain("must be an absolute")
			.doesNotContain("is not a valid URL");
		assertThat(analysis.getAction()).contains("set the environment variable CISCO_GATEWAY (or cisco.support.base-url)")
			.contains("set okta.host (or cisco.support.token-uri)")
			.contains("set the environment variable PROXY_PASSWORD (or cisco.support.proxy.password)");
	}

	@Test
	void secretWithAPlaceholderInsideIsNotPrinted() {
		FailureAnalysis analysis = startupFailure(withoutEnvironmentVariables().withPropertyValues(
				"cisco.support.client-id=abc", "cisco.support.client-secret=Hidden-Value-${SECRET_SUFFIX}"));

		assertThat(analysis.getDescription()).contains("cisco.support.client-secret contains an unresolved ${...} placeholder");
		assertThat(analysis.getDescription() + analysis.getAction() + analysis.getCause().getMessage())
			.doesNotContain("Hidden-Value")
			.doesNotContain("SECRET_SUFFIX");
	}

	@Test
	void resolvedPlaceholdersAreFine() {
		withoutEnvironmentVariables()
			.withPropertyValues("cisco.id=abc", "cisco.support.client-id=${cisco.id}", "cisco.support.client-secret=${CISCO_SECRET:def}")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private ApplicationContextRunner withoutEnvironmentVariables() {
		return this.runner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME));
	}

	static FailureAnalysis startupFailure(ApplicationContextRunner runner) {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		runner.run((context) -> {
			assertThat(context).hasFailed();
			analysis[0] = new InvalidCiscoSupportPropertiesFailureAnalyzer().analyze(context.getStartupFailure());
		});
		assertThat(analysis[0]).as("failure analysis").isNotNull();
		return analysis[0];
	}

}
