package io.github.ciscosupport.test.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.github.ciscosupport.test.simulator.data.Catalogue;
import io.github.ciscosupport.test.simulator.data.Customer;
import io.github.ciscosupport.test.simulator.data.Device;
import io.github.ciscosupport.test.simulator.data.Product;

/**
 * Serial Number to Information (SN2INFO) v2: coverage status, coverage summary by serial or
 * instance number (the only paged endpoints), orderable PIDs and owner coverage status. At most 75
 * inputs. Uncovered serial numbers come back with {@code is_covered: NO} and nothing else; unknown
 * ones with an item-level {@code ErrorResponse} whose {@code APIError} is an object.
 *
 * @author cisco-support-spring
 */
final class Sn2InfoHandler implements ApiHandler {

	static final int MAX_INPUTS = 75;

	/** Items per coverage summary page. Cisco does not document it; the simulator uses 10. */
	static final int PAGE_SIZE = 10;

	private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9-]{1,40}");

	private final Catalogue catalogue;

	Sn2InfoHandler(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Api api() {
		return Api.SN2INFO;
	}

	@Override
	public Route route(SimRequest request, List<String> segments) {
		String path = String.join("/", segments.subList(0, Math.max(0, segments.size() - 1)));
		List<String> inputs = segments.isEmpty() ? List.of() : Inputs.split(segments.get(segments.size() - 1));
		return switch (path) {
			case "coverage/status/serial_numbers" -> Route.get(path, inputs,
					() -> validated(inputs, () -> SimResponse.json(new JsonObject().with("serial_numbers",
							items(inputs, (device) -> status(device, false))))));
			case "coverage/owner_status/serial_numbers" -> Route.get(path, inputs,
					() -> validated(inputs, () -> SimResponse.json(new JsonObject().with("serial_numbers",
							items(inputs, (device) -> status(device, true))))));
			case "identifiers/orderable/serial_numbers" -> Route.get(path, inputs,
					() -> validated(inputs, () -> SimResponse.json(new JsonObject().with("serial_numbers",
							items(inputs, this::orderable)))));
			case "coverage/summary/serial_numbers" -> Route.get(path, inputs,
					() -> validated(inputs, () -> summary(request, inputs, false)));
			case "coverage/summary/instance_numbers" -> Route.get(path, inputs,
					() -> validated(inputs, () -> summary(request, inputs, true)));
			default -> null;
		};
	}

	private static SimResponse validated(List<String> inputs, java.util.function.Supplier<SimResponse> action) {
		if (inputs.isEmpty()) {
			return SimResponse.json(400, Inputs.errorResponse("API_MISSING_PARAMETERS",
					"A required parameter is missing", "Please consult the API documentation"))
				.outcome("API_MISSING_PARAMETERS");
		}
		if (inputs.size() > MAX_INPUTS) {
			return SimResponse.json(400, Inputs.errorResponse("EXCEEDED_INPUTS",
					"The number of inputs exceeds the maximum of " + MAX_INPUTS,
					"Please reduce the number of inputs to " + MAX_INPUTS + " or fewer"))
				.outcome("EXCEEDED_INPUTS");
		}
		return action.get();
	}

	private List<JsonObject> items(List<String> serials, Function<Device, JsonObject> mapper) {
		List<JsonObject> items = new ArrayList<>();
		for (String serial : serials) {
			Device device = SERIAL.matcher(serial).matches() ? this.catalogue.device(serial).orElse(null) : null;
			items.add((device != null) ? mapper.apply(device) : unknown("sr_no", serial));
		}
		return items;
	}

	private static JsonObject unknown(String key, String input) {
		boolean wellFormed = SERIAL.matcher(input).matches();
		return new JsonObject().with(key, input)
			.with("ErrorResponse", wellFormed
					? Inputs.itemErrorResponse("NO_RECORDS_FOUND", "No records found for " + input,
							"Please check the input and try again")
					: Inputs.itemErrorResponse("API_INVALID_INPUT", "Invalid input " + input,
							"Please provide a valid value"));
	}

	private static JsonObject status(Device device, boolean owner) {
		JsonObject item = new JsonObject().with("sr_no", device.serialNumber())
			.with("is_covered", device.covered() ? "YES" : "NO");
		if (device.covered()) {
			item.with("coverage_end_date", device.coverageEndDate().toString());
		}
		if (owner) {
			item.with("sr_no_owner", device.owned() ? "YES" : "NO");
		}
		return item;
	}

	private JsonObject orderable(Device device) {
		Product product = this.catalogue.product(device.productId()).orElseThrow();
		boolean chassis = "CHASSIS".equals(product.itemType());
		return new JsonObject().with("sr_no", device.serialNumber())
			.with("orderable_pid_list",
					List.of(new JsonObject().with("orderable_pid", product.productId())
						.with("pillar_code", chassis ? "1,2,3" : "1")
						.with("pillar_description",
								chassis ? "TAC SUPPORT, HARDWARE REPLACEMENT, SOFTWARE UPDATES" : "TAC SUPPORT")));
	}

	private SimResponse summary(SimRequest request, List<String> inputs, boolean instances) {
		int pageIndex = Paging.index(request.query("page_index"));
		if (pageIndex < 0) {
			return SimResponse.json(400, Inputs.errorResponse("API_INVALID_INPUT", "Invalid page_index",
					"page_index must be a positive number"))
				.outcome("API_INVALID_INPUT");
		}
		List<JsonObject> all = new ArrayList<>();
		for (String input : inputs) {
			Device device = instances ? this.catalogue.deviceByInstanceNumber(input).orElse(null)
					: (SERIAL.matcher(input).matches() ? this.catalogue.device(input).orElse(null) : null);
			JsonObject item = new JsonObject().with("id", String.valueOf(all.size() + 1));
			if (device == null) {
				JsonObject unknown = unknown(instances ? "instance_number" : "sr_no", input);
				item.putAll(unknown);
			}
			else {
				item.putAll(summaryItem(device, instances));
			}
			all.add(item);
		}
		List<JsonObject> page = Paging.page(all, pageIndex, PAGE_SIZE);
		String title = instances ? "Get Coverage Summary by Instance Numbers - SN2INFO API"
				: "Get Coverage Summary by Serial Numbers - SN2INFO API";
		return SimResponse.json(new JsonObject()
			.with("pagination_response_record",
					Paging.snakeCase(pageIndex, PAGE_SIZE, all.size(), page.size(), Paging.selfLink(request, pageIndex),
							title))
			.with(instances ? "instance_numbers" : "serial_numbers", page));
	}

	private JsonObject summaryItem(Device device, boolean instances) {
		Product product = this.catalogue.product(device.productId()).orElseThrow();
		JsonObject item = new JsonObject();
		if (instances) {
			item.with("instance_number", device.instanceNumber());
		}
		item.with("sr_no", device.serialNumber())
			.with("parent_sr_no", (device.parentSerialNumber() != null) ? device.parentSerialNumber() : "")
			.with("is_covered", device.covered() ? "YES" : "NO")
			.with("base_pid_list", List.of(new JsonObject().with("base_pid", product.basePid())))
			.with("orderable_pid_list",
					List.of(new JsonObject().with("orderable_pid", product.productId())
						.with("item_description", product.description())
						.with("item_position", (device.parentSerialNumber() != null) ? "C" : "P")
						.with("item_type", product.itemType())
						.with("pillar_code", "CHASSIS".equals(product.itemType()) ? "1,2,3" : "1")));
		if (device.covered()) {
			Customer customer = device.customer();
			item.withPresent("contract_site_customer_name", customer.name())
				.withPresent("contract_site_address1", customer.address())
				.withPresent("contract_site_city", customer.city())
				.withPresent("contract_site_state_province", customer.state())
				.withPresent("contract_site_country", customer.country())
				.with("covered_product_line_end_date", device.coverageEndDate().toString())
				.with("service_contract_number", device.contractNumber())
				.with("service_line_descr", device.serviceLine());
		}
		if (device.warrantyEndDate() != null) {
			item.with("warranty_end_date", device.warrantyEndDate().toString())
				.with("warranty_type", device.warrantyType())
				.with("warranty_type_description", "http://www.cisco.com/go/warranty");
		}
		return item;
	}

}
