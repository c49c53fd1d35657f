package io.github.ciscosupport.test.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import io.github.ciscosupport.test.simulator.data.Bug;
import io.github.ciscosupport.test.simulator.data.Catalogue;
import io.github.ciscosupport.test.simulator.data.Product;

/**
 * Bug v2.0: by bug IDs (at most 5, no pagination), by base PID (exactly one) with optional
 * software releases (at most 75), by keyword (at most 50 characters) and by product series or
 * product name with affected or fixed releases. 10 bugs per page. Filters {@code status}
 * ({@code O}, {@code F} or {@code T}), {@code severity} (1 to 6) take one value each;
 * {@code modified_date} is 1 (7 days), 2 (30 days, the default), 3 (6 months), 4 (1 year) or 5
 * (all), counted back from the catalogue's as-of date; {@code sort_by} is {@code status},
 * {@code modified_date}, {@code modified_date_earliest}, {@code severity} or
 * {@code support_case_count}. Validation errors are HTTP 400 with {@code ErrorResponse}, as
 * recorded from Cisco.
 *
 * @author cisco-support-spring
 */
final class BugHandler implements ApiHandler {

	static final int PAGE_SIZE = 10;

	static final int MAX_BUG_IDS = 5;

	static final int MAX_RELEASES = 75;

	static final int MAX_KEYWORD_LENGTH = 50;

	private final Catalogue catalogue;

	BugHandler(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Api api() {
		return Api.BUG;
	}

	@Override
	public Route route(SimRequest request, List<String> segments) {
		int size = segments.size();
		if (size == 2 && segments.get(0).equals("bug_ids")) {
			List<String> ids = Inputs.split(segments.get(1));
			return Route.get("bug_ids", ids, () -> byIds(ids));
		}
		if (size == 2 && segments.get(0).equals("keyword")) {
			String keyword = segments.get(1);
			return Route.get("keyword", List.of(keyword), () -> byKeyword(request, keyword)).withFreeText();
		}
		if ((size == 3 || size == 5) && segments.get(0).equals("products") && segments.get(1).equals("product_id")) {
			List<String> pids = Inputs.split(segments.get(2));
			if (size == 3) {
				return Route.get("products/product_id", pids, () -> byProduct(request, pids, null));
			}
			if (!segments.get(3).equals("software_releases")) {
				return null;
			}
			List<String> releases = Inputs.split(segments.get(4));
			List<String> inputs = new ArrayList<>(pids);
			inputs.addAll(releases);
			return Route.get("products/product_id/software_releases", inputs,
					() -> byProduct(request, pids, releases));
		}
		if (size == 4 && (segments.get(0).equals("product_series") || segments.get(0).equals("product_name"))
				&& (segments.get(2).equals("affected_releases") || segments.get(2).equals("fixed_in_releases"))) {
			String kind = segments.get(0);
			String name = segments.get(1);
			boolean fixed = segments.get(2).equals("fixed_in_releases");
			List<String> releases = Inputs.split(segments.get(3));
			List<String> inputs = new ArrayList<>(List.of(name));
			inputs.addAll(releases);
			return Route.get(kind + "/" + segments.get(2), inputs, () -> byProductName(request, kind, name, fixed,
					releases, segments.get(2)))
				.withFreeText();
		}
		return null;
	}

	private SimResponse byIds(List<String> ids) {
		if (ids.isEmpty()) {
			return invalid("API_MISSING_PARAMETERS", "A required parameter is missing");
		}
		if (ids.size() > MAX_BUG_IDS) {
			return invalid("EXCEEDED_INPUTS", "A maximum of " + MAX_BUG_IDS + " bug IDs can be specified");
		}
		List<JsonObject> bugs = new ArrayList<>();
		for (String id : ids) {
			this.catalogue.bug(id)
				.or(() -> this.catalogue.bugs().stream().filter((bug) -> bug.bugId().equalsIgnoreCase(id)).findFirst())
				.ifPresent((bug) -> bugs.add(bug(bugs.size() + 1, bug, null, null)));
		}
		return SimResponse.json(new JsonObject().with("bugs", bugs));
	}

	private SimResponse byProduct(SimRequest request, List<String> pids, List<String> releases) {
		if (pids.size() != 1) {
			return invalid(pids.isEmpty() ? "API_MISSING_PARAMETERS" : "EXCEEDED_INPUTS",
					"Exactly one base product ID can be specified");
		}
		if (releases != null && (releases.isEmpty() || releases.size() > MAX_RELEASES)) {
			return invalid("EXCEEDED_INPUTS", "Between 1 and " + MAX_RELEASES + " software releases can be specified");
		}
		String pid = pids.get(0);
		Set<String> wanted = (releases != null) ? new HashSet<>(releases) : null;
		Predicate<Bug> match = (bug) -> wanted == null || bug.affectedReleases().stream().anyMatch(wanted::contains);
		String title = (releases != null) ? "Bug API - Get Bugs by Base Product Id and Software Releases"
				: "Bug API - Get Bugs by Base Product Id";
		return paged(request, this.catalogue.bugsForProduct(pid), match, "base_pid", pid, title);
	}

	private SimResponse byKeyword(SimRequest request, String keyword) {
		if (keyword.isBlank() || keyword.length() > MAX_KEYWORD_LENGTH) {
			return invalid("API_INVALID_INPUT", "The keyword must have 1 to " + MAX_KEYWORD_LENGTH + " characters");
		}
		List<String> terms = new ArrayList<>();
		for (String term : keyword.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
			if (!term.isEmpty()) {
				terms.add(term);
			}
		}
		Predicate<Bug> match = (bug) -> {
			String text = (bug.headline() + " " + bug.description()).toLowerCase(Locale.ROOT);
			return terms.stream().allMatch(text::contains);
		};
		return paged(request, this.catalogue.bugs(), match, null, null, "Bug API - Get Bugs by Keyword");
	}

	private SimResponse byProductName(SimRequest request, String kind, String name, boolean fixed,
			List<String> releases, String releaseKind) {
		if (releases.isEmpty() || releases.size() > MAX_RELEASES) {
			return invalid("EXCEEDED_INPUTS", "Between 1 and " + MAX_RELEASES + " software releases can be specified");
		}
		Set<String> wanted = new HashSet<>(releases);
		Predicate<Bug> releaseMatch = (bug) -> (fixed ? bug.fixedReleases() : bug.affectedReleases()).stream()
			.anyMatch(wanted::contains);
		Predicate<Bug> productMatch;
		if (kind.equals("product_series")) {
			productMatch = (bug) -> bug.productSeries().equalsIgnoreCase(name);
		}
		else {
			Set<String> pids = new HashSet<>();
			for (Product product : this.catalogue.products()) {
				if (product.name().equalsIgnoreCase(name)) {
					pids.add(product.basePid());
				}
			}
			productMatch = (bug) -> bug.basePids().stream().anyMatch(pids::contains);
		}
		String title = "Bug API - Get Bugs by " + (kind.equals("product_series") ? "Product Series" : "Product Name")
				+ " and " + (releaseKind.equals("fixed_in_releases") ? "Fixed in Releases" : "Affected Releases");
		return paged(request, this.catalogue.bugs(), productMatch.and(releaseMatch), kind, name, title);
	}

	/**
	 * A page of the bugs that match. Searches by product echo what was searched in each item, right
	 * after {@code id}, as recorded from Cisco: {@code base_pid}, {@code product_name} or
	 * {@code product_series}.
	 */
	private SimResponse paged(SimRequest request, List<Bug> candidates, Predicate<Bug> match, String echoField,
			String echoValue, String title) {
		int pageIndex = Paging.index(request.query("page_index"));
		if (pageIndex < 0) {
			return invalid("API_INVALID_INPUT", "page_index must be a positive number");
		}
		String status = request.query("status");
		if (status != null && !List.of("O", "F", "T").contains(status.toUpperCase(Locale.ROOT))) {
			return invalid("API_INVALID_INPUT", "status must be one of O, F or T (one value)");
		}
		String severity = request.query("severity");
		if (severity != null && !List.of("1", "2", "3", "4", "5", "6").contains(severity)) {
			return invalid("API_INVALID_INPUT", "severity must be one value from 1 to 6");
		}
		String modified = request.query("modified_date");
		int window = 2;
		if (modified != null) {
			if (!List.of("1", "2", "3", "4", "5").contains(modified)) {
				return invalid("API_INVALID_INPUT", "modified_date must be 1, 2, 3, 4 or 5");
			}
			window = Integer.parseInt(modified);
		}
		String sortBy = request.query("sort_by");
		Comparator<Bug> order = order(sortBy);
		if (order == null) {
			return invalid("API_INVALID_INPUT",
					"sort_by must be status, modified_date, modified_date_earliest, severity or support_case_count");
		}
		int days = switch (window) {
			case 1 -> 7;
			case 2 -> 30;
			case 3 -> 182;
			case 4 -> 365;
			default -> Integer.MAX_VALUE;
		};
		java.time.LocalDate since = (days == Integer.MAX_VALUE) ? java.time.LocalDate.MIN
				: this.catalogue.asOf().minusDays(days);
		List<Bug> bugs = candidates.stream()
			.filter(match)
			.filter((bug) -> status == null || bug.status().equalsIgnoreCase(status))
			.filter((bug) -> severity == null || String.valueOf(bug.severity()).equals(severity))
			.filter((bug) -> !bug.lastModifiedDate().isBefore(since))
			.sorted(order)
			.toList();
		List<Bug> page = Paging.page(bugs, pageIndex, PAGE_SIZE);
		List<JsonObject> items = new ArrayList<>();
		int first = (pageIndex - 1) * PAGE_SIZE;
		for (Bug bug : page) {
			items.add(bug(first + items.size() + 1, bug, echoField, echoValue));
		}
		return SimResponse.json(new JsonObject().with("bugs", items)
			.with("pagination_response_record", Paging.snakeCase(pageIndex, PAGE_SIZE, bugs.size(), items.size(),
					Paging.selfLink(request, pageIndex), title)));
	}

	private static Comparator<Bug> order(String sortBy) {
		if (sortBy == null) {
			return Comparator.comparing(Bug::bugId);
		}
		Comparator<Bug> byId = Comparator.comparing(Bug::bugId);
		return switch (sortBy.toLowerCase(Locale.ROOT)) {
			case "status" -> Comparator.comparing(Bug::status).thenComparing(byId);
			case "modified_date" -> Comparator.comparing(Bug::lastModifiedDate).reversed().thenComparing(byId);
			case "modified_date_earliest" -> Comparator.comparing(Bug::lastModifiedDate).thenComparing(byId);
			case "severity" -> Comparator.comparingInt(Bug::severity).thenComparing(byId);
			case "support_case_count" -> Comparator.comparingInt(Bug::supportCaseCount).reversed().thenComparing(byId);
			default -> null;
		};
	}

	private static JsonObject bug(int id, Bug bug, String echoField, String echoValue) {
		JsonObject item = new JsonObject().with("id", String.valueOf(id));
		if (echoField != null) {
			item.with(echoField, echoValue);
		}
		return item.with("bug_id", bug.bugId())
			.with("headline", bug.headline())
			.with("description", bug.description())
			.with("severity", String.valueOf(bug.severity()))
			.with("status", bug.status())
			.with("behavior_changed", String.valueOf(bug.behaviorChanged()))
			.with("duplicate_of", bug.duplicateOf())
			.with("created_date", (bug.createdDate() != null) ? bug.createdDate().toString() : "")
			.with("last_modified_date", bug.lastModifiedDate().toString())
			.with("product", bug.product())
			.with("known_affected_releases", String.join(" ", bug.affectedReleases()))
			.with("known_fixed_releases", String.join(" ", bug.fixedReleases()))
			.with("support_case_count", String.valueOf(bug.supportCaseCount()));
	}

	private static SimResponse invalid(String code, String description) {
		return SimResponse.json(400, Inputs.errorResponse(code, description, "Please consult the API documentation"))
			.outcome(code);
	}

}
