package io.github.ciscosupport.test.autoconfigure.sample;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.eox.EoxClient;
import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.test.autoconfigure.CiscoSupportTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slice as a user writes it: the component under test, the starter's beans, a stand-in for
 * Cisco given by the usual properties, nothing else of the application.
 */
@CiscoSupportTest(components = EndOfLifeLookup.class,
		properties = { "cisco.support.rate-limit.enabled=false", "spring.reactor.netty.shutdown-quiet-period=0s" })
class CiscoSupportTestSliceTests {

	private static final CiscoSupportSimulator cisco = CiscoSupportSimulator.start();

	@DynamicPropertySource
	static void pointAtTheStandIn(DynamicPropertyRegistry registry) {
		registry.add("cisco.support.base-url", cisco::baseUrl);
		registry.add("cisco.support.token-uri", cisco::tokenUri);
		registry.add("cisco.support.client-id", cisco::clientId);
		registry.add("cisco.support.client-secret", cisco::clientSecret);
	}

	@AfterAll
	static void stopTheStandIn() {
		cisco.close();
	}

	@Autowired
	private EndOfLifeLookup lookup;

	@Autowired
	private TokenAudit tokenAudit;

	@Autowired
	private LookupAudit lookupAudit;

	@Autowired
	private EoxClient eox;

	@Autowired
	private ApplicationContext context;

	@BeforeEach
	void resetTheStandIn() {
		cisco.reset();
	}

	@Test
	void componentUnderTestCallsCiscoThroughTheStarter() {
		assertThat(this.lookup.bySerialNumber("FHK0933224R")).contains("CISCO1811W-AG-A/K9");
		assertThat(cisco.requests().calls(Api.EOX)).singleElement()
			.satisfies((call) -> assertThat(call.header("Authorization")).startsWith("Bearer "));
		assertThat(this.tokenAudit.fetched()).isPositive();
	}

	@Test
	void lookupListenersOfTheApplicationHearTheTypedClients() {
		this.eox.bySerialNumbers(List.of("FHK0933224R", "FXS2130Q286")).collectList().block(Duration.ofSeconds(30));
		assertThat(this.lookupAudit.inputs("eox")).isEqualTo(2);
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
