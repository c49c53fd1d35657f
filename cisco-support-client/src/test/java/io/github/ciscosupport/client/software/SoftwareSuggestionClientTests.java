package io.github.ciscosupport.client.software;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.TestClients;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.data.Product;
import io.github.ciscosupport.test.simulator.data.SoftwareFamily;
import io.github.ciscosupport.test.simulator.data.SoftwareRelease;
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
class SoftwareSuggestionClientTests {

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final CiscoSupportSimulator sim;

	private final SoftwareSuggestionClient software;

	SoftwareSuggestionClientTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.software = SimulatorClients.of(sim).softwareSuggestions();
	}

	@Test
	void productIdsGoOutTenAtATimeAndEachYieldsOneItemPerSoftwareType() {
		List<String> pids = new ArrayList<>(withSoftware().stream().limit(22).map(Product::productId).toList());
		pids.add(pids.get(0));
		List<ItemResult<String, List<SoftwareSuggestion>>> results = this.software.softwareByProductIds(pids)
			.collectList()
			.block();
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(pids);
		for (ItemResult<String, List<SoftwareSuggestion>> result : results) {
			List<SoftwareFamily> families = this.sim.catalogue().software(result.input());
			assertThat(result.valueOrThrow()).extracting((item) -> item.product().softwareType())
				.containsExactlyElementsOf(families.stream().map(SoftwareFamily::softwareType).toList());
		}
		assertThat(this.sim.requests().inputsPerCall(Api.SOFTWARE_SUGGESTION).stream().distinct())
			.extracting(List::size)
			.containsExactlyInAnyOrder(10, 10, 2);
	}

	@Test
	void aProductWithSeveralSoftwareTypesGetsThemAllWithDatesAndImages() {
		Product product = withSoftware().stream()
			.filter((candidate) -> this.sim.catalogue().software(candidate.productId()).size() > 1)
			.findFirst()
			.orElseThrow();
		List<SoftwareSuggestion> items = this.software.softwareByProductIds(List.of(product.productId()))
			.blockFirst()
			.valueOrThrow();
		List<SoftwareFamily> families = this.sim.catalogue().software(product.productId());
		assertThat(items).hasSize(families.size());
		SoftwareRelease expected = families.get(0).suggested().get(0);
		SuggestedRelease release = items.get(0).suggestions().get(0);
		assertThat(release.releaseFormat1()).isEqualTo(expected.releaseFormat1());
		assertThat(release.releaseDate()).isEqualTo(expected.releaseDate());
		assertThat(release.suggested()).isEqualTo(expected.suggested());
		assertThat(release.images()).extracting(SuggestedRelease.Image::imageName)
			.containsExactlyElementsOf(expected.images().stream().map(SoftwareRelease.Image::imageName).toList());
		assertThat(items.get(0).product().baseProductId()).isEqualTo(product.productId());
	}

	@Test
	void suggestedReleasesHaveNoImages() {
		String pid = withSoftware().get(0).productId();
		List<SoftwareSuggestion> items = this.software.releasesByProductIds(List.of(pid)).blockFirst().valueOrThrow();
		assertThat(items).isNotEmpty().allSatisfy((item) -> assertThat(item.suggestions())
			.isNotEmpty()
			.allSatisfy((release) -> assertThat(release.images()).isEmpty()));
		assertThat(this.sim.requests().calls(Api.SOFTWARE_SUGGESTION).get(0).path()).contains("/releases/productIds/");
	}

	@Test
	void perSuggestionErrorsArePerInputErrors() {
		String known = withSoftware().get(0).productId();
		String withoutSoftware = this.sim.catalogue()
			.products()
			.stream()
			.filter((product) -> this.sim.catalogue().software(product.productId()).isEmpty())
			.findFirst()
			.orElseThrow()
			.productId();
		List<ItemResult<String, List<SoftwareSuggestion>>> results = this.software
			.softwareByProductIds(List.of("NO-SUCH-PID", known, withoutSoftware, "BAD PID"))
			.collectList()
			.block();
		assertThat(results.get(0).error().kind()).isEqualTo(ItemError.Kind.INVALID_INPUT);
		assertThat(results.get(0).error().code()).isEqualTo("S3_INV_BASEPID");
		assertThat(results.get(1).isSuccess()).isTrue();
		assertThat(results.get(2).error().code()).isEqualTo("S3_NO_SOFT_AVL");
		assertThat(results.get(2).error().kind()).isEqualTo(ItemError.Kind.API_ERROR);
		assertThat(results.get(3).error()).satisfies((error) -> {
			assertThat(error.kind()).isEqualTo(ItemError.Kind.INVALID_INPUT);
			assertThat(error.code()).isNull();
		});
		assertThat(this.sim.requests().inputsPerCall(Api.SOFTWARE_SUGGESTION)).containsExactly(List.of("NO-SUCH-PID", known, withoutSoftware));
	}

	@Test
	void pagesOfABatchAreAllRead() {
		// 10 product IDs with more than 10 items between them: page 2 holds the rest
		List<String> pids = withSoftware().stream()
			.filter((product) -> this.sim.catalogue().software(product.productId()).size() > 1)
			.limit(10)
			.map(Product::productId)
			.toList();
		List<ItemResult<String, List<SoftwareSuggestion>>> results = this.software.softwareByProductIds(pids)
			.collectList()
			.block();
		assertThat(results).allSatisfy((result) -> assertThat(result.valueOrThrow())
			.hasSize(this.sim.catalogue().software(result.input()).size()));
		assertThat(this.sim.requests().calls(Api.SOFTWARE_SUGGESTION)).extracting((call) -> call.queryParameter("pageIndex"))
			.containsExactly("1", "2");
	}

	@Test
	void mdfIdsYieldTheItemsOfEveryProductOfTheFamily() {
		String mdfId = withSoftware().get(0).mdfId();
		int expected = this.sim.catalogue()
			.productsByMdfId(mdfId)
			.stream()
			.mapToInt((product) -> this.sim.catalogue().software(product.productId()).size())
			.sum();
		ItemResult<String, List<SoftwareSuggestion>> result = this.software
			.softwareByMdfIds(List.of(mdfId, "000000000"))
			.blockFirst();
		assertThat(result.valueOrThrow()).hasSize(expected)
			.allSatisfy((item) -> assertThat(item.product().mdfId()).isEqualTo(mdfId));
		assertThat(this.software.releasesByMdfIds(List.of("000000000")).blockFirst().error().code())
			.isEqualTo("S3_INV_MDFID");
	}

	@Test
	void compatibleUpgradesFollowTheCurrentRelease() {
		Product product = withSoftware().stream()
			.filter((candidate) -> this.sim.catalogue().software(candidate.productId()).get(0).releases().size() > 2)
			.findFirst()
			.orElseThrow();
		SoftwareFamily family = this.sim.catalogue().software(product.productId()).get(0);
		String current = family.releases().get(0).releaseFormat1();
		List<SoftwareSuggestion> items = this.software
			.compatibleSoftwareByProductId(product.productId(), CompatibleSoftwareQuery.none().currentRelease(current))
			.block()
			.valueOrThrow();
		assertThat(items.get(0).suggestions()).extracting(SuggestedRelease::releaseFormat1)
			.containsExactlyElementsOf(family.releases().stream().skip(1).map(SoftwareRelease::releaseFormat1).toList());
		assertThat(this.sim.requests().calls(Api.SOFTWARE_SUGGESTION).get(0).queryParameter("currentRelease"))
			.isEqualTo(current);
		ItemResult<String, List<SoftwareSuggestion>> unknown = this.software
			.compatibleSoftwareByProductId(product.productId(), CompatibleSoftwareQuery.none().currentRelease("0.0(0)X"))
			.block();
		assertThat(unknown.error().code()).isEqualTo("S3_INV_CURR_IMG_REL");
		assertThat(this.software.compatibleSoftwareByMdfId(product.mdfId()).block().isSuccess()).isTrue();
		assertThat(this.sim.requests().calls(Api.SOFTWARE_SUGGESTION).get(2).path()).contains("/compatible/mdfId/");
		assertThat(this.sim.requests().calls(Api.SOFTWARE_SUGGESTION).get(2).queryParameters()).containsOnlyKeys("pageIndex");
	}

	@Test
	void compatibleSoftwareOfAnUnknownProductIdIsItsErrorWithCiscosCode() {
		StepVerifier.create(this.software.compatibleSoftwareByProductId("NO-SUCH-PID")).assertNext((result) -> {
			assertThat(result.input()).isEqualTo("NO-SUCH-PID");
			// S3_INV_BASEPID: Cisco says "invalid", as in the batched lookups
			assertThat(result.error().kind()).isEqualTo(ItemError.Kind.INVALID_INPUT);
			assertThat(result.error().code()).isEqualTo("S3_INV_BASEPID");
		}).verifyComplete();
		assertThat(this.sim.requests().calls(Api.SOFTWARE_SUGGESTION)).singleElement()
			.satisfies((call) -> assertThat(call.path()).endsWith("/compatible/productId/NO-SUCH-PID"));
	}

	@Test
	void compatibleSoftwareSendsTheCurrentImage() {
		Product product = withSoftware().get(0);
		String image = this.sim.catalogue().software(product.productId()).get(0).releases().get(0).images().get(0).imageName();
		this.software.compatibleSoftwareByProductId(product.productId(), CompatibleSoftwareQuery.none().currentImage(image))
			.block();
		assertThat(this.sim.requests().calls(Api.SOFTWARE_SUGGESTION)).singleElement()
			.satisfies((call) -> {
				assertThat(call.queryParameters()).containsOnlyKeys("pageIndex", "currentImage");
				assertThat(call.queryParameter("currentImage")).isEqualTo(image);
			});
	}

	@Test
	void aSpacedProductIdIsAnInvalidInputWithoutACall() {
		ItemResult<String, List<SoftwareSuggestion>> result = this.software.compatibleSoftwareByProductId("ISR 4431").block();
		assertThat(result.error().kind()).isEqualTo(ItemError.Kind.INVALID_INPUT);
		assertThat(this.sim.requests().apiCalls()).isZero();
	}

	@Test
	void aTopLevelFailureIsTheErrorOfEveryInputOfItsBatch() {
		cisco.stubFor(get(urlPathMatching(SoftwareSuggestionClient.BASE_PATH + "/software/productIds/.*")).willReturn(okJson("""
				{"status":"Failure","errorDetailsResponse":{"errorCode":"S3_INV_INPUT",
				 "errorDescription":"Between 1 and 10 inputs can be specified","inputIdentifier":"A,B"}}""")));
		SoftwareSuggestionClient client = TestClients.on(cisco.baseUrl()).softwareSuggestions();
		assertThat(client.softwareByProductIds(List.of("A", "B")).collectList().block())
			.extracting(ItemResult::error)
			.containsExactly(new ItemError(ItemError.Kind.INVALID_INPUT, "S3_INV_INPUT", "Between 1 and 10 inputs can be specified"),
					new ItemError(ItemError.Kind.INVALID_INPUT, "S3_INV_INPUT", "Between 1 and 10 inputs can be specified"));
	}

	@Test
	void nullOrBlankInputsAreRefusedBeforeAnyCall() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.software.softwareByProductIds(Arrays.asList("A", null)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.software.compatibleSoftwareByProductId(" "));
		assertThat(this.sim.requests().apiCalls()).isZero();
	}

	private List<Product> withSoftware() {
		return this.sim.catalogue()
			.products()
			.stream()
			.filter((product) -> !this.sim.catalogue().software(product.productId()).isEmpty())
			.filter((product) -> Objects.equals(product.productId(), product.basePid()))
			.toList();
	}

}
