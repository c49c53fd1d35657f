package io.github.ciscosupport.autoconfigure.test.sample;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.ciscosupport.autoconfigure.CiscoFaults;
import io.github.ciscosupport.autoconfigure.FakeCisco;
import io.github.ciscosupport.autoconfigure.test.CiscoSupportTest;
import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.transport.RequestRateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slice as a user writes it: the component under test, the starter's beans, a stand-in for
 * Cisco, nothing else of the application.
 */
@CiscoSupportTest(components = EndOfLifeLookup.class,
		properties = { "cisco.support.rate-limit.enabled=false", CiscoFaults.NO_QUIET_PERIOD })
class CiscoSupportTestSliceTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	@DynamicPropertySource
	static void pointAtTheStandIn(DynamicPropertyRegistry registry) {
		registry.add("cisco.support.base-url", cisco::baseUrl);
		registry.add("cisco.support.token-uri", () -> cisco.baseUrl() + FakeCisco.TOKEN_PATH);
		registry.add("cisco.support.client-id", () -> FakeCisco.CLIENT_ID);
		registry.add("cisco.support.client-secret", () -> FakeCisco.CLIENT_SECRET);
	}

	@Autowired
	private EndOfLifeLookup lookup;

	@Autowired
	private TokenAudit tokenAudit;

	@Autowired
	private ApplicationContext context;

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
	}

	@Test
	void componentUnderTestCallsCiscoThroughTheStarter() {
		assertThat(this.lookup.bySerialNumber("FHK0933224R")).contains("CISCO1811W-AG-A/K9");
		assertThat(FakeCisco.bearerHeaders(cisco)).singleElement().asString().startsWith("Bearer tok-");
		assertThat(this.tokenAudit.fetched()).isPositive();
	}

	@Test
	void loadsTheStartersBeansAndTheComponentsUnderTestOnly() {
		assertThat(this.context.getBeanNamesForType(CiscoSupportAuthorization.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(RequestRateLimiter.class)).hasSize(1);
		assertThat(this.context.containsBean("ciscoSupportWebClient")).isTrue();
		assertThat(this.context.getBeanNamesForType(ReportMailer.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(io.github.ciscosupport.autoconfigure.metrics.CiscoSupportMetrics.class))
			.isEmpty();
		assertThat(this.context.containsBean("ciscoSupportHealthIndicator")).isFalse();
	}

}
