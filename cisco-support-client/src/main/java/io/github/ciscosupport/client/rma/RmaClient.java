package io.github.ciscosupport.client.rma;

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
import io.github.ciscosupport.client.internal.batch.RequestTemplate;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client for the Cisco Service Order Return (RMA) API v1.0: RMA details by RMA number, and the
 * RMAs of a user.
 * <p>
 * {@link #byRmaNumbers(List)} takes any number of RMA numbers, sends them one per call (the
 * API's ceiling; up to {@code maxConcurrentBatches} in flight) and returns one
 * {@link ItemResult} per number, in input order; {@code SVO_NO_RECORDS} is {@code NOT_FOUND}
 * for that number. {@link #byUserId(String, RmaQuery)} reads the user's pages lazily; its
 * optional order date range is an {@link RmaQuery}. Cisco wraps that answer in
 * {@code {"OrderList":…}} and sends its pagination numbers as strings, both handled here. A user
 * without RMAs in the range is an empty search.
 * <pre class="code">
 * RmaClient rmas = cisco.rmas();
 * RmaDetail rma = rmas.byRmaNumbers(List.of("84894022")).blockFirst().valueOrThrow();
 * </pre>
 */
public class RmaClient {

	static final String BASE_PATH = "/return/v1.0/returns";

	/** RMA answers one RMA number a call. */
	static final int MAX_INPUTS_PER_CALL = 1;

	private static final ParameterizedTypeReference<RmaResponse> RESPONSE = ParameterizedTypeReference
		.forType(RmaResponse.class);

	private static final InputRule PATH_ITEM = InputRule.pathListItem();

	private final WebClient webClient;

	private final BatchExecutor batchExecutor;

	/**
	 * Creates the client on the transport of a {@code CiscoSupportClient}, which hands it out as
	 * {@code rmas()}.
	 * @param context the Cisco Support {@code WebClient} and the batching options
	 */
	public RmaClient(ClientContext context) {
		this.webClient = context.webClient();
		this.batchExecutor = new BatchExecutor(context.batchOptions(), "rma");
	}

	/**
	 * Looks up RMA details by RMA number ({@code rma_numbers/{rma}}).
	 * @param rmaNumbers the RMA numbers, any number, duplicates allowed
	 * @return one result per RMA number, in input order
	 * @throws IllegalArgumentException if an RMA number is null or blank
	 */
	public Flux<ItemResult<String, RmaDetail>> byRmaNumbers(List<String> rmaNumbers) {
		return this.batchExecutor.execute(rmaNumbers, MAX_INPUTS_PER_CALL, PATH_ITEM, this::lookUp);
	}

	/**
	 * The RMAs of a user ordered in the 30 days before today, Cisco's default range
	 * ({@code users/user_ids/{userId}}).
	 * @param userId the Cisco.com user ID
	 * @return the RMAs, read lazily page by page
	 * @throws IllegalArgumentException if the user ID is null, blank, or has whitespace or a comma
	 * @see #byUserId(String, RmaQuery)
	 */
	public Flux<RmaSummary> byUserId(String userId) {
		return byUserId(userId, RmaQuery.none());
	}

	/**
	 * The RMAs of a user ({@code users/user_ids/{userId}}, with {@code fromDate} and {@code toDate}
	 * when the query has an order date range).
	 * <pre class="code">
	 * rmas.byUserId("jdoe", RmaQuery.none().orderedBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)))
	 *     .subscribe((rma) -&gt; System.out.println(rma.rmaNumber() + " " + rma.status()));
	 * </pre>
	 * @param userId the Cisco.com user ID
	 * @param query the order date range, if any
	 * @return the RMAs, read lazily page by page
	 * @throws IllegalArgumentException if the user ID is null, blank, or has whitespace or a comma
	 */
	public Flux<RmaSummary> byUserId(String userId, RmaQuery query) {
		Objects.requireNonNull(query, "query");
		RequestTemplate request = new RequestTemplate(BASE_PATH + "/users/user_ids/{userId}?pageIndex={page}",
				Map.of("userId", PATH_ITEM.check(userId, "user ID")))
			.withQueryParameters(query.queryParameters());
		return CiscoResponses.search(this.webClient, request, RESPONSE, RmaResponse::userReturns);
	}

	private Mono<BatchAnswer<RmaDetail>> lookUp(List<String> batch) {
		RequestTemplate request = RequestTemplate.commaJoinedInputs(BASE_PATH + "/rma_numbers/", batch, "");
		return CiscoResponses.exchange(request.get(this.webClient, 1), RESPONSE).map((response) -> answer(batch, response));
	}

	private static BatchAnswer<RmaDetail> answer(List<String> batch, RmaResponse response) {
		BatchAnswer<RmaDetail> answer = new BatchAnswer<>(batch);
		for (RmaDetail record : response.records()) {
			if (!answer.value(numberOf(record), record) && batch.size() == 1) {
				answer.value(batch.get(0), record);
			}
		}
		for (RmaResponse.RmaError error : response.errors()) {
			ItemError itemError = error.toItemError();
			if (!answer.error(error.inputIdentifier(), itemError)) {
				answer.batchError(itemError);
			}
		}
		return answer;
	}

	private static @Nullable String numberOf(RmaDetail record) {
		return (record.rmaNumber() != null) ? String.valueOf(record.rmaNumber()) : null;
	}

}
