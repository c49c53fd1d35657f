package io.github.ciscosupport.client.bug;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@CiscoSupportSimulatorTest
class BugClientTests {

	private static final String C9410R = "C9410R";

	private static final BugQuery ANY_TIME = BugQuery.none().modifiedWithin(BugModifiedWithin.ANY_TIME);

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final CiscoSupportSimulator sim;

	private final BugClient bugs;

	BugClientTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.bugs = SimulatorClients.of(sim).bugs();
	}

	@Test
	void bugIdsGoOutFiveAtATimeAndComeBackOncePerInputInOrder() {
		List<String> ids = new ArrayList<>(this.sim.catalogue().bugs().stream().limit(11).map(io.github.ciscosupport.test.simulator.data.Bug::bugId).toList());
		ids.add(3, "CSCzz99999");
		ids.add("CSCvc57217");
		ids.add(ids.get(0).toLowerCase(Locale.ROOT));
		List<ItemResult<String, Bug>> results = this.bugs.byBugIds(ids).collectList().block();
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(ids);
		assertThat(results.get(3).error().kind()).isEqualTo(ItemError.Kind.NOT_FOUND);
		assertThat(results).filteredOn(ItemResult::isSuccess).hasSize(ids.size() - 1);
		assertThat(results.get(ids.size() - 1).valueOrThrow().bugId()).isEqualTo(ids.get(0));
		assertThat(this.sim.requests().inputsPerCall(Api.BUG)).extracting(List::size).containsExactlyInAnyOrder(5, 5, 4);
	}

	@Test
	void readsStringTypedFields() {
		io.github.ciscosupport.test.simulator.data.Bug expected = this.sim.catalogue().bug("CSCvc57217").orElseThrow();
		Bug bug = this.bugs.byBugIds(List.of("CSCvc57217")).blockFirst().valueOrThrow();
		assertThat(bug.severity()).isEqualTo(expected.severity());
		assertThat(bug.status()).isEqualTo(expected.status());
		assertThat(bug.behaviorChanged()).isEqualTo(expected.behaviorChanged());
		assertThat(bug.lastModifiedDate()).isEqualTo(expected.lastModifiedDate());
		assertThat(bug.createdDate()).isEqualTo(expected.createdDate());
		assertThat(bug.supportCaseCount()).isEqualTo(expected.supportCaseCount());
		assertThat(bug.affectedReleases()).isEqualTo(expected.affectedReleases());
		assertThat(bug.fixedReleases()).isEqualTo(expected.fixedReleases());
		assertThat(this.sim.requests().calls(Api.BUG).get(0).queryParameters()).isEmpty();
	}

	@Test
	void aProductSearchWalksEveryPageOfTen() {
		List<Bug> all = this.bugs.byProductId(C9410R, ANY_TIME).collectList().block();
		assertThat(all).hasSize(this.sim.catalogue().bugsForProduct(C9410R).size())
			.allSatisfy((bug) -> assertThat(bug.baseProductId()).isEqualTo(C9410R));
		assertThat(all).extracting(Bug::bugId).doesNotHaveDuplicates();
		assertThat(calls()).hasSize((all.size() + 9) / 10)
			.allSatisfy((call) -> assertThat(call.queryParameter("modified_date")).isEqualTo("5"));
	}

	@Test
	void pagesAreRequestedOnlyOnDemand() {
		assertThat(this.bugs.byProductId(C9410R, ANY_TIME).take(15).collectList().block()).hasSize(15);
		assertThat(calls()).extracting((call) -> call.queryParameter("page_index")).containsExactly("1", "2");
	}

	@Test
	void unsetFiltersAreNotSentSoCiscoDefaultsApply() {
		long inThirtyDays = this.sim.catalogue().bugsForProduct(C9410R).stream()
			.filter((bug) -> !bug.lastModifiedDate().isBefore(this.sim.catalogue().asOf().minusDays(30)))
			.count();
		assertThat(this.bugs.byProductId(C9410R, BugQuery.none()).count().block()).isEqualTo(inThirtyDays);
		assertThat(calls().get(0).queryParameters()).containsOnlyKeys("page_index");
	}

	@Test
	void everySearchHasAFormWithoutQueryThatSendsNoFilter() {
		List<String> releases = List.of("17.3.1");
		this.bugs.byProductId(C9410R).take(1).collectList().block();
		this.bugs.byProductIdAndReleases(C9410R, releases).take(1).collectList().block();
		this.bugs.byKeyword("memory").take(1).collectList().block();
		this.bugs.byProductSeries("Cisco Catalyst 9400 Series Switches", BugReleaseMatch.AFFECTED, releases).take(1)
			.collectList()
			.block();
		this.bugs.byProductName("Cisco Catalyst 9410R Switch", BugReleaseMatch.FIXED, releases).take(1).collectList().block();
		assertThat(calls()).hasSize(5)
			.allSatisfy((call) -> assertThat(call.queryParameters()).containsOnlyKeys("page_index"))
			.extracting(RecordedRequest::path)
			.satisfiesExactly((path) -> assertThat(path).endsWith("/products/product_id/C9410R"),
					(path) -> assertThat(path).endsWith("/products/product_id/C9410R/software_releases/17.3.1"),
					(path) -> assertThat(path).endsWith("/keyword/memory"),
					(path) -> assertThat(path).contains("/product_series/").endsWith("/affected_releases/17.3.1"),
					(path) -> assertThat(path).contains("/product_name/").endsWith("/fixed_in_releases/17.3.1"));
	}

	@Test
	void filtersGoOutAsOneValueEach() {
		BugQuery filter = ANY_TIME.status(BugStatus.OPEN).severity(BugSeverity.MODERATE).sortOrder(BugSortOrder.SEVERITY);
		List<Bug> open = this.bugs.byProductId(C9410R, filter).collectList().block();
		long expected = this.sim.catalogue().bugsForProduct(C9410R).stream()
			.filter((bug) -> bug.status().equals("O") && bug.severity() == 3)
			.count();
		assertThat(open).hasSize((int) expected)
			.allSatisfy((bug) -> assertThat(bug.status()).isEqualTo("O"))
			.allSatisfy((bug) -> assertThat(bug.severity()).isEqualTo(3));
		RecordedRequest call = calls().get(0);
		assertThat(call.queryParameter("status")).isEqualTo("O");
		assertThat(call.queryParameter("severity")).isEqualTo("3");
		assertThat(call.queryParameter("sort_by")).isEqualTo("severity");
	}

	@Test
	void byProductIdAndReleases() {
		List<String> releases = this.sim.catalogue().bugsForProduct(C9410R).get(0).affectedReleases().subList(0, 1);
		long expected = countOf(this.sim.catalogue().bugsForProduct(C9410R), (bug) -> bug.affectedReleases().stream().anyMatch(releases::contains));
		assertThat(this.bugs.byProductIdAndReleases(C9410R, releases, ANY_TIME).count().block()).isEqualTo(expected).isPositive();
		assertThat(calls().get(0).path()).isEqualTo("/bug/v2.0/bugs/products/product_id/C9410R/software_releases/" + releases.get(0));
	}

	@Test
	void byKeyword() {
		String word = this.sim.catalogue().bug("CSCvc57217").orElseThrow().headline().split(" ")[3];
		List<Bug> found = this.bugs.byKeyword(word, ANY_TIME).collectList().block();
		long expected = countOf(this.sim.catalogue().bugs(), (bug) -> (bug.headline() + " " + bug.description()).toLowerCase(Locale.ROOT)
			.contains(word.toLowerCase(Locale.ROOT)));
		assertThat(found).hasSize((int) expected).isNotEmpty();
	}

	@Test
	void byProductSeriesAndByProductNameWithAffectedOrFixedReleases() {
		io.github.ciscosupport.test.simulator.data.Bug sample = this.sim.catalogue().bugs().stream()
			.filter((bug) -> !bug.fixedReleases().isEmpty())
			.findFirst()
			.orElseThrow();
		String fixed = sample.fixedReleases().get(0);
		long expected = countOf(this.sim.catalogue().bugs(),
				(bug) -> bug.productSeries().equalsIgnoreCase(sample.productSeries()) && bug.fixedReleases().contains(fixed));
		assertThat(this.bugs.byProductSeries(sample.productSeries(), BugReleaseMatch.FIXED, List.of(fixed), ANY_TIME).count().block())
			.isEqualTo(expected)
			.isPositive();
		assertThat(calls().get(0).path()).contains("/fixed_in_releases/");
		String affected = sample.affectedReleases().get(0);
		String name = this.sim.catalogue().product(sample.basePids().get(0)).orElseThrow().name();
		List<Bug> byName = this.bugs.byProductName(name, BugReleaseMatch.AFFECTED, List.of(affected), ANY_TIME).collectList().block();
		assertThat(byName).extracting(Bug::bugId).contains(sample.bugId());
		assertThat(calls()).last().satisfies((call) -> assertThat(call.path()).contains("/product_name/").contains("/affected_releases/"));
	}

	@Test
	void anEmptyResultEndsTheWalkAfterOnePage() {
		StepVerifier.create(this.bugs.byKeyword("no such words anywhere", ANY_TIME)).verifyComplete();
		assertThat(calls()).hasSize(1);
	}

	@Test
	void noRecordsFoundIsAnEmptySearchAndOtherErrorsFailIt() {
		BugClient wireMocked = TestClients.on(cisco.baseUrl()).bugs();
		cisco.stubFor(get(urlPathMatching(BugClient.BASE_PATH + "/keyword/none")).willReturn(okJson("""
				{"ErrorResponse":{"APIError":[{"ErrorCode":"NO_RECORDS_FOUND","ErrorDescription":"No records found"}]}}""")));
		cisco.stubFor(get(urlPathMatching(BugClient.BASE_PATH + "/keyword/bad")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"ErrorResponse":{"APIError":[{"ErrorCode":"API_INVALID_INPUT","ErrorDescription":"Invalid input"}]}}""")));
		StepVerifier.create(wireMocked.byKeyword("none", BugQuery.none())).verifyComplete();
		StepVerifier.create(wireMocked.byKeyword("bad", BugQuery.none()))
			.verifyErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CiscoSupportApiException.class)
				.hasMessageContaining("API_INVALID_INPUT")
				.extracting("errorCode")
				.isEqualTo("API_INVALID_INPUT"));
	}

	@Test
	void argumentsAreCheckedBeforeAnyCall() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.bugs.byKeyword("x".repeat(51), ANY_TIME));
		assertThatIllegalArgumentException().isThrownBy(() -> this.bugs.byKeyword(" ", ANY_TIME));
		assertThatIllegalArgumentException().isThrownBy(() -> this.bugs.byProductId("C9410R,C9407R", ANY_TIME));
		assertThatIllegalArgumentException().isThrownBy(() -> this.bugs.byProductIdAndReleases(C9410R, List.of(), ANY_TIME));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.bugs.byProductIdAndReleases(C9410R, Collections.nCopies(76, "17.3.1"), ANY_TIME));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.bugs.byProductSeries("Series", BugReleaseMatch.AFFECTED, List.of("17.3 1"), ANY_TIME));
		assertThatIllegalArgumentException().isThrownBy(() -> this.bugs.byProductName("", BugReleaseMatch.FIXED, List.of("1"), ANY_TIME));
		assertThatNullPointerException().isThrownBy(() -> this.bugs.byProductId(C9410R, null));
		assertThat(this.bugs.byKeyword("x".repeat(50), ANY_TIME)).isNotNull();
		assertThat(this.sim.requests().apiCalls()).isZero();
	}

	@Test
	void filterValuesAreThoseOfTheApi() {
		assertThat(BugSeverity.values()).extracting(BugSeverity::level).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(BugStatus.values()).extracting(BugStatus::code).containsExactly("O", "F", "T");
		assertThat(BugModifiedWithin.values()).extracting(BugModifiedWithin::code).containsExactly(1, 2, 3, 4, 5);
		assertThat(BugSortOrder.values()).extracting(BugSortOrder::code)
			.containsExactly("status", "modified_date", "modified_date_earliest", "severity", "support_case_count");
	}

	private List<RecordedRequest> calls() {
		return this.sim.requests().calls(Api.BUG);
	}

	private static long countOf(List<io.github.ciscosupport.test.simulator.data.Bug> bugs,
			Predicate<io.github.ciscosupport.test.simulator.data.Bug> match) {
		return bugs.stream().filter(match).count();
	}

}
