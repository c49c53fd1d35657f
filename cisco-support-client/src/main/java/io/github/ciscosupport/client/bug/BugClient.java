package io.github.ciscosupport.client.bug;

import java.util.Arrays;
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

/**
 * Client for the Cisco Bug API v2.0: bugs by bug ID, and searches by base product ID (optionally
 * with software releases), keyword, product series and product name.
 * <p>
 * {@link #byBugIds(List)} takes any number of IDs, sends them 5 at a time and returns one
 * {@link ItemResult} per ID, in input order; an ID Cisco does not know is {@code NOT_FOUND}.
 * Searches return the bugs as a {@code Flux} that reads Cisco's pages of 10 lazily: page
 * {@code n + 1} is requested only when the subscriber wants more. Their optional filters and
 * order are a {@link BugQuery}, the last argument; each search also has a form without it
 * (Cisco's defaults: bugs modified in the last 30 days). A filter takes one value, as the API
 * does. The arguments are checked (keyword up to 50 characters, up to 75 releases, one product
 * ID) before any call, with an {@link IllegalArgumentException}. "No records" is an empty search; another error Cisco reports
 * fails the search with a {@link io.github.ciscosupport.client.CiscoSupportApiException}.
 * <pre class="code">
 * BugClient bugs = cisco.bugs();
 * List&lt;Bug&gt; open = bugs.byProductId("C9410R", BugQuery.none().status(BugStatus.OPEN)
 *         .modifiedWithin(BugModifiedWithin.ANY_TIME)).collectList().block();
 * </pre>
 */
public class BugClient {

	static final String BASE_PATH = "/bug/v2.0/bugs";

	/** Bug accepts up to 5 bug IDs a call. */
	static final int MAX_BUG_IDS_PER_CALL = 5;

	/** Bug accepts up to 75 software releases a search. */
	static final int MAX_RELEASES = 75;

	/** Bug accepts keywords of up to 50 characters. */
	static final int MAX_KEYWORD_LENGTH = 50;

	private static final ParameterizedTypeReference<BugResponse> RESPONSE = ParameterizedTypeReference
		.forType(BugResponse.class);

	private static final ItemIdentity<Bug> IDENTITY = ItemIdentity.of((bug) -> Arrays.asList(bug.bugId()),
			Bug::errorResponse);

	private static final InputRule PATH_ITEM = InputRule.pathListItem();

	private final WebClient webClient;

	private final ItemLookup itemLookup;

	/**
	 * Creates the client on the transport of a {@code CiscoSupportClient}, which hands it out as
	 * {@code bugs()}.
	 * @param context the Cisco Support {@code WebClient} and the batching options
	 */
	public BugClient(ClientContext context) {
		this.webClient = context.webClient();
		this.itemLookup = new ItemLookup(context, "bug");
	}

	/**
	 * Looks up bugs by ID ({@code bug_ids}).
	 * <pre class="code">
	 * bugs.byBugIds(List.of("CSCvc57217")).subscribe((result) -&gt; System.out.println(
	 *         result.input() + ": " + result.valueOrThrow().headline()));
	 * </pre>
	 * @param bugIds the bug IDs, any number, duplicates allowed
	 * @return one result per bug ID, in input order
	 * @throws IllegalArgumentException if a bug ID is null or blank
	 */
	public Flux<ItemResult<String, Bug>> byBugIds(List<String> bugIds) {
		return this.itemLookup.lookUp(bugIds, MAX_BUG_IDS_PER_CALL, BASE_PATH + "/bug_ids/", "", RESPONSE,
				BugResponse::bugs, IDENTITY);
	}

	/**
	 * The bugs of a base product ID modified in the last 30 days, Cisco's default
	 * ({@code products/product_id/{productId}}).
	 * @param productId the base product ID; one, as the API takes one
	 * @return the bugs, read lazily in pages of 10
	 * @throws IllegalArgumentException if the product ID is null, blank, or has whitespace or a
	 * comma
	 * @see #byProductId(String, BugQuery)
	 */
	public Flux<Bug> byProductId(String productId) {
		return byProductId(productId, BugQuery.none());
	}

	/**
	 * The bugs of a base product ID ({@code products/product_id/{productId}}).
	 * <pre class="code">
	 * bugs.byProductId("C9410R", BugQuery.none().status(BugStatus.OPEN).modifiedWithin(BugModifiedWithin.ANY_TIME))
	 *     .subscribe((bug) -&gt; System.out.println(bug.bugId() + " " + bug.headline()));
	 * </pre>
	 * @param productId the base product ID; one, as the API takes one
	 * @param query the filters and order
	 * @return the bugs, read lazily in pages of 10
	 * @throws IllegalArgumentException if the product ID is null, blank, or has whitespace or a
	 * comma
	 */
	public Flux<Bug> byProductId(String productId, BugQuery query) {
		return search(new RequestTemplate(BASE_PATH + "/products/product_id/{productId}",
				Map.of("productId", PATH_ITEM.check(productId, "base product ID"))), query);
	}

	/**
	 * The bugs of a base product ID that affect any of the given software releases, modified in
	 * the last 30 days ({@code products/product_id/{productId}/software_releases/{releases}}).
	 * @param productId the base product ID
	 * @param releases the releases, 1 to 75
	 * @return the bugs, read lazily in pages of 10
	 * @throws IllegalArgumentException if an argument is invalid
	 * @see #byProductIdAndReleases(String, List, BugQuery)
	 */
	public Flux<Bug> byProductIdAndReleases(String productId, List<String> releases) {
		return byProductIdAndReleases(productId, releases, BugQuery.none());
	}

	/**
	 * The bugs of a base product ID that affect any of the given software releases
	 * ({@code products/product_id/{productId}/software_releases/{releases}}).
	 * <pre class="code">
	 * bugs.byProductIdAndReleases("C9410R", List.of("17.3.1", "17.6.1"), BugQuery.none())
	 *     .take(20)
	 *     .subscribe((bug) -&gt; System.out.println(bug.bugId()));
	 * </pre>
	 * @param productId the base product ID
	 * @param releases the releases, 1 to 75
	 * @param query the filters and order
	 * @return the bugs, read lazily in pages of 10
	 * @throws IllegalArgumentException if an argument is invalid
	 */
	public Flux<Bug> byProductIdAndReleases(String productId, List<String> releases, BugQuery query) {
		RequestTemplate withReleases = releases(BASE_PATH + "/products/product_id/{productId}/software_releases/",
				releases);
		return search(withReleases.withVariable("productId", PATH_ITEM.check(productId, "base product ID")), query);
	}

	/**
	 * The bugs modified in the last 30 days whose headline or description contains a keyword
	 * ({@code keyword/{keyword}}).
	 * @param keyword the keyword or words, up to 50 characters
	 * @return the bugs, read lazily in pages of 10
	 * @throws IllegalArgumentException if the keyword is null, blank or longer than 50 characters
	 * @see #byKeyword(String, BugQuery)
	 */
	public Flux<Bug> byKeyword(String keyword) {
		return byKeyword(keyword, BugQuery.none());
	}

	/**
	 * The bugs whose headline or description contains a keyword ({@code keyword/{keyword}}).
	 * @param keyword the keyword or words, up to 50 characters
	 * @param query the filters and order
	 * @return the bugs, read lazily in pages of 10
	 * @throws IllegalArgumentException if the keyword is null, blank or longer than 50 characters
	 */
	public Flux<Bug> byKeyword(String keyword, BugQuery query) {
		InputRule.maxLength(MAX_KEYWORD_LENGTH).check(keyword, "keyword");
		return search(new RequestTemplate(BASE_PATH + "/keyword/{keyword}", Map.of("keyword", keyword)), query);
	}

	/**
	 * The bugs of a product series modified in the last 30 days that affect, or are fixed in,
	 * any of the given releases ({@code product_series/{series}/affected_releases|fixed_in_releases/{releases}}).
	 * @param productSeries the product series ({@code Cisco Catalyst 9400 Series Switches})
	 * @param match whether the releases are affected or fixed
	 * @param releases the releases, 1 to 75
	 * @return the bugs, read lazily in pages of 10
	 * @throws IllegalArgumentException if an argument is invalid
	 * @see #byProductSeries(String, BugReleaseMatch, List, BugQuery)
	 */
	public Flux<Bug> byProductSeries(String productSeries, BugReleaseMatch match, List<String> releases) {
		return byProductSeries(productSeries, match, releases, BugQuery.none());
	}

	/**
	 * The bugs of a product series that affect, or are fixed in, any of the given releases
	 * ({@code product_series/{series}/affected_releases|fixed_in_releases/{releases}}).
	 * @param productSeries the product series ({@code Cisco Catalyst 9400 Series Switches})
	 * @param match whether the releases are affected or fixed
	 * @param releases the releases, 1 to 75
	 * @param query the filters and order
	 * @return the bugs, read lazily in pages of 10
	 * @throws IllegalArgumentException if an argument is invalid
	 */
	public Flux<Bug> byProductSeries(String productSeries, BugReleaseMatch match, List<String> releases,
			BugQuery query) {
		return byProduct("product_series", productSeries, match, releases, query);
	}

	/**
	 * The bugs of a product name modified in the last 30 days that affect, or are fixed in, any
	 * of the given releases ({@code product_name/{name}/affected_releases|fixed_in_releases/{releases}}).
	 * @param productName the product name
	 * @param match whether the releases are affected or fixed
	 * @param releases the releases, 1 to 75
	 * @return the bugs, read lazily in pages of 10
	 * @throws IllegalArgumentException if an argument is invalid
	 * @see #byProductName(String, BugReleaseMatch, List, BugQuery)
	 */
	public Flux<Bug> byProductName(String productName, BugReleaseMatch match, List<String> releases) {
		return byProductName(productName, match, releases, BugQuery.none());
	}

	/**
	 * The bugs of a product name that affect, or are fixed in, any of the given releases
	 * ({@code product_name/{name}/affected_releases|fixed_in_releases/{releases}}).
	 * @param productName the product name
	 * @param match whether the releases are affected or fixed
	 * @param releases the releases, 1 to 75
	 * @param query the filters and order
	 * @return the bugs, read lazily in pages of 10
	 * @throws IllegalArgumentException if an argument is invalid
	 */
	public Flux<Bug> byProductName(String productName, BugReleaseMatch match, List<String> releases,
			BugQuery query) {
		return byProduct("product_name", productName, match, releases, query);
	}

	private Flux<Bug> byProduct(String kind, String name, BugReleaseMatch match, List<String> releases,
			BugQuery query) {
		Objects.requireNonNull(match, "match");
		RequestTemplate withReleases = releases(BASE_PATH + "/" + kind + "/{name}/" + match.pathSegment() + "/",
				releases);
		return search(withReleases.withVariable("name", InputRule.any().check(name, kind.replace('_', ' '))), query);
	}

	private static RequestTemplate releases(String pathBeforeReleases, List<String> releases) {
		Objects.requireNonNull(releases, "releases");
		if (releases.isEmpty() || releases.size() > MAX_RELEASES) {
			throw new IllegalArgumentException(
					"Between 1 and " + MAX_RELEASES + " software releases are accepted, got " + releases.size());
		}
		releases.forEach((release) -> PATH_ITEM.check(release, "software release"));
		return RequestTemplate.commaJoinedInputs(pathBeforeReleases, releases, "");
	}

	private Flux<Bug> search(RequestTemplate path, BugQuery query) {
		Objects.requireNonNull(query, "query");
		RequestTemplate request = new RequestTemplate(path.uriTemplate() + "?page_index={page}", path.variables())
			.withQueryParameters(query.queryParameters());
		return CiscoResponses.search(this.webClient, request, RESPONSE, BugResponse::bugs);
	}

}
