package io.github.ciscosupport.client.eox;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.ClientContext;
import io.github.ciscosupport.client.internal.batch.BatchAnswer;
import io.github.ciscosupport.client.internal.batch.BatchExecutor;
import io.github.ciscosupport.client.internal.batch.CachedLookup;
import io.github.ciscosupport.client.internal.batch.CiscoErrorCodes;
import io.github.ciscosupport.client.internal.batch.CiscoResponses;
import io.github.ciscosupport.client.internal.batch.InputRule;
import io.github.ciscosupport.client.internal.batch.RequestTemplate;
import io.github.ciscosupport.client.internal.paging.PageWalker;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client for the Cisco EoX (End of Life) API v5.
 * <p>
 * The lookups by product ID, serial number and software release take any number of inputs,
 * send them 20 at a time and return one {@link ItemResult} per input, in input order. The
 * value of a result is the list of EoX records for that input: a wildcard product ID, a
 * software release or a product with several bulletins has several, and it is never empty; an
 * input Cisco has no EoX data for (an unknown serial number, a product that is not end of
 * life) is answered {@link ItemError.Kind#NOT_FOUND NOT_FOUND}. The search by dates streams
 * the records of all pages as they are read; its optional arguments are an {@link EoxDateQuery}.
 * <p>
 * An access-denied code ({@code SSA_ERR_034}, {@code SSA_ERR_036}) fails the returned
 * publisher with {@link io.github.ciscosupport.client.CiscoSupportAuthorizationException}.
 * Blocking code calls {@code collectList().block()}.
 */
public class EoxClient {

	static final String BASE_PATH = "/supporttools/eox/rest/5";

	/** EoX accepts up to 20 product IDs, serial numbers or software release strings a call. */
	static final int MAX_INPUTS_PER_CALL = 20;

	static final int MAX_SERIAL_NUMBER_LENGTH = 40;

	/** Cisco rejects a wildcard product ID with fewer characters before the {@code *}. */
	static final int MIN_CHARACTERS_BEFORE_WILDCARD = 3;

	private static final String JSON = "?responseencoding=json";

	private static final InputRule PRODUCT_ID_RULE = InputRule.pathListItem().and(EoxClient::wildcardProblem);

	private static final InputRule SERIAL_NUMBER_RULE = InputRule.pathListItem()
		.and(InputRule.maxLength(MAX_SERIAL_NUMBER_LENGTH));

	/** The value type of a cached answer. */
	private static final ParameterizedTypeReference<List<EoxRecord>> RECORDS = new ParameterizedTypeReference<>() {
	};

	private final WebClient webClient;

	private final BatchExecutor batchExecutor;

	/**
	 * Creates the client on the transport of a {@code CiscoSupportClient}, which hands it out as
	 * {@code eox()}.
	 * @param context the Cisco Support {@code WebClient} and the batching options
	 */
	public EoxClient(ClientContext context) {
		this.webClient = context.webClient();
		this.batchExecutor = new BatchExecutor(context.batchOptions(), "eox");
	}

	/**
	 * Looks up the EoX records of product IDs ({@code EOXByProductID}). A product ID may end
	 * in a wildcard after at least 3 characters ({@code WS-C3850*}); other wildcards are
	 * answered {@code INVALID_INPUT} without being sent.
	 * <pre class="code">
	 * eox.byProductIds(List.of("WS-C3850-48XS-E", "CISCO1811W-AG-A/K9"))
	 *     .filter(ItemResult::isSuccess)
	 *     .subscribe((result) -&gt; System.out.println(result.input() + " "
	 *             + result.value().get(0).lastDateOfSupport()));
	 * </pre>
	 * @param productIds the product IDs, any number, duplicates allowed
	 * @return one result per product ID, in input order
	 * @throws IllegalArgumentException if a product ID is null or blank
	 */
	public Flux<ItemResult<String, List<EoxRecord>>> byProductIds(List<String> productIds) {
		return this.batchExecutor.execute(productIds, MAX_INPUTS_PER_CALL, PRODUCT_ID_RULE,
				CachedLookup.of("EOXByProductID", RECORDS), (batch) -> lookUpInPath("EOXByProductID", batch));
	}

	/**
	 * Looks up the EoX records of serial numbers ({@code EOXBySerialNumber}). Serial numbers
	 * longer than 40 characters are answered {@code INVALID_INPUT} without being sent.
	 * <pre class="code">
	 * List&lt;ItemResult&lt;String, List&lt;EoxRecord&gt;&gt;&gt; results = eox.bySerialNumbers(serials)
	 *     .collectList()
	 *     .block();
	 * </pre>
	 * @param serialNumbers the serial numbers, any number, duplicates allowed
	 * @return one result per serial number, in input order
	 * @throws IllegalArgumentException if a serial number is null or blank
	 */
	public Flux<ItemResult<String, List<EoxRecord>>> bySerialNumbers(List<String> serialNumbers) {
		return this.batchExecutor.execute(serialNumbers, MAX_INPUTS_PER_CALL, SERIAL_NUMBER_RULE,
				CachedLookup.of("EOXBySerialNumber", RECORDS), (batch) -> lookUpInPath("EOXBySerialNumber", batch));
	}

	/**
	 * Looks up the EoX records of software releases ({@code EOXBySWReleaseString}), each given
	 * as release and operating system separated by a comma.
	 * <pre class="code">
	 * eox.byReleases(List.of("12.2,IOS", "15.1(4)M,IOS"))
	 *     .subscribe((result) -&gt; System.out.println(result.input() + ": "
	 *             + (result.isSuccess() ? result.value().size() + " records" : result.error())));
	 * </pre>
	 * @param releases the software release strings, any number, duplicates allowed
	 * @return one result per release string, in input order
	 * @throws IllegalArgumentException if a release string is null or blank
	 */
	public Flux<ItemResult<String, List<EoxRecord>>> byReleases(List<String> releases) {
		return this.batchExecutor.execute(releases, MAX_INPUTS_PER_CALL, InputRule.noWhitespace(),
				CachedLookup.of("EOXBySWReleaseString", RECORDS), (batch) -> collect(batch, EoxInputNaming.SOFTWARE_RELEASE, softwareReleaseRequest(batch)));
	}

	/**
	 * Streams the EoX records whose milestones fall between two dates ({@code EOXByDates}),
	 * matching Cisco's default milestone (the update timestamp). Pages are read one at a time,
	 * as the subscriber consumes the records, so a walk of 100,000 records holds one page of
	 * 1000 in memory.
	 * @param start the first date
	 * @param end the last date
	 * @return the records of all pages; none if Cisco has none in that range
	 * @throws IllegalArgumentException if the range ends before it starts
	 * @see #byDates(LocalDate, LocalDate, EoxDateQuery)
	 */
	public Flux<EoxRecord> byDates(LocalDate start, LocalDate end) {
		return byDates(start, end, EoxDateQuery.none());
	}

	/**
	 * Streams the EoX records whose milestones fall between two dates ({@code EOXByDates}, with
	 * {@code eoxAttrib} when the query names a milestone), one page at a time.
	 * <pre class="code">
	 * eox.byDates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
	 *         EoxDateQuery.none().attribute(EoxDateAttribute.LAST_DATE_OF_SUPPORT))
	 *     .map(EoxRecord::eolProductId)
	 *     .subscribe(System.out::println);
	 * </pre>
	 * @param start the first date
	 * @param end the last date
	 * @param query the optional arguments
	 * @return the records of all pages; none if Cisco has none in that range
	 * @throws IllegalArgumentException if the range ends before it starts
	 */
	public Flux<EoxRecord> byDates(LocalDate start, LocalDate end, EoxDateQuery query) {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(query, "query");
		if (start.isAfter(end)) {
			throw new IllegalArgumentException("start " + start + " is after end " + end);
		}
		RequestTemplate request = new RequestTemplate(BASE_PATH + "/EOXByDates/{page}/{start}/{end}" + JSON,
				Map.of("start", start.toString(), "end", end.toString()))
			.withQueryParameters(query.queryParameters());
		return PageWalker.items((page) -> fetch(request, page).flatMap(EoxClient::rejectTopLevelError),
				EoxResponse::records)
			.filter((record) -> record.error() == null);
	}

	private Mono<BatchAnswer<List<EoxRecord>>> lookUpInPath(String operation, List<String> batch) {
		return collect(batch, EoxInputNaming.COMMA_JOINED,
				RequestTemplate.commaJoinedInputs(BASE_PATH + "/" + operation + "/{page}/", batch, JSON));
	}

	private Mono<BatchAnswer<List<EoxRecord>>> collect(List<String> batch, EoxInputNaming naming,
			RequestTemplate request) {
		IntFunction<Mono<EoxResponse>> fetchPage = (page) -> fetch(request, page);
		return PageWalker.pages(fetchPage)
			.reduceWith(() -> new EoxBatchCollector(batch, naming), EoxBatchCollector::add)
			.map(EoxBatchCollector::answer);
	}

	private Mono<EoxResponse> fetch(RequestTemplate request, int page) {
		return CiscoResponses.exchange(request.get(this.webClient, page), EoxResponse.class);
	}

	/**
	 * {@code /EOXBySWReleaseString/{page}/?input1=…&input2=…&responseencoding=json}: with the slash
	 * after the page number, as in Cisco's recorded traffic.
	 */
	private static RequestTemplate softwareReleaseRequest(List<String> batch) {
		String parameters = IntStream.range(0, batch.size())
			.mapToObj((index) -> "input" + (index + 1) + "={" + RequestTemplate.variableName(index) + "}&")
			.collect(Collectors.joining());
		return new RequestTemplate(BASE_PATH + "/EOXBySWReleaseString/{page}/?" + parameters + "responseencoding=json",
				RequestTemplate.inputVariables(batch));
	}

	/** A date range without records is an answer, not a failure; other errors fail the walk. */
	private static Mono<EoxResponse> rejectTopLevelError(EoxResponse page) {
		EoxError error = page.error();
		if (error == null || CiscoErrorCodes.kindOf(error.errorId()) == ItemError.Kind.NOT_FOUND) {
			return Mono.just(page);
		}
		return Mono.error(new CiscoSupportApiException(200, error.errorId(),
				"EoX by dates failed: " + error.errorId() + " " + error.description()));
	}

	private static @Nullable String wildcardProblem(String productId) {
		int wildcard = productId.indexOf('*');
		return (wildcard >= 0 && wildcard < MIN_CHARACTERS_BEFORE_WILDCARD)
				? "has a wildcard after fewer than " + MIN_CHARACTERS_BEFORE_WILDCARD + " characters" : null;
	}

}
