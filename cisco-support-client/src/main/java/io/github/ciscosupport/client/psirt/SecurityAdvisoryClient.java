package io.github.ciscosupport.client.psirt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.internal.ClientContext;
import io.github.ciscosupport.client.internal.batch.CiscoResponses;
import io.github.ciscosupport.client.internal.batch.InputRule;
import io.github.ciscosupport.client.internal.batch.RequestTemplate;
import io.github.ciscosupport.client.internal.paging.PageWalker;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client for the Cisco PSIRT openVuln API v2: security advisories by ID, CVE, bug ID,
 * severity, year, product, and OS type and version.
 * <p>
 * "No data" ({@code NO_DATA_FOUND}, an HTTP 404) is an empty result, not an error. Queries
 * that return many advisories ({@link #all()}, {@link #bySeverity(AdvisorySeverity)},
 * {@link #byYear(int)}, {@link #byProduct(String)}) are read in pages of 100 (the API's
 * maximum, to spend as few of its 30 calls a minute as possible), lazily: the next page is
 * requested only when the subscriber wants more. Arguments the client can check are refused with
 * an {@link IllegalArgumentException} before any call; a query Cisco refuses as invalid (HTTP
 * 406) fails with {@link InvalidAdvisoryQueryException}. PSIRT's rate limits (5 calls a second,
 * 30 a minute) are enforced by the {@code WebClient}'s rate limiter.
 * <pre class="code">
 * SecurityAdvisoryClient psirt = cisco.securityAdvisories();
 * List&lt;SecurityAdvisory&gt; critical = psirt.bySeverity(AdvisorySeverity.CRITICAL,
 *         LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)).collectList().block();
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

	/**
	 * Creates the client on the transport of a {@code CiscoSupportClient}, which hands it out as
	 * {@code securityAdvisories()}.
	 * @param context the Cisco Support {@code WebClient} and the batching options
	 */
	public SecurityAdvisoryClient(ClientContext context) {
		this.webClient = context.webClient();
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
	 * psirt.all().filter((advisory) -&gt; advisory.cves().contains(cve)).next().block();
	 * </pre>
	 * @return the advisories
	 */
	public Flux<SecurityAdvisory> all() {
		return advisories("/all", Map.of(), true);
	}

	/**
	 * One advisory by its ID ({@code advisory/{id}}).
	 * <pre class="code">
	 * SecurityAdvisory advisory = psirt.byAdvisoryId("cisco-sa-lsplus-Z6AQEOjk").block();
	 * </pre>
	 * @param advisoryId the advisory ID
	 * @return the advisory, or empty if Cisco has none with that ID
	 * @throws IllegalArgumentException if the ID is null, blank or contains whitespace
	 */
	public Mono<SecurityAdvisory> byAdvisoryId(String advisoryId) {
		return advisories("/advisory/{id}", Map.of("id", IDENTIFIER.check(advisoryId, "advisory ID")), false).next();
	}

	/**
	 * The advisories of a CVE ({@code cve/{cve}}).
	 * @param cve the CVE ID ({@code CVE-2022-20714})
	 * @return the advisories, empty if there are none
	 * @throws IllegalArgumentException if the CVE is null, blank or contains whitespace
	 */
	public Flux<SecurityAdvisory> byCve(String cve) {
		return advisories("/cve/{cve}", Map.of("cve", IDENTIFIER.check(cve, "CVE")), false);
	}

	/**
	 * The advisories of a Cisco bug ({@code bugid/{id}}).
	 * @param bugId the bug ID ({@code CSCvy48962})
	 * @return the advisories, empty if there are none
	 * @throws IllegalArgumentException if the bug ID is null, blank or contains whitespace
	 */
	public Flux<SecurityAdvisory> byBugId(String bugId) {
		return advisories("/bugid/{id}", Map.of("id", IDENTIFIER.check(bugId, "bug ID")), false);
	}

	/**
	 * The advisories of a severity ({@code severity/{sir}}), read lazily in pages of 100.
	 * @param severity the security impact rating
	 * @return the advisories, empty if there are none
	 */
	public Flux<SecurityAdvisory> bySeverity(AdvisorySeverity severity) {
		Objects.requireNonNull(severity, "severity");
		return advisories("/severity/{sir}", Map.of("sir", severity.pathValue()), true);
	}

	/**
	 * The advisories of a severity first published between two dates
	 * ({@code severity/{sir}/firstpublished}), read lazily in pages of 100.
	 * <pre class="code">
	 * psirt.bySeverity(AdvisorySeverity.HIGH, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31))
	 *     .subscribe((advisory) -&gt; System.out.println(advisory.advisoryId()));
	 * </pre>
	 * @param severity the security impact rating
	 * @param firstPublishedFrom the first day, inclusive
	 * @param firstPublishedTo the last day, inclusive
	 * @return the advisories, empty if there are none
	 * @throws IllegalArgumentException if the range ends before it starts
	 */
	public Flux<SecurityAdvisory> bySeverity(AdvisorySeverity severity, LocalDate firstPublishedFrom,
			LocalDate firstPublishedTo) {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(firstPublishedFrom, "firstPublishedFrom");
		Objects.requireNonNull(firstPublishedTo, "firstPublishedTo");
		if (firstPublishedTo.isBefore(firstPublishedFrom)) {
			throw new IllegalArgumentException(
					"The date range ends (" + firstPublishedTo + ") before it starts (" + firstPublishedFrom + ")");
		}
		return advisories("/severity/{sir}/firstpublished?startDate={from}&endDate={to}",
				Map.of("sir", severity.pathValue(), "from", firstPublishedFrom, "to", firstPublishedTo), true);
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
	public Flux<SecurityAdvisory> byProduct(String productName) {
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
	 * @param version the release
	 * @return the advisories, empty if there are none
	 * @throws IllegalArgumentException if the version is null, blank or contains whitespace
	 */
	public Flux<SecurityAdvisory> byOsType(OsType osType, String version) {
		Objects.requireNonNull(osType, "osType");
		return advisories("/OSType/{type}?version={version}",
				Map.of("type", osType.pathValue(), "version", IDENTIFIER.check(version, "version")), false);
	}

	private Flux<SecurityAdvisory> advisories(String path, Map<String, Object> variables, boolean paged) {
		String uriTemplate = BASE_PATH + path + (paged ? ((path.indexOf('?') >= 0) ? "&" : "?") + PAGED : "");
		RequestTemplate request = new RequestTemplate(uriTemplate, variables);
		// Unpaged answers have no paging block, which ends the walk after the first page.
		return PageWalker.items((page) -> fetch(request, page), SecurityAdvisoryClient::advisoriesOf);
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
