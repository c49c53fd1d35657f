package io.github.ciscosupport.client.asd;

import java.util.ArrayList;
import java.util.List;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RecordedRequest;
import io.github.ciscosupport.test.simulator.data.Product;
import io.github.ciscosupport.test.simulator.data.SoftwareFamily;
import io.github.ciscosupport.test.simulator.data.SoftwareRelease;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@CiscoSupportSimulatorTest
class AsdClientTests {

	private final CiscoSupportSimulator sim;

	private final AsdClient asd;

	private final Product product;

	private final SoftwareFamily family;

	AsdClientTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.asd = SimulatorClients.of(sim).asd();
		this.product = sim.catalogue()
			.products()
			.stream()
			.filter((candidate) -> !sim.catalogue().software(candidate.productId()).isEmpty()
					&& sim.catalogue().software(candidate.productId()).get(0).releases().size() > 2)
			.findFirst()
			.orElseThrow();
		this.family = sim.catalogue().software(this.product.productId()).get(0);
	}

	@Test
	void metadataOfAllReleasesIsPostedAndRead() {
		List<MetadataResult> results = this.asd
			.metadataByProductIdAndRelease(this.product.productId(), firstRelease().releaseFormat1(), "all")
			.collectList()
			.block();
		assertThat(results).singleElement().satisfies((result) -> {
			assertThat(result.metadataTransId()).isNotBlank();
			assertThat(result.metadata().productId()).isEqualTo(this.product.productId());
			assertThat(result.metadata().releases()).extracting(SoftwareMetadata.Release::version)
				.containsExactlyElementsOf(this.family.releases().stream().map(SoftwareRelease::releaseFormat1).toList());
			SoftwareMetadata.Release first = result.metadata().releases().get(0);
			assertThat(first.fcsDate()).isEqualTo(firstRelease().releaseDate());
			assertThat(first.images()).extracting(SoftwareMetadata.Image::imageGuid)
				.containsExactlyElementsOf(firstRelease().images().stream().map(SoftwareRelease.Image::imageGuid).toList());
		});
		RecordedRequest call = calls().get(0);
		assertThat(call.method()).isEqualTo("POST");
		assertThat(call.path()).isEqualTo("/software/v4.0/metadata/pidrelease");
	}

	@Test
	void latestIsTheLastRelease() {
		MetadataResult latest = this.asd.metadataByProductIdAndRelease(this.product.productId(), firstRelease().releaseFormat1(), "latest")
			.blockFirst();
		assertThat(latest.metadata().releases()).extracting(SoftwareMetadata.Release::version)
			.containsExactly(this.family.releases().get(this.family.releases().size() - 1).releaseFormat1());
	}

	@Test
	void metadataByImageNames() {
		String image = firstRelease().images().get(0).imageName();
		MetadataResult result = this.asd.metadataByProductIdAndImageNames(this.product.productId(), List.of(image)).blockFirst();
		assertThat(result.metadata().releases()).flatExtracting(SoftwareMetadata.Release::images)
			.extracting(SoftwareMetadata.Image::name)
			.contains(image);
	}

	@Test
	void aRefusedMetadataRequestFailsWithCiscosCode() {
		StepVerifier.create(this.asd.metadataByProductIdAndRelease("NO-SUCH-PID", "1.0", "latest"))
			.verifyErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CiscoSupportApiException.class)
				.extracting("errorCode")
				.isEqualTo("INVALID_PID"));
	}

	@Test
	void imageGuidsGoOutFiveAtATimeAndComeBackOncePerInputInOrder() {
		List<String> guids = new ArrayList<>(this.sim.catalogue()
			.products()
			.stream()
			.flatMap((p) -> this.sim.catalogue().software(p.productId()).stream())
			.flatMap((f) -> f.releases().stream())
			.flatMap((r) -> r.images().stream())
			.map(SoftwareRelease.Image::imageGuid)
			.distinct()
			.limit(12)
			.toList());
		guids.add(4, "no-such-guid");
		guids.add(guids.get(0));
		List<ItemResult<String, ImageDownload>> results = this.asd.downloadUrlsByImageGuids(this.product.productId(), "SIM-1", guids)
			.collectList()
			.block();
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(guids);
		assertThat(results.get(4).error().code()).isEqualTo("INVALID_IMAGE_GUID");
		assertThat(results).filteredOn(ItemResult::isSuccess)
			.hasSize(guids.size() - 1)
			.allSatisfy((result) -> assertThat(result.value().url()).startsWith("https://"));
		// the simulator records the PID and the GUIDs of each call as its inputs
		assertThat(this.sim.requests().inputsPerCall(Api.ASD)).extracting(List::size).containsExactlyInAnyOrder(6, 6, 4);
	}

	@Test
	void aRefusedDownloadRequestIsTheErrorOfEveryGuidOfTheBatch() {
		List<ItemResult<String, ImageDownload>> results = this.asd.downloadUrlsByImageGuids("NO-SUCH-PID", "SIM-1", List.of("a", "b"))
			.collectList()
			.block();
		assertThat(results).extracting(ItemResult::error).extracting(ItemError::code).containsExactly("INVALID_PID", "INVALID_PID");
	}

	@Test
	void complianceDecisions() {
		assertThat(this.asd.submitK9Compliance(ComplianceDecision.accepted().with("companyName", "Example Corp")).block())
			.satisfies((result) -> {
				assertThat(result.statusCode()).isEqualTo("SUCCESS");
				assertThat(result.statusMessage()).isEqualTo("K9 agreement Accepted");
			});
		assertThat(this.asd.submitEulaCompliance(ComplianceDecision.declined("not now")).block().statusMessage())
			.isEqualTo("EULA agreement Declined");
		assertThat(calls()).extracting(RecordedRequest::path)
			.containsExactly("/software/v4.0/compliance/k9", "/software/v4.0/compliance/eula");
	}

	@Test
	void argumentsAreCheckedBeforeAnyCall() {
		assertThatIllegalArgumentException().isThrownBy(() -> ComplianceDecision.declined(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> this.asd.metadataByProductIdAndRelease(" ", "1", "latest"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.asd.metadataByProductIdAndRelease("PID", "1 2", "latest"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.asd.metadataByProductIdAndImageNames("PID", List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.asd.metadataByProductIdAndImageNames("PID", List.of("a,b")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.asd.downloadUrlsByImageGuids("PID", "", List.of("g")));
		assertThat(this.asd.downloadUrlsByImageGuids("PID", "T", List.of("g,h")).blockFirst().error().kind())
			.isEqualTo(ItemError.Kind.INVALID_INPUT);
		assertThat(this.sim.requests().apiCalls()).isZero();
	}

	private SoftwareRelease firstRelease() {
		return this.family.releases().get(0);
	}

	private List<RecordedRequest> calls() {
		return this.sim.requests().calls(Api.ASD);
	}

}
