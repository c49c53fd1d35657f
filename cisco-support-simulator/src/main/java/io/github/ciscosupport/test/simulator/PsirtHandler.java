package io.github.ciscosupport.test.simulator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import io.github.ciscosupport.test.simulator.data.Advisory;
import io.github.ciscosupport.test.simulator.data.Catalogue;

/**
 * PSIRT openVuln v2: {@code latest/{1..100}}, {@code all}, {@code advisory/{id}}, {@code cve/{id}},
 * {@code bugid/{id}}, {@code severity/{sir}[/firstpublished|lastpublished]}, {@code year/{y}},
 * {@code product?product=}, {@code OSType/{type}?version=} and
 * {@code OS_version/OS_data?OSType=}. With {@code pageIndex}/{@code pageSize} (at most 100) the
 * answer carries {@code paging{next,prev,count}}; invalid paging, counts or parameters get HTTP
 * 406, no data HTTP 404 {@code NO_DATA_FOUND}. List fields ({@code bugIDs}, {@code cves}…) are
 * arrays, as in real data.
 *
 * @author cisco-support-spring
 */
final class PsirtHandler implements ApiHandler {

	static final int MAX_PAGE_SIZE = 100;

	private static final List<String> OS_TYPES = List.of("ios", "iosxe", "nxos", "aci", "asa", "ftd", "fmc", "fxos");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private static final String CONTENT = "https://sec.cloudapps.cisco.com/security/center/content";

	private final Catalogue catalogue;

	PsirtHandler(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Api api() {
		return Api.PSIRT;
	}

	@Override
	public Route route(SimRequest request, List<String> segments) {
		if (segments.isEmpty()) {
			return null;
		}
		String first = segments.get(0);
		int size = segments.size();
		if (size == 1 && first.equals("all")) {
			return Route.get("all", List.of(), () -> list(request, "/all", (advisory) -> true));
		}
		if (size == 1 && first.equals("product")) {
			String product = request.query("product");
			return Route.get("product", (product != null) ? List.of(product) : List.of(), () -> byProduct(request))
				.withFreeText();
		}
		if (size == 2) {
			String value = segments.get(1);
			switch (first) {
				case "latest":
					return Route.get("latest", List.of(value), () -> latest(value));
				case "advisory":
					return Route.get("advisory", List.of(value),
							() -> found(filter((advisory) -> advisory.advisoryId().equalsIgnoreCase(value))));
				case "cve":
					return Route.get("cve", List.of(value), () -> found(filter((advisory) -> advisory.cves()
						.stream()
						.anyMatch(value::equalsIgnoreCase))));
				case "bugid":
					return Route.get("bugid", List.of(value), () -> found(filter((advisory) -> advisory.bugIds()
						.stream()
						.anyMatch(value::equalsIgnoreCase))));
				case "severity":
					return Route.get("severity", List.of(value), () -> bySeverity(request, value, null));
				case "year":
					return Route.get("year", List.of(value), () -> byYear(request, value));
				case "OSType":
					return Route.get("OSType", List.of(value), () -> byOsType(request, value));
				case "OS_version":
					return value.equals("OS_data") ? Route.get("OS_version/OS_data", List.of(), () -> osData(request))
							: null;
				default:
					return null;
			}
		}
		if (size == 3 && first.equals("severity")
				&& (segments.get(2).equals("firstpublished") || segments.get(2).equals("lastpublished"))) {
			return Route.get("severity/" + segments.get(2), List.of(segments.get(1)),
					() -> bySeverity(request, segments.get(1), segments.get(2)));
		}
		return null;
	}

	private SimResponse latest(String value) {
		int count;
		try {
			count = Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			count = -1;
		}
		if (count < 1 || count > 100) {
			return notAcceptable("INVALID_COUNT", "The number of latest advisories must be between 1 and 100");
		}
		List<Advisory> advisories = this.catalogue.advisories();
		return found(advisories.subList(0, Math.min(count, advisories.size())));
	}

	private SimResponse byProduct(SimRequest request) {
		String product = request.query("product");
		if (product == null || product.isBlank()) {
			return notAcceptable("INVALID_PRODUCT", "The product parameter is required");
		}
		String wanted = product.toLowerCase(Locale.ROOT);
		return list(request, "/product", (advisory) -> advisory.productNames()
			.stream()
			.anyMatch((name) -> name.toLowerCase(Locale.ROOT).contains(wanted)));
	}

	private SimResponse bySeverity(SimRequest request, String severity, String dateKind) {
		String sir = switch (severity.toLowerCase(Locale.ROOT)) {
			case "critical" -> "Critical";
			case "high" -> "High";
			case "medium" -> "Medium";
			case "low" -> "Low";
			case "informational" -> "Informational";
			default -> null;
		};
		if (sir == null) {
			return notAcceptable("INVALID_SEVERITY",
					"The severity must be critical, high, medium, low or informational");
		}
		Predicate<Advisory> match = (advisory) -> advisory.sir().equals(sir);
		String path = "/severity/" + severity;
		if (dateKind != null) {
			LocalDate start;
			LocalDate end;
			try {
				start = LocalDate.parse(String.valueOf(request.query("startDate")));
				end = LocalDate.parse(String.valueOf(request.query("endDate")));
			}
			catch (DateTimeParseException ex) {
				return notAcceptable("INVALID_DATE", "startDate and endDate must be YYYY-MM-DD dates");
			}
			boolean first = dateKind.equals("firstpublished");
			match = match.and((advisory) -> {
				LocalDate date = (first ? advisory.firstPublished() : advisory.lastUpdated()).toLocalDate();
				return !date.isBefore(start) && !date.isAfter(end);
			});
			path = path + "/" + dateKind;
		}
		return list(request, path, match);
	}

	private SimResponse byYear(SimRequest request, String value) {
		int year;
		try {
			year = Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			year = -1;
		}
		if (year < 1995 || year > this.catalogue.asOf().getYear()) {
			return notAcceptable("INVALID_YEAR", "The year must be between 1995 and the current year");
		}
		int wanted = year;
		return list(request, "/year/" + value, (advisory) -> advisory.firstPublished().getYear() == wanted);
	}

	private SimResponse byOsType(SimRequest request, String type) {
		String osType = type.toLowerCase(Locale.ROOT);
		if (!OS_TYPES.contains(osType)) {
			return notAcceptable("INVALID_OSTYPE", "The OSType must be one of " + String.join(", ", OS_TYPES));
		}
		String version = request.query("version");
		if (version == null || version.isBlank()) {
			return notAcceptable("INVALID_VERSION", "The version parameter is required");
		}
		List<JsonObject> items = new ArrayList<>();
		for (Advisory advisory : this.catalogue.advisories()) {
			if (osType.equals(advisory.osType()) && advisory.affectedVersions().contains(version)) {
				JsonObject item = advisory(advisory);
				List<JsonObject> fixes = advisory.firstFixed()
					.stream()
					.map((fix) -> new JsonObject().with("id", String.valueOf(Math.abs(fix.hashCode()))).with("name",
							fix))
					.toList();
				item.with("platforms", List.of(new JsonObject().with("id", String.valueOf(Math.abs(osType.hashCode())))
					.with("name", advisory.productNames().get(0))
					.with("firstFixes", fixes)
					.with("vulnerabilityState", "Vulnerable")));
				item.with("firstFixed", advisory.firstFixed());
				if (osType.equals("ios") || osType.equals("iosxe")) {
					item.with("iosRelease", List.of(version));
				}
				items.add(item);
			}
		}
		if (items.isEmpty()) {
			return noData();
		}
		return SimResponse.json(new JsonObject().with("advisories", items));
	}

	private SimResponse osData(SimRequest request) {
		String type = request.query("OSType");
		if (type == null || !OS_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
			return notAcceptable("INVALID_OSTYPE", "The OSType must be one of " + String.join(", ", OS_TYPES));
		}
		List<String> versions = this.catalogue.osVersions(type.toLowerCase(Locale.ROOT));
		if (versions.isEmpty()) {
			return noData();
		}
		return SimResponse.json(versions.stream().map((version) -> new JsonObject().with("version", version)).toList());
	}

	private List<Advisory> filter(Predicate<Advisory> match) {
		return this.catalogue.advisories().stream().filter(match).toList();
	}

	private SimResponse found(List<Advisory> advisories) {
		if (advisories.isEmpty()) {
			return noData();
		}
		return SimResponse.json(new JsonObject().with("advisories", advisories.stream().map(PsirtHandler::advisory).toList()));
	}

	private SimResponse list(SimRequest request, String path, Predicate<Advisory> match) {
		List<Advisory> advisories = filter(match);
		String pageIndexValue = request.query("pageIndex");
		String pageSizeValue = request.query("pageSize");
		if (pageIndexValue == null && pageSizeValue == null) {
			return found(advisories);
		}
		int pageIndex = Paging.index(pageIndexValue);
		if (pageIndex < 0) {
			return notAcceptable("INVALID_PAGE_INDEX", "pageIndex must be a positive number");
		}
		int pageSize = (pageSizeValue == null) ? 10 : Paging.index(pageSizeValue);
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			return notAcceptable("INVALID_PAGE_SIZE", "pageSize must be between 1 and " + MAX_PAGE_SIZE);
		}
		if (advisories.isEmpty()) {
			return noData();
		}
		int last = Paging.lastIndex(advisories.size(), pageSize);
		StringBuilder base = new StringBuilder(path).append('?');
		for (Map.Entry<String, List<String>> entry : request.queryParameters().entrySet()) {
			if (!entry.getKey().equals("pageIndex") && !entry.getKey().equals("pageSize")) {
				for (String value : entry.getValue()) {
					base.append(entry.getKey()).append('=').append(value).append('&');
				}
			}
		}
		String next = (pageIndex < last) ? base + "pageIndex=" + (pageIndex + 1) + "&pageSize=" + pageSize : "NA";
		String prev = (pageIndex > 1) ? base + "pageIndex=" + (pageIndex - 1) + "&pageSize=" + pageSize : "NA";
		return SimResponse.json(new JsonObject()
			.with("advisories", Paging.page(advisories, pageIndex, pageSize).stream().map(PsirtHandler::advisory).toList())
			.with("paging", new JsonObject().with("next", next).with("prev", prev).with("count", advisories.size())));
	}

	static JsonObject advisory(Advisory advisory) {
		String id = advisory.advisoryId();
		return new JsonObject().with("advisoryId", id)
			.with("advisoryTitle", advisory.title())
			.with("bugIDs", advisory.bugIds())
			.with("cves", advisory.cves())
			.with("cwe", advisory.cwes())
			.with("ipsSignatures", List.of("NA"))
			.with("cvssBaseScore", advisory.cvssBaseScore())
			.with("sir", advisory.sir())
			.with("status", advisory.status())
			.with("version", advisory.version())
			.with("firstPublished", time(advisory.firstPublished()))
			.with("lastUpdated", time(advisory.lastUpdated()))
			.with("productNames", advisory.productNames())
			.with("publicationUrl", CONTENT + "/CiscoSecurityAdvisory/" + id)
			.with("cvrfUrl", CONTENT + "xml/CiscoSecurityAdvisory/" + id + "/cvrf/" + id + "_cvrf.xml")
			.with("csafUrl", CONTENT + "xml/CiscoSecurityAdvisory/" + id + "/csaf/" + id + ".json")
			.with("summary", advisory.summary());
	}

	private static String time(LocalDateTime time) {
		return TIME.format(time);
	}

	private static SimResponse noData() {
		return SimResponse.json(404, new JsonObject().with("errorCode", "NO_DATA_FOUND")
			.with("errorMessage", "No data found")).outcome("NO_DATA_FOUND");
	}

	private static SimResponse notAcceptable(String code, String message) {
		return SimResponse.json(406, new JsonObject().with("errorCode", code).with("errorMessage", message))
			.outcome(code);
	}

}
