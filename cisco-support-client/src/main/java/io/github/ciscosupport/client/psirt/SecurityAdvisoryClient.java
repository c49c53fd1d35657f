package io.github.ciscosupport.client.psirt;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.ClientContext;
import io.github.ciscosupport.client.internal.batch.BatchAnswer;
import io.github.ciscosupport.client.internal.batch.BatchExecutor;
import io.github.ciscosupport.client.internal.batch.CachedLookup;
import io.github.ciscosupport.client.internal.batch.CiscoResponses;
import io.github.ciscosupport.client.internal.batch.InputRule;
import io.github.ciscosupport.client.internal.batch.RequestTemplate;
import io.github.ciscosupport.client.internal.paging.PageWalker;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client for the Cisco PSIRT openVuln API v2: security advisories by advisory ID, CVE ID, bug
 * ID, severity, year, product name, and OS type and release.
 * <p>
 * {@link #byAdvisoryId(String)} returns the one result for its ID, never an empty {@code Mono}:
 * an ID Cisco has no advisory for is {@code NOT_FOUND} with Cisco's {@code NO_DATA_FOUND}.
 * Searches return a {@code Flux}, empty when Cisco answers "no data" ({@code NO_DATA_FOUND}, an
 * HTTP 404). Searches that return many advisories ({@link #all()},
 * {@link #bySeverity(AdvisorySeverity, AdvisoryQuery)}, {@link #byYear(int)},
 * {@link #byProductName(String)}) are read in pages of 100 (the API's maximum, to spend as few
 * of its 30 calls a minute as possible), lazily: the next page is requested only when the
 * subscriber wants more. Arguments the client can check are refused with an
 * {@link IllegalArgumentException} before any call; a query Cisco refuses as invalid (HTTP 406)
 * fails with {@link InvalidAdvisoryQueryException}. PSIRT's rate limits (5 calls a second, 30 a
 * minute) are enforced by the {@code WebClient}'s rate limiter.
 * <pre class="code">
 * SecurityAdvisoryClient psirt = cisco.securityAdvisories();
 * List&lt;SecurityAdvisory&gt; critical = psirt.bySeverity(AdvisorySeverity.CRITICAL,
 *         AdvisoryQuery.none().firstPublishedBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)))
 *     .collectList().block();
 * </pre>
 */
public class SecurityAdvisoryClient {

	static final String BASE_PATH = "/security/advisories/v2";

	/** The largest {@code pageSize} and {@code latest} count PSIRT accepts. */
	static final int MAX_PAGE_SIZE = 100;

	/** The first year PSIRT has advisories for. */
	static final int FIRST_YEAR = 1995;

	private static final int NOT_ACCEPTABLE = 406;

	private static final String PAGED = "pageIndex={page}&pageSize=" + MAX_PAGE_SIZE;

	private static final InputRule IDENTIFIER = InputRule.noWhitespace();

	private final WebClient webClient;

	private final BatchExecutor batchExecutor;

	/**
	 * Creates the client on the transport of a {@code CiscoSupportClient}, which hands it out as
	 * {@code securityAdvisories()}.
	 * @param context the Cisco Support {@code WebClient} and the batching options, whose lookup
	 * listener is told about {@link #byAdvisoryId(String)}
	 */
	public SecurityAdvisoryClient(ClientContext context) {
		this.webClient = context.webClient();
		this.batchExecutor = new BatchExecutor(context.batchOptions(), "psirt");
	}

	/**
	 * The most recently published advisories ({@code latest/{count}}).
	 * <pre class="code">
	 * psirt.latest(10).map(SecurityAdvisory::advisoryTitle).subscribe(System.out::println);
	 * </pre>
	 * @param count how many, 1 to 100
	 * @return the advisories, newest first
	 * @throws IllegalArgumentException if the count is out of range
	 */
	public Flux<SecurityAdvisory> latest(int count) {
		if (count < 1 || count > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("The count must be between 1 and " + MAX_PAGE_SIZE + ", was " + count);
		}
		return advisories("/latest/{count}", Map.of("count", count), false);
	}

	/**
	 * Every advisory ({@code all}), read lazily in pages of 100.
	 * <pre class="code">
	 * psirt.all().filter((advisory) -&gt; advisory.cveIds().contains(cveId)).next().block();
	 * </pre>
	 * @return the advisories
	 */
	public Flux<SecurityAdvisory> all() {
		return advisories("/all", Map.of(), true);
	}

	/**
	 * One advisory by its ID ({@code advisory/{advisoryId}}).
	 * <pre class="code">
	 * ItemResult&lt;String, SecurityAdvisory&gt; result = psirt.byAdvisoryId("cisco-sa-lsplus-Z6AQEOjk").block();
	 * if (result.isSuccess()) {
	 *     System.out.println(result.value().advisoryTitle());
	 * }
	 * </pre>
	 * @param advisoryId the advisory ID
	 * @return the result for the advisory ID, never empty: {@code NOT_FOUND} with
	 * {@code NO_DATA_FOUND} if Cisco has no advisory with that ID; {@code INVALID_INPUT}, without a
	 * call, if the ID contains whitespace
	 * @throws IllegalArgumentException if the ID is null or blank
	 */
	public Mono<ItemResult<String, SecurityAdvisory>> byAdvisoryId(String advisoryId) {
		return this.batchExecutor
			.execute(Collections.singletonList(advisoryId), 1, IDENTIFIER,
					CachedLookup.of("advisory", ParameterizedTypeReference.forType(SecurityAdvisory.class)), this::advisory)
			.single();
	}

	/**
	 * The advisories of a CVE ({@code cve/{cveId}}).
	 * @param cveId the CVE ID ({@code CVE-2022-20714})
	 * @return the advisories, empty if there are none
	 * @throws IllegalArgumentException if the CVE ID is null, blank or contains whitespace
	 */
	public Flux<SecurityAdvisory> byCveId(String cveId) {
		return advisories("/cve/{cveId}", Map.of("cveId", IDENTIFIER.check(cveId, "CVE ID")), false);
	}

	/**
	 * The advisories of a Cisco bug ({@code bugid/{bugId}}).
	 * @param bugId the bug ID ({@code CSCvy48962})
	 * @return the advisories, empty if there are none
	 * @throws IllegalArgumentException if the bug ID is null, blank or contains whitespace
	 */
	public Flux<SecurityAdvisory> byBugId(String bugId) {
		return advisories("/bugid/{bugId}", Map.of("bugId", IDENTIFIER.check(bugId, "bug ID")), false);
	}

	/**
	 * The advisories of a severity ({@code severity/{sir}}), read lazily in pages of 100.
	 * @param severity the security impact rating
	 * @return the advisories, empty if there are none
	 * @see #bySeverity(AdvisorySeverity, AdvisoryQuery)
	 */
	public Flux<SecurityAdvisory> bySeverity(AdvisorySeverity severity) {
		return bySeverity(severity, AdvisoryQuery.none());
	}

	/**
	 * The advisories of a severity ({@code severity/{sir}}), or of a severity first published
	 * between two dates when the query has that range ({@code severity/{sir}/firstpublished}),
	 * read lazily in pages of 100.
	 * <pre class="code">
	 * psirt.bySeverity(AdvisorySeverity.HIGH,
	 *         AdvisoryQuery.none().firstPublishedBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)))
	 *     .subscribe((advisory) -&gt; System.out.println(advisory.advisoryId()));
	 * </pre>
	 * @param severity the security impact rating
	 * @param query the first-published range, if any
	 * @return the advisories, empty if there are none
	 */
	public Flux<SecurityAdvisory> bySeverity(AdvisorySeverity severity, AdvisoryQuery query) {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(query, "query");
		if (!query.hasFirstPublishedRange()) {
			return advisories("/severity/{sir}", Map.of("sir", severity.pathValue()), true);
		}
		return advisories("/severity/{sir}/firstpublished?startDate={from}&endDate={to}", Map.of("sir",
				severity.pathValue(), "from", query.firstPublishedFrom(), "to", query.firstPublishedTo()), true);
	}

	/**
	 * The advisories first published in a year ({@code year/{year}}), read lazily in pages of
	 * 100.
	 * @param year the year, from 1995; Cisco refuses years after its current one with HTTP 406
	 * @return the advisories, empty if there are none
	 * @throws IllegalArgumentException if the year is before 1995
	 */
	public Flux<SecurityAdvisory> byYear(int year) {
		if (year < FIRST_YEAR) {
			throw new IllegalArgumentException("The year must be " + FIRST_YEAR + " or later, was " + year);
		}
		return advisories("/year/{year}", Map.of("year", year), true);
	}

	/**
	 * The advisories of the products whose name contains the given text
	 * ({@code product?product=}), read lazily in pages of 100.
	 * @param productName the product name, or part of it ({@code Cisco IOS XR Software})
	 * @return the advisories, empty if there are none
	 * @throws IllegalArgumentException if the product name is null or blank
	 */
	public Flux<SecurityAdvisory> byProductName(String productName) {
		return advisories("/product?product={product}", Map.of("product", InputRule.any().check(productName, "product name")),
				true);
	}

	/**
	 * The advisories that affect a release of an operating system ({@code OSType/{type}?version=}),
	 * with the affected {@link SecurityAdvisory#platforms() platforms} and the
	 * {@link SecurityAdvisory#firstFixed() first fixed releases}.
	 * <pre class="code">
	 * psirt.byOsType(OsType.IOS_XE, "17.3.1")
	 *     .subscribe((advisory) -&gt; System.out.println(advisory.advisoryId() + " fixed in " + advisory.firstFixed()));
	 * </pre>
	 * @param osType the operating system
	 * @param release the release
	 * @return the advisories, empty if there are none
	 * @throws IllegalArgumentException if the release is null, blank or contains whitespace
	 */
	public Flux<SecurityAdvisory> byOsType(OsType osType, String release) {
		Objects.requireNonNull(osType, "osType");
		return advisories("/OSType/{type}?version={release}",
				Map.of("type", osType.pathValue(), "release", IDENTIFIER.check(release, "release")), false);
	}

	private Flux<SecurityAdvisory> advisories(String path, Map<String, Object> variables, boolean paged) {
		String uriTemplate = BASE_PATH + path + (paged ? ((path.indexOf('?') >= 0) ? "&" : "?") + PAGED : "");
		RequestTemplate request = new RequestTemplate(uriTemplate, variables);
		// Unpaged answers have no paging block, which ends the walk after the first page.
		return PageWalker.items((page) -> fetch(request, page), SecurityAdvisoryClient::advisoriesOf);
	}

	/** Cisco's answer for one advisory ID: the advisory, or its {@code NO_DATA_FOUND}. */
	private Mono<BatchAnswer<SecurityAdvisory>> advisory(List<String> batch) {
		RequestTemplate request = new RequestTemplate(BASE_PATH + "/advisory/{advisoryId}",
				Map.of("advisoryId", batch.get(0)));
		return fetch(request, 1).map((response) -> {
			BatchAnswer<SecurityAdvisory> answer = new BatchAnswer<>(batch);
			response.topLevelErrors().forEach(answer::batchError);
			response.advisories().stream().findFirst().ifPresent((advisory) -> answer.value(batch.get(0), advisory));
			return answer;
		});
	}

	private Mono<AdvisoryResponse> fetch(RequestTemplate request, int page) {
		return CiscoResponses.exchange(request.get(this.webClient, page), AdvisoryResponse.class)
			.onErrorMap((ex) -> ex instanceof CiscoSupportApiException api && api.getStatusCode() == NOT_ACCEPTABLE
					&& !(ex instanceof InvalidAdvisoryQueryException),
					(ex) -> new InvalidAdvisoryQueryException(NOT_ACCEPTABLE, null, ex.getMessage(), ex));
	}

	private static List<SecurityAdvisory> advisoriesOf(AdvisoryResponse response) {
		for (ItemError error : response.topLevelErrors()) {
			if (error.kind() != ItemError.Kind.NOT_FOUND) {
				// PSIRT's only JSON errors are NO_DATA_FOUND (404) and the refusals of a 406
				throw new InvalidAdvisoryQueryException(NOT_ACCEPTABLE, error.code(),
						"Cisco refused the security advisory query [" + error.code() + "] " + error.description(), null);
			}
		}
		return response.advisories();
	}

}
