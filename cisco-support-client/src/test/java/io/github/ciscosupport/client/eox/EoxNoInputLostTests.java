package io.github.ciscosupport.client.eox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.QuotaExceededException;
import io.github.ciscosupport.client.ServiceUnavailableException;
import io.github.ciscosupport.client.TokenEndpointException;
import io.github.ciscosupport.client.VirtualClock;
import io.github.ciscosupport.client.coverage.CoverageClient;
import io.github.ciscosupport.client.coverage.CoverageStatus;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.ApiFault;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RateLimit;
import io.github.ciscosupport.test.simulator.TokenFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input of a bulk lookup is lost: a 400-serial EoX lookup over real HTTP against the
 * simulator, through every transport filter, with retries waiting on a virtual clock.
 */
@CiscoSupportSimulatorTest
class EoxNoInputLostTests {

	private static final RetryOptions RETRIES = new RetryOptions(5, Duration.ofSeconds(1), Duration.ofSeconds(30),
			Duration.ofMinutes(10), 0);

	/** The backoffs of the four retries of a call that fails five times. */
	private static final List<Duration> FOUR_BACKOFFS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
			Duration.ofSeconds(4), Duration.ofSeconds(8));

	private final CiscoSupportSimulator sim;

	private final VirtualClock clock = new VirtualClock();

	private final CiscoSupportClient cisco;

	private final EoxClient eox;

	private final List<String> serials;

	/** An input of the eighth batch of 20, inputs 140 to 159. */
	private final String ofTheEighthBatch;

	EoxNoInputLostTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.cisco = SimulatorClients.withTransport(sim, RETRIES, this.clock);
		this.eox = this.cisco.eox();
		this.serials = sim.catalogue().serialNumbers().subList(0, 400);
		this.ofTheEighthBatch = this.serials.get(150);
	}

	@ParameterizedTest
	@EnumSource(names = { "CONNECTION_DROPPED_MID_BODY", "EMPTY_BODY", "HTML_PAGE", "MALFORMED_JSON" })
	void aBatchWhoseReplyCannotBeUsedOnceIsRetriedAndEveryInputAnswered(ApiFault fault) throws Exception {
		List<ItemResult<String, List<EoxRecord>>> expected = faultlessLookup();
		this.sim.faults().failNextApiCallsWithInput(Api.EOX, this.ofTheEighthBatch, 1, fault);

		List<ItemResult<String, List<EoxRecord>>> results = lookUp(List.of(Duration.ofSeconds(1)));

		// 400 results, 0 lost: the same answers as without the fault
		assertThat(results).hasSize(400).isEqualTo(expected);
		assertThat(results).noneMatch(EoxNoInputLostTests::isUnavailable);
		assertThat(this.sim.requests().apiCalls(Api.EOX)).isEqualTo(21);
	}

	@ParameterizedTest
	@EnumSource(names = { "CONNECTION_DROPPED_MID_BODY", "EMPTY_BODY", "HTML_PAGE", "MALFORMED_JSON",
			"SERVICE_UNAVAILABLE" })
	void aBatchThatStillFailsAfterEveryRetryIsAnsweredUnavailableWhileTheOthersGoOn(ApiFault fault)
			throws Exception {
		List<ItemResult<String, List<EoxRecord>>> expected = faultlessLookup();
		this.sim.faults().failNextApiCallsWithInput(Api.EOX, this.ofTheEighthBatch, 5, fault);

		List<ItemResult<String, List<EoxRecord>>> results = lookUp(FOUR_BACKOFFS);

		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(this.serials);
		assertThat(IntStream.range(0, 400).filter((i) -> isUnavailable(results.get(i))).boxed().toList())
			.containsExactlyElementsOf(IntStream.range(140, 160).boxed().toList());
		int status = (fault == ApiFault.SERVICE_UNAVAILABLE) ? 503 : 200;
		assertThat(results.subList(140, 160)).allSatisfy((result) -> {
			assertThat(result.error().status()).isEqualTo(status);
			assertThat(result.error().cause()).isInstanceOf(ServiceUnavailableException.class)
				.hasMessageContaining("failed after 5 attempts and 15 s of waiting: HTTP " + status);
		});
		assertThat(results.subList(0, 140)).isEqualTo(expected.subList(0, 140));
		assertThat(results.subList(160, 400)).isEqualTo(expected.subList(160, 400));
		assertThat(this.sim.requests().apiCalls(Api.EOX)).isEqualTo(24);
	}

	@Test
	void quotaUsedUpMidLookupEndsItNamingExactlyTheInputsNotEmitted() throws Exception {
		this.sim.faults().rateLimit(Api.EOX, RateLimit.perDay(7));
		List<ItemResult<String, List<EoxRecord>>> emitted = Collections.synchronizedList(new ArrayList<>());

		Throwable failure = failureOf(this.eox.bySerialNumbers(this.serials).doOnNext(emitted::add).then().toFuture());

		assertThat(failure).isInstanceOfSatisfying(QuotaExceededException.class, (quota) -> {
			assertThat(emitted).extracting(ItemResult::input)
				.containsExactlyElementsOf(this.serials.subList(0, emitted.size()));
			assertThat(quota.getUnansweredInputs()).containsExactlyElementsOf(this.serials.subList(emitted.size(), 400));
		});
		assertThat(emitted.size()).isLessThanOrEqualTo(7 * 20).matches((size) -> size % 20 == 0);
		assertThat(emitted).noneMatch(EoxNoInputLostTests::isUnavailable);
	}

	@Test
	void batchesRefusedAsTooLongAreSplitUntilTheyFit() throws Exception {
		List<ItemResult<String, List<EoxRecord>>> expected = faultlessLookup();
		this.sim.faults().uriTooLongAbove(8);

		List<ItemResult<String, List<EoxRecord>>> results = lookUp(List.of());

		// A record Cisco merges for several inputs of a call names them all: compare what matters.
		assertThat(results).map(EoxNoInputLostTests::gist).isEqualTo(expected.stream().map(EoxNoInputLostTests::gist).toList());
		// each batch of 20 is refused, then each half of 10, then the quarters of 5 are answered
		assertThat(this.sim.requests().inputsPerCall(Api.EOX)).extracting(List::size)
			.containsOnly(20, 10, 5)
			.hasSize(20 * 7)
			.filteredOn((size) -> size == 5)
			.hasSize(80);
	}

	@Test
	void credentialsRefusedEndTheLookupWithEveryInputUnanswered() throws Exception {
		this.sim.faults().failNextTokenCalls(1, TokenFault.INVALID_CLIENT);
		List<String> withDuplicate = new ArrayList<>(this.serials);
		withDuplicate.add(this.serials.get(0));

		Throwable failure = failureOf(this.eox.bySerialNumbers(withDuplicate).collectList().toFuture());

		assertThat(failure).isInstanceOfSatisfying(TokenEndpointException.class, (refused) -> {
			assertThat(refused.getErrorCode()).isEqualTo("invalid_client");
			assertThat(refused.getUnansweredInputs()).containsExactlyElementsOf(this.serials);
		});
	}

	@Test
	void accessDeniedEndsTheLookupWithEveryInputUnanswered() throws Exception {
		this.sim.faults().disableApi(Api.EOX);

		Throwable failure = failureOf(this.eox.bySerialNumbers(this.serials).collectList().toFuture());

		assertThat(failure).isInstanceOfSatisfying(CiscoSupportAuthorizationException.class,
				(denied) -> assertThat(denied.getUnansweredInputs()).containsExactlyElementsOf(this.serials));
	}

	@Test
	void otherBatchedLookupsAnswerAFailedBatchUnavailableToo() throws Exception {
		CoverageClient coverage = this.cisco.coverage();
		List<String> serials = this.serials.subList(0, 200);
		this.sim.faults().failNextApiCallsWithInput(Api.SN2INFO, serials.get(100), 5, ApiFault.HTML_PAGE);

		CompletableFuture<List<ItemResult<String, CoverageStatus>>> lookup = coverage.statusBySerialNumbers(serials)
			.collectList()
			.toFuture();
		for (Duration backoff : FOUR_BACKOFFS) {
			this.clock.expectWaitAndAdvance(backoff);
		}
		List<ItemResult<String, CoverageStatus>> results = lookup.get(30, TimeUnit.SECONDS);

		// batches of 75: the second, inputs 75 to 149, could not be answered
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(serials);
		assertThat(IntStream.range(0, 200).filter((i) -> isUnavailable(results.get(i))).boxed().toList())
			.containsExactlyElementsOf(IntStream.range(75, 150).boxed().toList());
		assertThat(results.subList(0, 75)).allMatch(ItemResult::isSuccess);
		assertThat(results.subList(150, 200)).allMatch(ItemResult::isSuccess);
	}

	/** The answers without faults, before the journal and faults are reset for the test proper. */
	private List<ItemResult<String, List<EoxRecord>>> faultlessLookup() {
		List<ItemResult<String, List<EoxRecord>>> results = this.eox.bySerialNumbers(this.serials).collectList().block();
		assertThat(results).hasSize(400).noneMatch(EoxNoInputLostTests::isUnavailable);
		this.sim.reset();
		return results;
	}

	/** Runs the lookup, advancing the virtual clock past each expected retry wait. */
	private List<ItemResult<String, List<EoxRecord>>> lookUp(List<Duration> waits) throws Exception {
		CompletableFuture<List<ItemResult<String, List<EoxRecord>>>> lookup = this.eox.bySerialNumbers(this.serials)
			.collectList()
			.toFuture();
		for (Duration wait : waits) {
			this.clock.expectWaitAndAdvance(wait);
		}
		return lookup.get(30, TimeUnit.SECONDS);
	}

	/** The input, its products and bulletins, or its error's kind and code. */
	private static String gist(ItemResult<String, List<EoxRecord>> result) {
		return result.input() + " " + (result.isSuccess()
				? result.value().stream().map((record) -> record.eolProductId() + "/" + record.productBulletinNumber()).toList()
				: result.error().kind() + " " + result.error().code());
	}

	private static boolean isUnavailable(ItemResult<String, ?> result) {
		return result.error() != null && result.error().kind() == ItemError.Kind.UNAVAILABLE;
	}

	private static Throwable failureOf(CompletableFuture<?> lookup) throws Exception {
		try {
			lookup.get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		throw new AssertionError("The lookup did not fail");
	}

}
