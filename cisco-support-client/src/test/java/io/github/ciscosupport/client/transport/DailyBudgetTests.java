package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.MutableClock;
import io.github.ciscosupport.client.QuotaExceededException;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.ApiFault;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The application's own daily budget: every physical request counts, the one beyond the budget is
 * not sent, and later calls fail fast until the quota day ends.
 */
@CiscoSupportSimulatorTest
class DailyBudgetTests {

	private static final String EOX_PATH = "/supporttools/eox/rest/5/EOXBySerialNumber/1/{serial}?responseencoding=json";

	/** Up to three attempts, without waiting between them. */
	private static final RetryOptions RETRY_AT_ONCE = new RetryOptions(3, Duration.ZERO, Duration.ZERO,
			Duration.ofSeconds(10), 0);

	private final CiscoSupportSimulator sim;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	DailyBudgetTests(CiscoSupportSimulator sim) {
		this.sim = sim;
	}

	@Test
	void theRequestBeyondTheBudgetIsNotSentAndCallsGoAgainAfterTheReset() {
		CiscoSupportClient cisco = client(5).build();
		List<String> serials = this.sim.catalogue().serialNumbers();
		for (int i = 0; i < 5; i++) {
			assertThat(cisco.eox().bySerialNumbers(serials.subList(i, i + 1)).collectList().block()).hasSize(1);
		}
		assertThat(this.sim.requests().apiCalls()).isEqualTo(5);
		assertThat(cisco.quotaExhaustion().blockOptional()).isEmpty();

		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.eox().bySerialNumbers(serials.subList(5, 6)).blockLast())
			.withMessageContaining("not sent")
			.withMessageContaining("daily budget of 5 requests")
			.withMessageContaining("cisco.support.rate-limit.daily-budget")
			.withMessageContaining("2026-03-03T00:00:00Z")
			.satisfies((ex) -> assertThat(ex.getUnansweredInputs()).containsExactly(serials.get(5)));
		assertThat(this.sim.requests().apiCalls()).isEqualTo(5);
		QuotaExhaustion exhaustion = cisco.quotaExhaustion().block();
		assertThat(exhaustion).isNotNull();
		assertThat(exhaustion.isDailyBudget()).isTrue();
		assertThat(exhaustion.dailyBudget()).isEqualTo(5);
		assertThat(exhaustion.resetsAt()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));

		// Fails fast at the outer guard, for every API.
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.coverage().summaryBySerialNumbers(serials.subList(0, 1)).blockLast())
			.withMessageContaining("daily budget of 5 requests");
		assertThat(this.sim.requests().apiCalls()).isEqualTo(5);

		this.clock.advance(Duration.between(this.clock.instant(), exhaustion.resetsAt()));
		assertThat(cisco.quotaExhaustion().blockOptional()).isEmpty();
		for (int i = 0; i < 5; i++) {
			cisco.coverage().summaryBySerialNumbers(serials.subList(i, i + 1)).blockLast();
		}
		assertThat(this.sim.requests().apiCalls(Api.SN2INFO)).isEqualTo(5);
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.coverage().summaryBySerialNumbers(serials.subList(5, 6)).blockLast());
		assertThat(this.sim.requests().apiCalls()).isEqualTo(10);
	}

	@Test
	void theQuotaDayEndsAtTheConfiguredResetTime() {
		CiscoSupportClient cisco = client(1).quotaReset(LocalTime.of(10, 30), ZoneId.of("Europe/Paris")).build();
		List<String> serials = this.sim.catalogue().serialNumbers();
		cisco.eox().bySerialNumbers(serials.subList(0, 1)).blockLast();
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.eox().bySerialNumbers(serials.subList(1, 2)).blockLast());
		// 10:30 in Paris is 09:30 UTC in March.
		assertThat(cisco.quotaExhaustion().block().resetsAt()).isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
		this.clock.advance(Duration.ofMinutes(30));
		cisco.eox().bySerialNumbers(serials.subList(1, 2)).blockLast();
		assertThat(this.sim.requests().apiCalls()).isEqualTo(2);
	}

	@Test
	void aLookupInBatchesEndsWithTheInputsLeftUnanswered() {
		CiscoSupportClient cisco = client(5).maxConcurrentBatches(1).build();
		List<String> serials = this.sim.catalogue().serialNumbers();
		for (int i = 0; i < 4; i++) {
			cisco.eox().bySerialNumbers(serials.subList(i, i + 1)).blockLast();
		}
		List<String> ten = serials.subList(0, 10);
		// Product Info takes 5 serial numbers per call: the first batch is the fifth request.
		List<Object> answered = new ArrayList<>();
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.productInfo().bySerialNumbers(ten).doOnNext(answered::add).blockLast())
			.satisfies((ex) -> assertThat(ex.getUnansweredInputs()).isEqualTo(ten.subList(5, 10)));
		assertThat(answered).hasSize(5);
		assertThat(this.sim.requests().inputsPerCall(Api.PRODUCT_INFO)).containsExactly(ten.subList(0, 5));
		assertThat(this.sim.requests().apiCalls()).isEqualTo(5);
	}

	@Test
	void everyPhysicalRequestCountsRetriesIncluded() {
		CiscoSupportClient cisco = client(2).retry(RETRY_AT_ONCE).build();
		List<String> serials = this.sim.catalogue().serialNumbers();
		this.sim.faults().failNextApiCalls(Api.EOX, 1, ApiFault.SERVICE_UNAVAILABLE);
		assertThat(cisco.eox().bySerialNumbers(serials.subList(0, 1)).collectList().block()).hasSize(1);
		assertThat(this.sim.requests().apiCalls()).isEqualTo(2);

		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.eox().bySerialNumbers(serials.subList(1, 2)).blockLast());
		assertThat(this.sim.requests().apiCalls()).isEqualTo(2);
	}

	@Test
	void aRetryBeyondTheBudgetIsNotSentAndNotRetried() {
		CiscoSupportClient cisco = client(1).retry(RETRY_AT_ONCE).build();
		this.sim.faults().failNextApiCalls(Api.EOX, 1, ApiFault.SERVICE_UNAVAILABLE);
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.eox().bySerialNumbers(this.sim.catalogue().serialNumbers().subList(0, 1))
				.blockLast())
			.withMessageContaining("daily budget of 1 requests");
		assertThat(this.sim.requests().apiCalls()).isEqualTo(1);
	}

	@Test
	void theRestClientHonoursAndCountsTheSameBudget() {
		CiscoSupportClient cisco = client(3).build();
		List<String> serials = this.sim.catalogue().serialNumbers();
		cisco.eox().bySerialNumbers(serials.subList(0, 1)).blockLast();
		cisco.restClient().get().uri(EOX_PATH, serials.get(1)).retrieve().toBodilessEntity();
		cisco.restClient().get().uri(EOX_PATH, serials.get(2)).retrieve().toBodilessEntity();
		assertThat(this.sim.requests().apiCalls()).isEqualTo(3);

		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.restClient().get().uri(EOX_PATH, serials.get(3)).retrieve().toBodilessEntity())
			.withMessageContaining("daily budget of 3 requests");
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> cisco.eox().bySerialNumbers(serials.subList(3, 4)).blockLast());
		assertThat(this.sim.requests().apiCalls()).isEqualTo(3);
	}

	@Test
	void clientsSharingAQuotaStateShareTheBudget() {
		QuotaState shared = QuotaState.local();
		CiscoSupportClient first = client(3).quotaState(shared).build();
		CiscoSupportClient second = client(3).quotaState(shared).build();
		List<String> serials = this.sim.catalogue().serialNumbers();
		first.eox().bySerialNumbers(serials.subList(0, 1)).blockLast();
		second.eox().bySerialNumbers(serials.subList(1, 2)).blockLast();
		first.eox().bySerialNumbers(serials.subList(2, 3)).blockLast();
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> second.eox().bySerialNumbers(serials.subList(3, 4)).blockLast());
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> first.eox().bySerialNumbers(serials.subList(3, 4)).blockLast())
			.withMessageContaining("daily budget of 3 requests");
		assertThat(this.sim.requests().apiCalls()).isEqualTo(3);
	}

	@Test
	void withoutABudgetNothingIsCounted() {
		CiscoSupportClient cisco = SimulatorClients.builder(this.sim).retry(RetryOptions.disabled()).build();
		List<String> serials = this.sim.catalogue().serialNumbers();
		QuotaState shared = QuotaState.local();
		CiscoSupportClient sharing = SimulatorClients.builder(this.sim)
			.retry(RetryOptions.disabled())
			.quotaState(shared)
			.build();
		for (int i = 0; i < 3; i++) {
			cisco.eox().bySerialNumbers(serials.subList(i, i + 1)).blockLast();
			sharing.eox().bySerialNumbers(serials.subList(i, i + 1)).blockLast();
		}
		assertThat(this.sim.requests().apiCalls()).isEqualTo(6);
		// The shared state saw none of them: its first count is 1.
		assertThat(shared.countRequest(Instant.parse("2026-03-03T00:00:00Z")).block()).isEqualTo(1);
	}

	@Test
	void theBudgetMustBeAtLeastOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> client(0))
			.withMessage("dailyBudget must be at least 1, but was 0");
	}

	private CiscoSupportClient.Builder client(int dailyBudget) {
		return SimulatorClients.builder(this.sim)
			.retry(RetryOptions.disabled())
			.clock(this.clock)
			.dailyBudget(dailyBudget);
	}

}
