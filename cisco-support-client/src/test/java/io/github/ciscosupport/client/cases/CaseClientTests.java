package io.github.ciscosupport.client.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

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
import io.github.ciscosupport.test.simulator.data.SupportCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@CiscoSupportSimulatorTest
class CaseClientTests {

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final CiscoSupportSimulator sim;

	private final CaseClient cases;

	CaseClientTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.cases = SimulatorClients.of(sim).cases();
	}

	@Test
	void caseIdsGoOutThirtyAtATimeAndComeBackOncePerInputInOrder() {
		List<String> ids = new ArrayList<>(this.sim.catalogue().cases().stream().map(SupportCase::caseId).toList());
		ids.add(5, "999999999");
		ids.add(ids.get(0));
		List<ItemResult<String, CaseSummary>> results = this.cases.byCaseIds(ids).collectList().block();
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(ids);
		assertThat(results.get(5).error().kind()).isEqualTo(ItemError.Kind.NOT_FOUND);
		assertThat(results).filteredOn(ItemResult::isSuccess).hasSize(ids.size() - 1);
		assertThat(this.sim.requests().inputsPerCall(Api.CASE)).extracting(List::size)
			.containsExactlyInAnyOrder(30, ids.size() - 1 - 30);
	}

	@Test
	void readsCaseSummaries() {
		SupportCase expected = this.sim.catalogue().cases().get(0);
		CaseSummary summary = this.cases.byCaseIds(List.of(expected.caseId())).blockFirst().valueOrThrow();
		assertThat(summary.creationDate()).isEqualTo(utc(expected.creationDate()));
		assertThat(summary.severity()).isEqualTo(expected.severity());
		assertThat(summary.statusFlag()).isEqualTo(expected.statusFlag());
		assertThat(summary.rmaNumbers()).isEqualTo(expected.rmaNumbers());
		assertThat(summary.bugIds()).isEqualTo(expected.bugIds());
	}

	@Test
	void detailsWithNotes() {
		SupportCase closed = this.sim.catalogue().cases().stream()
			.filter((c) -> c.closeDate() != null && !c.notes().isEmpty())
			.findFirst()
			.orElseThrow();
		CaseDetail detail = this.cases.detailsByCaseId(closed.caseId()).block().valueOrThrow();
		assertThat(detail.closeDate()).isEqualTo(utc(closed.closeDate()));
		assertThat(detail.notes()).extracting(CaseDetail.Note::noteDetail)
			.containsExactlyElementsOf(closed.notes().stream().map(SupportCase.Note::detail).toList());
		assertThat(detail.contactEmailIds()).containsExactly(closed.contactEmail());
	}

	@Test
	void detailsOfAnUnknownCaseAreNotFoundWithCiscosCode() {
		StepVerifier.create(this.cases.detailsByCaseId("999999999")).assertNext((result) -> {
			assertThat(result.input()).isEqualTo("999999999");
			assertThat(result.error().kind()).isEqualTo(ItemError.Kind.NOT_FOUND);
			assertThat(result.error().code()).isEqualTo("NO_RECORDS_FOUND");
		}).verifyComplete();
		assertThat(calls()).extracting(RecordedRequest::path).containsExactly("/case/v3/cases/details/case_id/999999999");
	}

	@Test
	void detailsOfAMalformedCaseIdAreAnInvalidInputWithoutACall() {
		ItemResult<String, CaseDetail> result = this.cases.detailsByCaseId("1 2").block();
		assertThat(result.error().kind()).isEqualTo(ItemError.Kind.INVALID_INPUT);
		assertThat(result.error().description()).contains("whitespace");
		assertThatIllegalArgumentException().isThrownBy(() -> this.cases.detailsByCaseId(" "));
		assertThat(this.sim.requests().apiCalls()).isZero();
	}

	@Test
	void everySearchHasAFormWithoutQueryThatSendsNoFilter() {
		this.cases.byContractId("203371074").take(1).collectList().block();
		this.cases.byUserIds(List.of("jdoe")).take(1).collectList().block();
		assertThat(calls()).hasSize(2)
			.allSatisfy((call) -> assertThat(call.queryParameters()).containsOnlyKeys("page_index"))
			.extracting(RecordedRequest::path)
			.containsExactly("/case/v3/cases/contracts/contract_ids/203371074", "/case/v3/cases/users/user_ids/jdoe");
	}

	@Test
	void byUserIdsWalksEveryPage() {
		List<String> users = List.of("jdoe", "asmith");
		List<CaseSummary> found = this.cases.byUserIds(users, CaseQuery.none()).collectList().block();
		long expected = count((c) -> users.contains(c.userId()));
		assertThat(found).hasSize((int) expected).extracting(CaseSummary::caseId).doesNotHaveDuplicates();
		assertThat(calls()).hasSize((int) (expected + 9) / 10);
		assertThat(calls().get(0).path()).isEqualTo("/case/v3/cases/users/user_ids/jdoe,asmith");
	}

	@Test
	void pagesAreRequestedOnlyOnDemand() {
		assertThat(this.cases.byUserIds(List.of("simulator-user", "jdoe", "asmith"), CaseQuery.none()).take(5).collectList().block())
			.hasSize(5);
		assertThat(calls()).hasSize(1);
	}

	@Test
	void statusAndCreationDateRangeAreSent() {
		LocalDate to = this.sim.catalogue().asOf();
		LocalDate from = to.minusDays(90);
		CaseQuery filter = CaseQuery.none().status(CaseStatus.OPEN).sortOrder(CaseSortOrder.STATUS).createdBetween(from, to);
		List<CaseSummary> found = this.cases.byUserIds(List.of("simulator-user", "jdoe", "asmith"), filter).collectList().block();
		long expected = count((c) -> c.statusFlag().equals("O") && !utc(c.creationDate()).toLocalDate().isBefore(from)
				&& !utc(c.creationDate()).toLocalDate().isAfter(to));
		assertThat(found).isNotEmpty().hasSize((int) expected).allSatisfy((c) -> assertThat(c.statusFlag()).isEqualTo("O"));
		RecordedRequest call = calls().get(0);
		assertThat(call.queryParameter("status_flag")).isEqualTo("O");
		assertThat(call.queryParameter("sort_by")).isEqualTo("STATUS");
		assertThat(call.queryParameter("date_created_from")).isEqualTo(from + "T00:00:00.000Z");
		assertThat(call.queryParameter("date_created_to")).isEqualTo(to + "T23:59:59.999Z");
		assertThat(call.status()).isEqualTo(200);
	}

	@Test
	void byContractId() {
		String contract = this.sim.catalogue().cases().get(0).contractId();
		assertThat(this.cases.byContractId(contract, CaseQuery.none()).count().block())
			.isEqualTo(count((c) -> c.contractId().equals(contract)));
	}

	@Test
	void validationErrorsOf403FailASearchAndAnswerEveryInputOfABatch() {
		String body = """
				{"ErrorResponse":{"APIError":[{"ErrorCode":"INVALID_DATEFORMAT","ErrorDescription":"Invalid date format"}]}}""";
		cisco.stubFor(get(urlPathMatching(CaseClient.BASE_PATH + "/.*")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody(body)));
		CaseClient wireMocked = TestClients.on(cisco.baseUrl()).cases();
		StepVerifier.create(wireMocked.byUserIds(List.of("jdoe"), CaseQuery.none()))
			.verifyErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CiscoSupportApiException.class)
				.extracting("errorCode")
				.isEqualTo("INVALID_DATEFORMAT"));
		assertThat(wireMocked.byCaseIds(List.of("1", "2")).collectList().block()).extracting(ItemResult::error)
			.extracting(ItemError::code)
			.containsExactly("INVALID_DATEFORMAT", "INVALID_DATEFORMAT");
	}

	@Test
	void argumentsAreCheckedBeforeAnyCall() {
		LocalDate day = LocalDate.of(2025, 1, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> CaseQuery.none().createdBetween(day, day.plusDays(91)));
		assertThatIllegalArgumentException().isThrownBy(() -> CaseQuery.none().createdBetween(day, day.minusDays(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new CaseQuery(null, null, day, null));
		assertThat(CaseQuery.none().createdBetween(day, day.plusDays(90)).createdTo()).isEqualTo(day.plusDays(90));
		assertThatIllegalArgumentException().isThrownBy(() -> this.cases.byUserIds(List.of(), CaseQuery.none()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.cases.byUserIds(Collections.nCopies(11, "jdoe"), CaseQuery.none()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.cases.byUserIds(List.of("a,b"), CaseQuery.none()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.cases.byContractId(" ", CaseQuery.none()));
		assertThat(this.sim.requests().apiCalls()).isZero();
	}

	private long count(Predicate<SupportCase> match) {
		return this.sim.catalogue().cases().stream().filter(match).count();
	}

	private List<RecordedRequest> calls() {
		return this.sim.requests().calls(Api.CASE);
	}

	private static LocalDateTime utc(java.time.Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
