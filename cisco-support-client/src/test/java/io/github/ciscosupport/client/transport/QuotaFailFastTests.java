package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.QuotaExceededException;
import io.github.ciscosupport.client.MutableClock;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RateLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Once Cisco answers {@code ERR_403_DEVELOPER_OVER_RATE}, later calls fail fast without a
 * request until the quota resets, in one process (the local state) and across clients sharing a
 * {@link QuotaState}.
 */
@CiscoSupportSimulatorTest
class QuotaFailFastTests {

	private final CiscoSupportSimulator sim;

	private final MutableClock clock = new MutableClock(
			Instant.parse("2026-03-02T09:00:00Z"));

	QuotaFailFastTests(CiscoSupportSimulator sim) {
		this.sim = sim;
	}

	@Test
	void callsFailFastWithoutARequestOnceTheQuotaIsKnownUsedUp() {
		this.sim.faults().rateLimit(Api.EOX, RateLimit.perDay(1));
		CiscoSupportClient cisco = SimulatorClients.builder(this.sim)
			.retry(RetryOptions.disabled())
			.clock(this.clock)
			.build();
		List<String> serial = this.sim.catalogue().serialNumbers().subList(0, 1);
		cisco.eox().bySerialNumbers(serial).blockLast();
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.eox().bySerialNumbers(serial).blockLast());
		assertThat(this.sim.requests().apiCalls(Api.EOX)).isEqualTo(2);
		QuotaExhaustion exhaustion = cisco.quotaExhaustion().block();
		assertThat(exhaustion).isNotNull();
		assertThat(exhaustion.exhaustedAt()).isEqualTo(this.clock.instant());

		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.eox().bySerialNumbers(serial).blockLast())
			.withMessageContaining("not sent")
			.satisfies((ex) -> assertThat(ex.getUnansweredInputs()).isEqualTo(serial));
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.coverage().summaryBySerialNumbers(serial).blockLast());
		assertThat(this.sim.requests().apiCalls()).isEqualTo(2);

		this.clock.advance(Duration.between(this.clock.instant(), exhaustion.resetsAt()));
		assertThat(cisco.quotaExhaustion().blockOptional()).isEmpty();
		cisco.coverage().summaryBySerialNumbers(serial).blockLast();
		assertThat(this.sim.requests().apiCalls(Api.SN2INFO)).isEqualTo(1);
	}

	@Test
	void aSharedStateStopsOtherClientsBeforeTheyCall() {
		this.sim.faults().rateLimit(Api.EOX, RateLimit.perDay(1));
		QuotaState shared = QuotaState.local();
		CiscoSupportClient first = SimulatorClients.builder(this.sim)
			.retry(RetryOptions.disabled())
			.quotaState(shared)
			.build();
		CiscoSupportClient second = SimulatorClients.builder(this.sim)
			.retry(RetryOptions.disabled())
			.quotaState(shared)
			.build();
		List<String> serial = this.sim.catalogue().serialNumbers().subList(0, 1);
		first.eox().bySerialNumbers(serial).blockLast();
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> first.eox().bySerialNumbers(serial).blockLast());
		this.sim.requests().clear();

		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> second.productInfo().bySerialNumbers(serial).blockLast())
			.withMessageContaining("not sent");
		assertThat(this.sim.requests().apiCalls()).isZero();
		assertThat(second.quotaExhaustion().blockOptional()).isPresent();
	}

	@Test
	void theRestClientRecordsAndHonoursTheSameQuotaState() {
		this.sim.faults().rateLimit(Api.EOX, RateLimit.perDay(1));
		CiscoSupportClient cisco = SimulatorClients.builder(this.sim)
			.retry(RetryOptions.disabled())
			.clock(this.clock)
			.build();
		String serial = this.sim.catalogue().serialNumbers().get(0);
		String path = "/supporttools/eox/rest/5/EOXBySerialNumber/1/{serial}?responseencoding=json";
		cisco.restClient().get().uri(path, serial).retrieve().toBodilessEntity();
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.restClient().get().uri(path, serial).retrieve().toBodilessEntity());
		assertThat(this.sim.requests().apiCalls()).isEqualTo(2);

		// Learnt by the RestClient, honoured by both clients without a request.
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.restClient().get().uri(path, serial).retrieve().toBodilessEntity())
			.withMessageContaining("not sent");
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.coverage().summaryBySerialNumbers(List.of(serial)).blockLast())
			.withMessageContaining("not sent");
		assertThat(this.sim.requests().apiCalls()).isEqualTo(2);
	}

}
