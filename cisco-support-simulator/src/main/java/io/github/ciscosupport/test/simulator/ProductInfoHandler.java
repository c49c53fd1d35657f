package io.github.ciscosupport.test.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.ciscosupport.test.simulator.data.Catalogue;
import io.github.ciscosupport.test.simulator.data.Device;
import io.github.ciscosupport.test.simulator.data.Product;

/**
 * Product Information v1: {@code serial_numbers/{sns}}, {@code product_ids/{pids}} and
 * {@code product_ids_mdf/{pids}}, at most 5 inputs. The pagination block is all zeros, even on
 * success, as Cisco serves it. An input without data gives an item carrying only the input and an
 * {@code ErrorResponse}.
 *
 * @author cisco-support-spring
 */
final class ProductInfoHandler implements ApiHandler {

	static final int MAX_INPUTS = 5;

	private final Catalogue catalogue;

	ProductInfoHandler(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Api api() {
		return Api.PRODUCT_INFO;
	}

	@Override
	public Route route(SimRequest request, List<String> segments) {
		if (segments.size() != 2) {
			return null;
		}
		String endpoint = segments.get(0);
		List<String> inputs = Inputs.split(segments.get(1));
		return switch (endpoint) {
			case "serial_numbers" -> Route.get(endpoint, inputs, () -> respond(inputs, "sr_no", this::bySerial));
			case "product_ids" -> Route.get(endpoint, inputs,
					() -> respond(inputs, "base_pid", (id, pid) -> this.catalogue.product(pid)
						.map((product) -> product(new JsonObject().with("id", id), product))
						.orElse(null)));
			case "product_ids_mdf" -> Route.get(endpoint, inputs,
					() -> respond(inputs, "product_id", (id, pid) -> this.catalogue.product(pid)
						.map((product) -> mdf(id, product))
						.orElse(null)));
			default -> null;
		};
	}

	private SimResponse respond(List<String> inputs, String key, Lookup lookup) {
		if (inputs.size() > MAX_INPUTS) {
			return SimResponse.json(400, Inputs.errorResponse("EXCEEDED_INPUTS",
					"The number of inputs exceeds the maximum of " + MAX_INPUTS,
					"Please reduce the number of inputs to " + MAX_INPUTS + " or fewer"))
				.outcome("EXCEEDED_INPUTS");
		}
		List<JsonObject> items = new ArrayList<>();
		for (String input : inputs) {
			String id = String.valueOf(items.size() + 1);
			JsonObject item = lookup.find(id, input);
			items.add((item != null) ? item
					: new JsonObject().with(key, input)
						.with("ErrorResponse", Inputs.itemErrorResponse("NO_RECORDS_FOUND",
								"No records found for " + input, "Please check the input and try again")));
		}
		return SimResponse.json(new JsonObject()
			.with("pagination_response_record",
					new JsonObject().with("last_index", 0)
						.with("page_index", 0)
						.with("page_records", 0)
						.with("total_records", 0))
			.with("product_list", items));
	}

	private JsonObject bySerial(String id, String serial) {
		Device device = this.catalogue.device(serial).orElse(null);
		if (device == null) {
			return null;
		}
		Product product = this.catalogue.product(device.productId()).orElseThrow();
		return product(new JsonObject().with("id", id).with("sr_no", device.serialNumber()), product);
	}

	private static JsonObject product(JsonObject item, Product product) {
		boolean reference = product.productId().equals("WS-C3560-48PS-S");
		int hash = Math.abs(product.productId().hashCode());
		String dimensions = reference ? "1.73 x 17.5 x 11.8 in"
				: String.format(Locale.ROOT, "%.2f x %.1f x %.1f in", 1.0 + (hash % 300) / 100.0,
						10.0 + (hash % 80) / 10.0, 8.0 + (hash % 120) / 10.0);
		String weight = reference ? "10.0 lb" : String.format(Locale.ROOT, "%.1f lb", 0.5 + (hash % 400) / 10.0);
		String slug = product.productId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		return item.with("base_pid", product.basePid())
			.with("orderable_pid", product.productId())
			.with("product_name", product.name())
			.with("product_type", product.type())
			.with("product_series", product.series())
			.with("product_category", product.category())
			.with("product_subcategory", product.subcategory())
			.with("release_date", product.releaseDate().toString())
			.with("orderable_status", product.orderable() ? "Orderable" : "Not Orderable")
			.with("dimensions", new JsonObject().with("dimensions_format", "H x W x D").with("dimensions_value", dimensions))
			.with("weight", weight)
			.with("form_factor", formFactor(product))
			.with("product_support_page",
					"https://www.cisco.com/c/en/us/support/" + slug(product.type()) + "/" + slug(product.series())
							+ "/series.html")
			.with("visio_stencil_url", "https://www.cisco.com/c/en/us/products/visio-stencil-listing.html")
			.with("rich_media_urls",
					new JsonObject()
						.with("large_image_url",
								"https://www.cisco.com/c/dam/assets/prod/visual-library/" + slug + "-large.jpg")
						.with("small_image_url",
								"https://www.cisco.com/c/dam/assets/prod/visual-library/" + slug + "-small.jpg"));
	}

	private static JsonObject mdf(String id, Product product) {
		return new JsonObject().with("id", id)
			.with("product_id", product.productId())
			.with("product_name", product.name())
			.with("product_name_mdf", product.name())
			.with("product_series", product.series())
			.with("product_series_mdf", product.series());
	}

	private static String formFactor(Product product) {
		return switch (product.itemType()) {
			case "MODULE" -> "Module";
			case "POWER SUPPLY" -> "Power Supply";
			case "TRANSCEIVER" -> "Pluggable";
			default -> product.subcategory().contains("Modular") ? "Modular" : "Fixed";
		};
	}

	private static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replace("cisco ", "").replaceAll("[^a-z0-9]+", "-");
	}

	@FunctionalInterface
	private interface Lookup {

		JsonObject find(String id, String input);

	}

}
