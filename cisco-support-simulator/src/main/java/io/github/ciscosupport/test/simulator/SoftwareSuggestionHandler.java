package io.github.ciscosupport.test.simulator;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.github.ciscosupport.test.simulator.data.Catalogue;
import io.github.ciscosupport.test.simulator.data.Product;
import io.github.ciscosupport.test.simulator.data.SoftwareFamily;
import io.github.ciscosupport.test.simulator.data.SoftwareRelease;

/**
 * Software Suggestion v2: {@code software/}, {@code releases/} (no images) and {@code compatible/}
 * suggestions by PID ({@code productIds/{pids}}, {@code compatible/productId/{pid}}) or MDF ID
 * ({@code mdfIds/{ids}}, {@code compatible/mdfId/{id}}). At most 10 inputs (1 for
 * {@code compatible}); one {@code productList} item per software type, so a PID can yield several;
 * camelCase pagination; empty fields omitted; errors in {@code errorDetailsResponse} at the top
 * level or per suggestion, inside HTTP 200. Dates look like {@code 19-May-2017}.
 *
 * @author cisco-support-spring
 */
final class SoftwareSuggestionHandler implements ApiHandler {

	static final int MAX_INPUTS = 10;

	static final int PAGE_SIZE = 10;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

	private final Catalogue catalogue;

	SoftwareSuggestionHandler(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Api api() {
		return Api.SOFTWARE_SUGGESTION;
	}

	@Override
	public Route route(SimRequest request, List<String> segments) {
		if (segments.size() != 3) {
			return null;
		}
		String kind = segments.get(0);
		String by = segments.get(1);
		List<String> inputs = Inputs.split(segments.get(2));
		String endpoint = kind + "/" + by;
		boolean pids = by.equals("productIds") || by.equals("productId");
		boolean valid = switch (kind) {
			case "software", "releases" -> by.equals("productIds") || by.equals("mdfIds");
			case "compatible" -> by.equals("productId") || by.equals("mdfId");
			default -> false;
		};
		if (!valid) {
			return null;
		}
		return Route.get(endpoint, inputs, () -> respond(request, kind, pids, inputs));
	}

	private SimResponse respond(SimRequest request, String kind, boolean pids, List<String> inputs) {
		int max = kind.equals("compatible") ? 1 : MAX_INPUTS;
		if (inputs.isEmpty() || inputs.size() > max) {
			return failure("S3_INV_INPUT", "Between 1 and " + max + " inputs can be specified",
					"Please correct the number of inputs", String.join(",", inputs));
		}
		int pageIndex = Paging.index(request.query("pageIndex"));
		if (pageIndex < 0) {
			return failure("S3_INV_QUERY_PARAM", "Invalid pageIndex", "pageIndex must be a positive number",
					request.query("pageIndex"));
		}
		List<JsonObject> items = new ArrayList<>();
		for (String input : inputs) {
			List<Product> products = pids ? this.catalogue.product(input).map(List::of).orElse(List.of())
					: this.catalogue.productsByMdfId(input);
			if (products.isEmpty()) {
				items.add(error(items.size() + 1, new JsonObject().with(pids ? "basePID" : "mdfId", input),
						pids ? "S3_INV_BASEPID" : "S3_INV_MDFID",
						pids ? "Invalid Base PID" : "Invalid MDF ID", input));
				continue;
			}
			for (Product product : products) {
				List<SoftwareFamily> software = this.catalogue.software(product.productId());
				if (software.isEmpty()) {
					items.add(error(items.size() + 1, product(product, null), "S3_NO_SOFT_AVL",
							"No software is available for the given input", input));
					continue;
				}
				for (SoftwareFamily family : software) {
					items.add(item(items.size() + 1, request, kind, product, family, input));
				}
			}
		}
		List<JsonObject> page = Paging.page(items, pageIndex, PAGE_SIZE);
		return SimResponse.json(new JsonObject().with("status", "Success")
			.with("paginationResponseRecord",
					new JsonObject().with("pageIndex", pageIndex)
						.with("lastIndex", Paging.lastIndex(items.size(), PAGE_SIZE))
						.with("totalRecords", items.size())
						.with("pageRecords", page.size()))
			.with("productList", page));
	}

	private JsonObject item(int id, SimRequest request, String kind, Product product, SoftwareFamily family,
			String input) {
		List<SoftwareRelease> releases = family.suggested();
		if (kind.equals("compatible")) {
			String currentRelease = request.query("currentRelease");
			String currentImage = request.query("currentImage");
			int current = -1;
			for (int i = 0; i < family.releases().size(); i++) {
				SoftwareRelease release = family.releases().get(i);
				boolean imageMatches = currentImage != null && release.images()
					.stream()
					.anyMatch((image) -> image.imageName().equals(currentImage));
				if (release.releaseFormat1().equals(currentRelease) || imageMatches) {
					current = i;
				}
			}
			if ((currentRelease != null || currentImage != null) && current < 0) {
				return error(id, product(product, family.softwareType()), "S3_INV_CURR_IMG_REL",
						"Invalid current image or release", input);
			}
			releases = family.releases().subList(current + 1, family.releases().size());
		}
		List<JsonObject> suggestions = new ArrayList<>();
		for (SoftwareRelease release : releases) {
			suggestions.add(suggestion(suggestions.size() + 1, release, family.softwareType(), !kind.equals("releases")));
		}
		if (suggestions.isEmpty()) {
			return error(id, product(product, family.softwareType()), "S3_NO_SOFT_AVL",
					"No newer software is available for the given input", input);
		}
		return new JsonObject().with("id", String.valueOf(id))
			.with("product", product(product, family.softwareType()))
			.with("suggestions", suggestions);
	}

	private static JsonObject product(Product product, String softwareType) {
		return new JsonObject().with("basePID", product.productId())
			.withPresent("mdfId", product.mdfId())
			.withPresent("productName", product.name())
			.withPresent("softwareType", softwareType);
	}

	private static JsonObject suggestion(int id, SoftwareRelease release, String softwareType, boolean images) {
		JsonObject suggestion = new JsonObject().with("id", String.valueOf(id))
			.with("isSuggested", release.suggested() ? "Y" : "N")
			.with("releaseFormat1", release.releaseFormat1())
			.with("releaseFormat2", release.releaseFormat2())
			.with("releaseDate", DATE.format(release.releaseDate()))
			.withPresent("majorRelease", release.majorRelease())
			.withPresent("releaseTrain", release.releaseTrain())
			.withPresent("releaseLifeCycle", release.lifeCycle())
			.with("relDispName", release.releaseFormat1())
			.with("trainDispName", release.majorRelease() + release.releaseTrain());
		if (images) {
			Function<SoftwareRelease.Image, JsonObject> image = (i) -> new JsonObject().with("imageName", i.imageName())
				.with("imageSize", String.valueOf(i.imageSize()))
				.withPresent("featureSet", i.featureSet())
				.with("description", softwareType + " " + release.releaseFormat1())
				.withPresent("requiredDRAM", (i.requiredDram() > 0) ? String.valueOf(i.requiredDram()) : null)
				.withPresent("requiredFlash", (i.requiredFlash() > 0) ? String.valueOf(i.requiredFlash()) : null);
			suggestion.with("images", release.images().stream().map(image).toList());
		}
		return suggestion;
	}

	private static JsonObject error(int id, JsonObject product, String code, String description, String input) {
		return new JsonObject().with("id", String.valueOf(id))
			.with("product", product)
			.with("suggestions", List.of(new JsonObject().with("id", "1")
				.with("errorDetailsResponse", errorDetails(code, description, "Please correct the input", input))));
	}

	private static SimResponse failure(String code, String description, String action, String input) {
		return SimResponse.json(new JsonObject().with("status", "Failure")
			.with("errorDetailsResponse", errorDetails(code, description, action, input))).outcome(code);
	}

	private static JsonObject errorDetails(String code, String description, String action, String input) {
		return new JsonObject().with("errorCode", code)
			.with("errorDescription", description)
			.with("suggestedAction", action)
			.withPresent("inputIdentifier", input);
	}

}
