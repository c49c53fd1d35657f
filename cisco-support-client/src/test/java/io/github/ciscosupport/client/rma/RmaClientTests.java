package io.github.ciscosupport.client.rma;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.TestClients;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RecordedRequest;
import io.github.ciscosupport.test.simulator.data.Rma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@CiscoSupportSimulatorTest
class RmaClientTests {

	private static final LocalDate EVER = LocalDate.of(2000, 1, 1);

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final CiscoSupportSimulator sim;

	private final RmaClient rmas;

	RmaClientTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.rmas = SimulatorClients.of(sim).rmas();
	}

	@Test
	void rmaNumbersGoOutOneAtATimeAndSvoNoRecordsIsNotFound() {
		List<String> numbers = new ArrayList<>(this.sim.catalogue().rmas().stream().limit(6).map((rma) -> String.valueOf(rma.rmaNumber())).toList());
		numbers.add(2, "11111111");
		numbers.add(numbers.get(0));
		List<ItemResult<String, RmaDetail>> results = this.rmas.byRmaNumbers(numbers).collectList().block();
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(numbers);
		assertThat(results.get(2).error()).satisfies((error) -> {
			assertThat(error.kind()).isEqualTo(ItemError.Kind.NOT_FOUND);
			assertThat(error.code()).isEqualTo("SVO_NO_RECORDS");
		});
		assertThat(results).filteredOn(ItemResult::isSuccess)
			.hasSize(numbers.size() - 1)
			.allSatisfy((result) -> assertThat(String.valueOf(result.value().rmaNumber())).isEqualTo(result.input()));
		assertThat(this.sim.requests().inputsPerCall(Api.RMA)).hasSize(7).allSatisfy((inputs) -> assertThat(inputs).hasSize(1));
	}

	@Test
	void readsRmaDetails() {
		Rma closed = this.sim.catalogue().rmas().stream()
			.filter((rma) -> rma.status().equals("Closed") && rma.shipDate() != null)
			.findFirst()
			.orElseThrow();
		RmaDetail detail = this.rmas.byRmaNumbers(List.of(String.valueOf(closed.rmaNumber()))).blockFirst().valueOrThrow();
		assertThat(detail.orderDate()).isEqualTo(closed.orderDate());
		assertThat(detail.caseId()).isEqualTo(closed.caseId());
		assertThat(detail.shipTo().customerName()).isEqualTo(closed.shipTo().name());
		assertThat(detail.replacementParts().trackingInfo().shipDate()).isEqualTo(closed.shipDate());
		assertThat(detail.replacementParts().lines()).singleElement()
			.satisfies((line) -> assertThat(line.shippedPartNumber()).isEqualTo(closed.partNumber()));
		assertThat(detail.returnLines().parts()).singleElement()
			.satisfies((part) -> assertThat(part.receivedSerialNumber()).isEqualTo(closed.serialNumber()));
		assertThat(detail.customerReference().customerProvidedSerialNumber()).isEqualTo(closed.serialNumber());
	}

	@Test
	void aUsersRmasAreReadFromTheOrderListAcrossPagesWithStringPagination() {
		String user = busiestUser();
		List<Rma> expected = this.sim.catalogue().rmas().stream().filter((rma) -> rma.userId().equals(user)).toList();
		assertThat(expected).hasSizeGreaterThan(10);
		List<RmaSummary> found = this.rmas.byUserId(user, sinceEver()).collectList().block();
		assertThat(found).extracting(RmaSummary::rmaNumber)
			.containsExactlyInAnyOrderElementsOf(expected.stream().map(Rma::rmaNumber).toList());
		assertThat(calls()).extracting((call) -> call.queryParameter("pageIndex"))
			.hasSize((expected.size() + 9) / 10)
			.startsWith("1", "2");
		assertThat(calls().get(0).queryParameter("fromDate")).isEqualTo("2000-01-01");
		assertThat(found.get(0).shippingAddress().customerName()).isNotBlank();
	}

	@Test
	void pagesAreRequestedOnlyOnDemand() {
		assertThat(this.rmas.byUserId(busiestUser(), sinceEver()).take(3).collectList().block()).hasSize(3);
		assertThat(calls()).hasSize(1);
	}

	@Test
	void aUserWithoutRmasInTheRangeIsAnEmptySearch() {
		RmaQuery oneDay = RmaQuery.none().orderedBetween(EVER, EVER.plusDays(1));
		StepVerifier.create(this.rmas.byUserId(busiestUser(), oneDay)).verifyComplete();
		assertThat(calls()).singleElement().extracting(RecordedRequest::outcome).isEqualTo("SVO_NO_RECORDS");
	}

	@Test
	void withoutARangeCiscoDefaultsToTheLastThirtyDays() {
		String user = busiestUser();
		LocalDate asOf = this.sim.catalogue().asOf();
		long expected = this.sim.catalogue().rmas().stream()
			.filter((rma) -> rma.userId().equals(user) && !rma.orderDate().isBefore(asOf.minusDays(30)) && !rma.orderDate().isAfter(asOf))
			.count();
		assertThat(this.rmas.byUserId(user).count().block()).isEqualTo(expected);
		assertThat(calls().get(0).queryParameters()).containsOnlyKeys("pageIndex");
	}

	@Test
	void otherErrorsOfTheOrderListFailTheSearch() {
		cisco.stubFor(get(urlPathMatching(RmaClient.BASE_PATH + "/users/user_ids/.*")).willReturn(okJson("""
				{"OrderList":{"APIError":{"Error":[{"errorCode":"SVO_INVALID_DATE","errorDescription":"Bad dates"}]}}}""")));
		StepVerifier.create(TestClients.on(cisco.baseUrl()).rmas().byUserId("jdoe"))
			.verifyErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CiscoSupportApiException.class)
				.extracting("errorCode")
				.isEqualTo("SVO_INVALID_DATE"));
	}

	@Test
	void argumentsAreCheckedBeforeAnyCall() {
		assertThatIllegalArgumentException().isThrownBy(() -> RmaQuery.none().orderedBetween(EVER, EVER.minusDays(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new RmaQuery(EVER, null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.rmas.byUserId(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> this.rmas.byUserId("jdoe,asmith"));
		assertThat(this.rmas.byRmaNumbers(List.of("1 2")).blockFirst().error().kind()).isEqualTo(ItemError.Kind.INVALID_INPUT);
		assertThat(this.sim.requests().apiCalls()).isZero();
	}

	private RmaQuery sinceEver() {
		return RmaQuery.none().orderedBetween(EVER, this.sim.catalogue().asOf());
	}

	private String busiestUser() {
		Map<String, Long> counts = this.sim.catalogue().rmas().stream()
			.collect(Collectors.groupingBy(Rma::userId, Collectors.counting()));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	private List<RecordedRequest> calls() {
		return this.sim.requests().calls(Api.RMA);
	}

}
