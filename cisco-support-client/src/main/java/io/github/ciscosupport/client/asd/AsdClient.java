package io.github.ciscosupport.client.asd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.ClientContext;
import io.github.ciscosupport.client.internal.batch.BatchAnswer;
import io.github.ciscosupport.client.internal.batch.BatchExecutor;
import io.github.ciscosupport.client.internal.batch.CiscoResponses;
import io.github.ciscosupport.client.internal.batch.InputRule;
import io.github.ciscosupport.client.internal.paging.PageWalker;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client for the Cisco Automated Software Distribution (ASD) API v4.0, whose calls are all POSTs
 * with a JSON body: software metadata by product ID and release or image names, download URLs
 * by image GUID, and the submission of K9 and EULA compliance decisions.
 * <p>
 * Metadata is read lazily in pages of 25 releases.
 * {@link #downloadUrlsByImageGuids(String, String, List)} takes any number of image GUIDs, sends
 * them 5 at a time and returns one {@link ItemResult} per GUID, in input order; a GUID Cisco
 * refuses is that GUID's error. Arguments are checked before any call; an {@code exception}
 * Cisco answers a metadata or compliance call with fails it with a
 * {@link io.github.ciscosupport.client.CiscoSupportApiException}.
 * <pre class="code">
 * AsdClient asd = cisco.asd();
 * MetadataResult latest = asd.metadataByProductIdAndRelease("ISR4431/K9", "16.9.1", "latest").blockFirst();
 * List&lt;String&gt; guids = latest.metadata().releases().get(0).images().stream()
 *     .map(SoftwareMetadata.Image::imageGuid).toList();
 * asd.downloadUrlsByImageGuids("ISR4431/K9", latest.metadataTransId(), guids)
 *     .subscribe((result) -&gt; System.out.println(result.valueOrThrow().url()));
 * </pre>
 */
public class AsdClient {

	static final String BASE_PATH = "/software/v4.0";

	/** ASD accepts up to 5 image GUIDs a download call. */
	static final int MAX_IMAGE_GUIDS_PER_CALL = 5;

	/** The largest {@code perPage} ASD accepts. */
	static final int MAX_PER_PAGE = 25;

	private static final InputRule IDENTIFIER = InputRule.noWhitespace();

	private static final InputRule LIST_ITEM = InputRule.pathListItem();

	private final WebClient webClient;

	private final BatchExecutor batchExecutor;

	/**
	 * Creates the client on the transport of a {@code CiscoSupportClient}, which hands it out as
	 * {@code asd()}.
	 * @param context the Cisco Support {@code WebClient} and the batching options
	 */
	public AsdClient(ClientContext context) {
		this.webClient = context.webClient();
		this.batchExecutor = new BatchExecutor(context.batchOptions(), "asd");
	}

	/**
	 * The software metadata of a product ID for a release ({@code metadata/pidrelease}).
	 * <pre class="code">
	 * asd.metadataByProductIdAndRelease("ISR4431/K9", "16.9.1", "latest")
	 *     .flatMapIterable((result) -&gt; result.metadata().releases())
	 *     .subscribe((release) -&gt; System.out.println(release.version()));
	 * </pre>
	 * @param productId the product ID
	 * @param currentRelease the release the product runs
	 * @param outputRelease {@code latest}, {@code all} or a release
	 * @return the metadata, read lazily in pages of 25 releases
	 * @throws IllegalArgumentException if an argument is null, blank or has whitespace
	 */
	public Flux<MetadataResult> metadataByProductIdAndRelease(String productId, String currentRelease,
			String outputRelease) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("pid", IDENTIFIER.check(productId, "product ID"));
		body.put("currentReleaseVersion", IDENTIFIER.check(currentRelease, "current release"));
		body.put("outputReleaseVersion", IDENTIFIER.check(outputRelease, "output release"));
		return metadata("/metadata/pidrelease", body);
	}

	/**
	 * The software metadata of a product ID's images ({@code metadata/pidimage}).
	 * @param productId the product ID
	 * @param imageNames the image file names
	 * @return the metadata of the releases that have the images, read lazily in pages of 25
	 * @throws IllegalArgumentException if an argument is null, blank, or has whitespace or a
	 * comma
	 */
	public Flux<MetadataResult> metadataByProductIdAndImageNames(String productId, List<String> imageNames) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("pid", IDENTIFIER.check(productId, "product ID"));
		body.put("imageNames", commaJoined(imageNames, "image name"));
		return metadata("/metadata/pidimage", body);
	}

	/**
	 * The download URLs of images ({@code download/pidimage}).
	 * <pre class="code">
	 * asd.downloadUrlsByImageGuids("ISR4431/K9", metadata.metadataTransId(), guids)
	 *     .subscribe((result) -&gt; System.out.println(result.input() + ": "
	 *             + (result.isSuccess() ? result.value().url() : result.error().code())));
	 * </pre>
	 * @param productId the product ID
	 * @param metadataTransId the {@link MetadataResult#metadataTransId() transaction ID} of the
	 * metadata the GUIDs come from
	 * @param imageGuids the image GUIDs, any number, duplicates allowed
	 * @return one result per image GUID, in input order
	 * @throws IllegalArgumentException if an argument is null or blank
	 */
	public Flux<ItemResult<String, ImageDownload>> downloadUrlsByImageGuids(String productId, String metadataTransId,
			List<String> imageGuids) {
		IDENTIFIER.check(productId, "product ID");
		IDENTIFIER.check(metadataTransId, "metadata transaction ID");
		return this.batchExecutor.execute(imageGuids, MAX_IMAGE_GUIDS_PER_CALL, LIST_ITEM, (batch) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("pid", productId);
			body.put("metadataTransId", metadataTransId);
			body.put("imageGuids", String.join(",", batch));
			return CiscoResponses.exchange(post("/download/pidimage", body), DownloadResponse.class)
				.map((response) -> answer(batch, response));
		});
	}

	/**
	 * Submits the user's decision on export compliance (K9) ({@code compliance/k9}).
	 * <pre class="code">
	 * asd.submitK9Compliance(ComplianceDecision.accepted()).block();
	 * </pre>
	 * @param decision the decision
	 * @return Cisco's answer
	 */
	public Mono<ComplianceResult> submitK9Compliance(ComplianceDecision decision) {
		return compliance("/compliance/k9", decision);
	}

	/**
	 * Submits the user's decision on the end-user license agreement ({@code compliance/eula}).
	 * @param decision the decision
	 * @return Cisco's answer
	 */
	public Mono<ComplianceResult> submitEulaCompliance(ComplianceDecision decision) {
		return compliance("/compliance/eula", decision);
	}

	private Mono<ComplianceResult> compliance(String path, ComplianceDecision decision) {
		Objects.requireNonNull(decision, "decision");
		return CiscoResponses.exchange(post(path, decision.body()), ComplianceResult.class)
			.flatMapIterable((result) -> CiscoResponses.searchItems(result, List::of))
			.next();
	}

	private Flux<MetadataResult> metadata(String path, Map<String, Object> body) {
		return PageWalker.items((page) -> {
			Map<String, Object> paged = new LinkedHashMap<>(body);
			paged.put("pageIndex", page);
			paged.put("perPage", MAX_PER_PAGE);
			return CiscoResponses.exchange(post(path, paged), MetadataResponse.class);
		}, (response) -> CiscoResponses.searchItems(response, MetadataResponse::results));
	}

	private WebClient.RequestHeadersSpec<?> post(String path, Map<String, Object> body) {
		return this.webClient.post().uri(BASE_PATH + path).bodyValue(body);
	}

	private static String commaJoined(List<String> values, String name) {
		Objects.requireNonNull(values, name + "s");
		if (values.isEmpty()) {
			throw new IllegalArgumentException("At least one " + name + " is needed");
		}
		values.forEach((value) -> LIST_ITEM.check(value, name));
		return String.join(",", values);
	}

	private static BatchAnswer<ImageDownload> answer(List<String> batch, DownloadResponse response) {
		BatchAnswer<ImageDownload> answer = new BatchAnswer<>(batch);
		response.topLevelErrors().forEach(answer::batchError);
		for (ImageDownload download : response.downloads()) {
			List<ItemError> errors = AsdError.itemErrors(download.exception());
			if (errors.isEmpty()) {
				answer.value(download.imageGuid(), download);
			}
			else {
				answer.error(download.imageGuid(), errors.get(0));
			}
		}
		return answer;
	}

}
