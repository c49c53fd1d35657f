package io.github.ciscosupport.client.cases;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.ClientContext;
import io.github.ciscosupport.client.internal.batch.CiscoResponses;
import io.github.ciscosupport.client.internal.batch.InputRule;
import io.github.ciscosupport.client.internal.batch.ItemIdentity;
import io.github.ciscosupport.client.internal.batch.ItemLookup;
import io.github.ciscosupport.client.internal.batch.RequestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client for the Cisco Case API v3: cases by case ID, the details of a case, and the cases of a
 * contract or of users.
 * <p>
 * {@link #byCaseIds(List)} takes any number of IDs, sends them 30 at a time and returns one
 * {@link ItemResult} per ID, in input order; a case Cisco does not list is {@code NOT_FOUND}.
 * {@link #detailsByCaseId(String)} returns the one result for its ID, never an empty
 * {@code Mono}. Searches return a {@code Flux} that reads Cisco's pages lazily; their optional
 * {@link CaseQuery} checks the 90-day creation date range before any call. "No records" is an
 * empty search; the validation errors Case answers with HTTP 403 ({@code INVALID_DATEFORMAT}...)
 * fail a search with a {@link io.github.ciscosupport.client.CiscoSupportApiException}, and are
 * the error of the inputs of a lookup.
 * <pre class="code">
 * CaseClient cases = cisco.cases();
 * cases.byUserIds(List.of("jdoe"), CaseQuery.none().status(CaseStatus.OPEN))
 *     .subscribe((summary) -&gt; System.out.println(summary.caseId() + " " + summary.title()));
 * </pre>
 */
public class CaseClient {

	static final String BASE_PATH = "/case/v3/cases";

	/** Case accepts up to 30 case IDs a call. */
	static final int MAX_CASE_IDS_PER_CALL = 30;

	/** Case accepts up to 10 user IDs a search. */
	static final int MAX_USER_IDS = 10;

	private static final String PAGED = "?page_index={page}";

	private static final ParameterizedTypeReference<CaseResponse> RESPONSE = ParameterizedTypeReference
		.forType(CaseResponse.class);

	private static final ItemIdentity<CaseSummary> IDENTITY = ItemIdentity
		.of((summary) -> Arrays.asList(summary.caseId()), (summary) -> null);

	private static final ItemIdentity<CaseDetail> DETAIL_IDENTITY = ItemIdentity
		.of((detail) -> Arrays.asList(detail.caseId()), (detail) -> null);

	private static final InputRule PATH_ITEM = InputRule.pathListItem();

	private final WebClient webClient;

	private final ItemLookup itemLookup;

	/**
	 * Creates the client on the transport of a {@code CiscoSupportClient}, which hands it out as
	 * {@code cases()}.
	 * @param context the Cisco Support {@code WebClient} and the batching options
	 */
	public CaseClient(ClientContext context) {
		this.webClient = context.webClient();
		this.itemLookup = new ItemLookup(context, "cases");
	}

	/**
	 * Looks up case summaries by case ID ({@code case_ids}).
	 * @param caseIds the case IDs, any number, duplicates allowed
	 * @return one result per case ID, in input order
	 * @throws IllegalArgumentException if a case ID is null or blank
	 */
	public Flux<ItemResult<String, CaseSummary>> byCaseIds(List<String> caseIds) {
		return this.itemLookup.lookUp(caseIds, MAX_CASE_IDS_PER_CALL, BASE_PATH + "/case_ids/", "", RESPONSE,
				CaseResponse::cases, IDENTITY);
	}

	/**
	 * The details of a case, with its notes ({@code details/case_id/{caseId}}).
	 * <pre class="code">
	 * ItemResult&lt;String, CaseDetail&gt; result = cases.detailsByCaseId("694894022").block();
	 * CaseDetail detail = result.valueOrThrow();
	 * </pre>
	 * @param caseId the case ID
	 * @return the result for the case ID, never empty: {@code NOT_FOUND} with
	 * {@code NO_RECORDS_FOUND} if Cisco has no such case; {@code INVALID_INPUT}, without a call,
	 * if the ID has whitespace or a comma
	 * @throws IllegalArgumentException if the case ID is null or blank
	 */
	public Mono<ItemResult<String, CaseDetail>> detailsByCaseId(String caseId) {
		return this.itemLookup.lookUp(Collections.singletonList(caseId), 1, BASE_PATH + "/details/case_id/", "",
				RESPONSE, CaseResponse::details, DETAIL_IDENTITY).single();
	}

	/**
	 * The cases of a contract, with Cisco's default filters ({@code contracts/contract_ids/{contractId}}).
	 * @param contractId the contract ID; one, as the API takes one
	 * @return the cases, read lazily page by page
	 * @throws IllegalArgumentException if the contract ID is null, blank, or has whitespace or a
	 * comma
	 * @see #byContractId(String, CaseQuery)
	 */
	public Flux<CaseSummary> byContractId(String contractId) {
		return byContractId(contractId, CaseQuery.none());
	}

	/**
	 * The cases of a contract ({@code contracts/contract_ids/{contractId}}).
	 * @param contractId the contract ID; one, as the API takes one
	 * @param query the filters and order
	 * @return the cases, read lazily page by page
	 * @throws IllegalArgumentException if the contract ID is null, blank, or has whitespace or a
	 * comma
	 */
	public Flux<CaseSummary> byContractId(String contractId, CaseQuery query) {
		return search(new RequestTemplate(BASE_PATH + "/contracts/contract_ids/{contractId}",
				Map.of("contractId", PATH_ITEM.check(contractId, "contract ID"))), query);
	}

	/**
	 * The cases of up to 10 users, with Cisco's default filters ({@code users/user_ids/{userIds}}).
	 * @param userIds the Cisco.com user IDs, 1 to 10
	 * @return the cases, read lazily page by page
	 * @throws IllegalArgumentException if there are no or more than 10 user IDs, or one is
	 * invalid
	 * @see #byUserIds(List, CaseQuery)
	 */
	public Flux<CaseSummary> byUserIds(List<String> userIds) {
		return byUserIds(userIds, CaseQuery.none());
	}

	/**
	 * The cases of up to 10 users ({@code users/user_ids/{userIds}}).
	 * <pre class="code">
	 * List&lt;CaseSummary&gt; recent = cases.byUserIds(List.of("jdoe", "asmith"),
	 *         CaseQuery.none().createdBetween(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 29)))
	 *     .collectList().block();
	 * </pre>
	 * @param userIds the Cisco.com user IDs, 1 to 10
	 * @param query the filters and order
	 * @return the cases, read lazily page by page
	 * @throws IllegalArgumentException if there are no or more than 10 user IDs, or one is
	 * invalid
	 */
	public Flux<CaseSummary> byUserIds(List<String> userIds, CaseQuery query) {
		Objects.requireNonNull(userIds, "userIds");
		if (userIds.isEmpty() || userIds.size() > MAX_USER_IDS) {
			throw new IllegalArgumentException(
					"Between 1 and " + MAX_USER_IDS + " user IDs are accepted, got " + userIds.size());
		}
		userIds.forEach((userId) -> PATH_ITEM.check(userId, "user ID"));
		return search(RequestTemplate.commaJoinedInputs(BASE_PATH + "/users/user_ids/", userIds, ""), query);
	}

	private Flux<CaseSummary> search(RequestTemplate path, CaseQuery query) {
		Objects.requireNonNull(query, "query");
		RequestTemplate request = new RequestTemplate(path.uriTemplate() + PAGED, path.variables())
			.withQueryParameters(query.queryParameters());
		return CiscoResponses.search(this.webClient, request, RESPONSE, CaseResponse::cases);
	}

}
