package io.github.ciscosupport.client.bug;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ciscosupport.client.TestClients;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field Cisco sends is kept: searches by product name or series echo it in each bug, and
 * fields the record does not model land in its map.
 */
@CiscoSupportSimulatorTest
class BugFieldsTests {

	private static final BugQuery ANY_TIME = BugQuery.none().modifiedWithin(BugModifiedWithin.ANY_TIME);

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final CiscoSupportSimulator sim;

	private final BugClient bugs;

	BugFieldsTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.bugs = SimulatorClients.of(sim).bugs();
	}

	@Test
	void aBugFoundByProductNameCarriesItAndKeepsFieldsItDoesNotModel() {
		// the shape recorded from Cisco for product_name/.../affected_releases, plus a field no client models
		cisco.stubFor(get(anyUrl()).willReturn(okJson("""
				{"bugs":[{"id":"1","product_name":"Cisco Unity Connection Version 10.5","bug_id":"CSCvw93402",
				  "headline":"Year 2021 cannot be selected in Serviceability Reports","severity":"2","status":"F",
				  "behavior_changed":"false","last_modified_date":"2023-09-21","product":"connection",
				  "known_affected_releases":"10.5(2) 11.0","known_fixed_releases":"12.5(1)ES22","support_case_count":"315",
				  "customer_visible":"Y","related_bugs":["CSCvw00001"]}],
				 "pagination_response_record":{"last_index":1,"page_index":1,"page_records":1,"total_records":1}}""")));
		Bug bug = TestClients.on(cisco.baseUrl()).bugs()
			.byProductName("Cisco Unity Connection Version 10.5", BugReleaseMatch.AFFECTED, List.of("10.5(2)"), ANY_TIME)
			.blockFirst();
		assertThat(bug.productName()).isEqualTo("Cisco Unity Connection Version 10.5");
		assertThat(bug.unknownFields()).containsOnly(Map.entry("customer_visible", "Y"),
				Map.entry("related_bugs", List.of("CSCvw00001")));
		assertThat(bug.supportCaseCount()).isEqualTo(315);
	}

	@Test
	void searchesByProductEchoWhatWasSearchedInEachBug() {
		io.github.ciscosupport.test.simulator.data.Bug sample = this.sim.catalogue().bugs().get(0);
		String release = sample.affectedReleases().get(0);
		String name = this.sim.catalogue().product(sample.basePids().get(0)).orElseThrow().name();
		assertThat(this.bugs.byProductName(name, BugReleaseMatch.AFFECTED, List.of(release), ANY_TIME).collectList().block())
			.isNotEmpty()
			.allSatisfy((bug) -> {
				assertThat(bug.productName()).isEqualTo(name);
				assertThat(bug.productSeries()).isNull();
				assertThat(bug.unknownFields()).isEmpty();
			});
		assertThat(this.bugs.byProductSeries(sample.productSeries(), BugReleaseMatch.AFFECTED, List.of(release), ANY_TIME)
			.collectList()
			.block()).isNotEmpty().allSatisfy((bug) -> assertThat(bug.productSeries()).isEqualTo(sample.productSeries()));
		assertThat(this.bugs.byBugIds(List.of(sample.bugId())).blockFirst().valueOrThrow())
			.satisfies((bug) -> assertThat(bug.productName()).isNull());
	}

}
