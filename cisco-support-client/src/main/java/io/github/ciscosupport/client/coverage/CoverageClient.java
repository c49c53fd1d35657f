package io.github.ciscosupport.client.coverage;

import java.util.Arrays;
import java.util.List;

import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.ClientContext;
import io.github.ciscosupport.client.internal.batch.ItemIdentity;
import io.github.ciscosupport.client.internal.batch.ItemLookup;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Flux;

/**
 * Client for the Cisco Serial Number to Information API v2 (SN2INFO): coverage status,
 * coverage summaries, orderable product IDs and owner coverage status.
 * <p>
 * Every lookup takes any number of inputs, sends them 75 at a time (walking the pages of
 * coverage summaries) and returns one {@link ItemResult} per input, in input order. A serial
 * number Cisco does not know is answered {@code NOT_FOUND}; an {@code ErrorResponse} in a 200
 * or 400 body becomes the error of the inputs it concerns, and {@code API_NOTAUTHORIZED} fails
 * the lookup with {@link io.github.ciscosupport.client.CiscoSupportAuthorizationException}.
 * Blocking code calls {@code collectList().block()}.
 */
public class CoverageClient {

	static final String BASE_PATH = "/sn2info/v2";

	/** SN2INFO accepts up to 75 serial or instance numbers a call. */
	static final int MAX_INPUTS_PER_CALL = 75;

	private static final String PAGED = "?page_index={page}";

	private static final ParameterizedTypeReference<Sn2InfoResponse<CoverageStatus>> STATUS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Sn2InfoResponse<CoverageSummary>> SUMMARY = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Sn2InfoResponse<OrderableIdentifiers>> ORDERABLE = new ParameterizedTypeReference<>() {
	};

	private static final ItemIdentity<CoverageStatus> STATUS_IDENTITY = ItemIdentity
		.of((status) -> Arrays.asList(status.serialNumber()), CoverageStatus::errorResponse);

	private static final ItemIdentity<CoverageSummary> SUMMARY_IDENTITY = ItemIdentity
		.of((summary) -> Arrays.asList(summary.serialNumber(), summary.instanceNumber()), CoverageSummary::errorResponse);

	private static final ItemIdentity<OrderableIdentifiers> ORDERABLE_IDENTITY = ItemIdentity
		.of((orderable) -> Arrays.asList(orderable.serialNumber()), OrderableIdentifiers::errorResponse);

	private final ItemLookup itemLookup;

	/**
	 * Creates the client on the transport of a {@code CiscoSupportClient}, which hands it out as
	 * {@code coverage()}.
	 * @param context the Cisco Support {@code WebClient} and the batching options
	 */
	public CoverageClient(ClientContext context) {
		this.itemLookup = new ItemLookup(context, "coverage");
	}

	/**
	 * Looks up whether serial numbers are covered, and until when
	 * ({@code coverage/status/serial_numbers}).
	 * <pre class="code">
	 * coverage.statusBySerialNumbers(List.of("FXS2130Q286", "FOC11517LEX"))
	 *     .filter((result) -&gt; result.isSuccess() &amp;&amp; Boolean.FALSE.equals(result.value().covered()))
	 *     .subscribe((result) -&gt; System.out.println("Not covered: " + result.input()));
	 * </pre>
	 * @param serialNumbers the serial numbers, any number, duplicates allowed
	 * @return one result per serial number, in input order
	 * @throws IllegalArgumentException if a serial number is null or blank
	 */
	public Flux<ItemResult<String, CoverageStatus>> statusBySerialNumbers(List<String> serialNumbers) {
		return lookUp(serialNumbers, "/coverage/status/serial_numbers/", "", STATUS, STATUS_IDENTITY);
	}

	/**
	 * Looks up the coverage status of serial numbers together with whether the caller's
	 * company owns them ({@code coverage/owner_status/serial_numbers}).
	 * <pre class="code">
	 * List&lt;ItemResult&lt;String, CoverageStatus&gt;&gt; owned = coverage.ownerStatusBySerialNumbers(serials)
	 *     .filter((result) -&gt; result.isSuccess() &amp;&amp; Boolean.TRUE.equals(result.value().owner()))
	 *     .collectList()
	 *     .block();
	 * </pre>
	 * @param serialNumbers the serial numbers, any number, duplicates allowed
	 * @return one result per serial number, in input order, with {@link CoverageStatus#owner()}
	 * set
	 * @throws IllegalArgumentException if a serial number is null or blank
	 */
	public Flux<ItemResult<String, CoverageStatus>> ownerStatusBySerialNumbers(List<String> serialNumbers) {
		return lookUp(serialNumbers, "/coverage/owner_status/serial_numbers/", "", STATUS, STATUS_IDENTITY);
	}

	/**
	 * Looks up the coverage summaries of serial numbers: contract, warranty, site and products
	 * ({@code coverage/summary/serial_numbers}, every page).
	 * <pre class="code">
	 * coverage.summaryBySerialNumbers(List.of("FXS2130Q286"))
	 *     .subscribe((result) -&gt; System.out.println(result.input() + " warranty until "
	 *             + result.valueOrThrow().warrantyEndDate()));
	 * </pre>
	 * @param serialNumbers the serial numbers, any number, duplicates allowed
	 * @return one result per serial number, in input order
	 * @throws IllegalArgumentException if a serial number is null or blank
	 */
	public Flux<ItemResult<String, CoverageSummary>> summaryBySerialNumbers(List<String> serialNumbers) {
		return lookUp(serialNumbers, "/coverage/summary/serial_numbers/", PAGED, SUMMARY, SUMMARY_IDENTITY);
	}

	/**
	 * Looks up the coverage summaries of instance numbers
	 * ({@code coverage/summary/instance_numbers}, every page).
	 * <pre class="code">
	 * coverage.summaryByInstanceNumbers(List.of("917280", "917281"))
	 *     .subscribe((result) -&gt; System.out.println(result.input() + " contract "
	 *             + (result.isSuccess() ? result.value().serviceContractNumber() : result.error().code())));
	 * </pre>
	 * @param instanceNumbers the instance numbers, any number, duplicates allowed
	 * @return one result per instance number, in input order
	 * @throws IllegalArgumentException if an instance number is null or blank
	 */
	public Flux<ItemResult<String, CoverageSummary>> summaryByInstanceNumbers(List<String> instanceNumbers) {
		return lookUp(instanceNumbers, "/coverage/summary/instance_numbers/", PAGED, SUMMARY, SUMMARY_IDENTITY);
	}

	/**
	 * Looks up the orderable products of serial numbers
	 * ({@code identifiers/orderable/serial_numbers}).
	 * <pre class="code">
	 * coverage.orderableProductsBySerialNumbers(List.of("FOC11517LEX"))
	 *     .map((result) -&gt; result.valueOrThrow().orderableProducts().get(0).orderableProductId())
	 *     .subscribe(System.out::println);
	 * </pre>
	 * @param serialNumbers the serial numbers, any number, duplicates allowed
	 * @return one result per serial number, in input order
	 * @throws IllegalArgumentException if a serial number is null or blank
	 */
	public Flux<ItemResult<String, OrderableIdentifiers>> orderableProductsBySerialNumbers(
			List<String> serialNumbers) {
		return lookUp(serialNumbers, "/identifiers/orderable/serial_numbers/", "", ORDERABLE, ORDERABLE_IDENTITY);
	}

	private <T> Flux<ItemResult<String, T>> lookUp(List<String> inputs, String path, String query,
			ParameterizedTypeReference<Sn2InfoResponse<T>> responseType, ItemIdentity<T> identity) {
		return this.itemLookup.lookUp(inputs, MAX_INPUTS_PER_CALL, BASE_PATH + path, query, responseType,
				Sn2InfoResponse::items, identity);
	}

}
