package io.github.ciscosupport.test.simulator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.ciscosupport.test.simulator.data.Catalogue;
import io.github.ciscosupport.test.simulator.data.Customer;
import io.github.ciscosupport.test.simulator.data.Rma;

/**
 * Service Order Return (RMA) v1.0: details of one RMA ({@code rma_numbers/{rma}}) and the RMAs of
 * one user ({@code users/user_ids/{id}?fromDate=&toDate=&status=&sortBy=&pageIndex=}, by default
 * the last 30 days before the catalogue's as-of date, 10 per page). Pagination values are strings
 * in {@code APIPagination}, {@code rmaNo} is a number, and errors come as {@code APIError} inside
 * HTTP 200, wrapped in {@code OrderList} for user queries.
 *
 * @author cisco-support-spring
 */
final class RmaHandler implements ApiHandler {

	static final int PAGE_SIZE = 10;

	private final Catalogue catalogue;

	RmaHandler(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Api api() {
		return Api.RMA;
	}

	@Override
	public Route route(SimRequest request, List<String> segments) {
		if (segments.size() == 2 && segments.get(0).equals("rma_numbers")) {
			List<String> numbers = Inputs.split(segments.get(1));
			return Route.get("rma_numbers", numbers, () -> byNumber(request, numbers));
		}
		if (segments.size() == 3 && segments.get(0).equals("users") && segments.get(1).equals("user_ids")) {
			List<String> users = Inputs.split(segments.get(2));
			return Route.get("users/user_ids", users, () -> byUser(request, users));
		}
		return null;
	}

	private SimResponse byNumber(SimRequest request, List<String> numbers) {
		if (numbers.size() != 1) {
			return SimResponse.json(apiError("SVO_INVALID_INPUT", "Only one RMA number is supported per request.",
					String.join(",", numbers))).outcome("SVO_INVALID_INPUT");
		}
		Rma rma = null;
		try {
			rma = this.catalogue.rma(Long.parseLong(numbers.get(0))).orElse(null);
		}
		catch (NumberFormatException ex) {
			// not a number: no such RMA
		}
		if (rma == null) {
			return SimResponse.json(apiError("SVO_NO_RECORDS", "No order found for the given request.",
					numbers.get(0))).outcome("SVO_NO_RECORDS");
		}
		return SimResponse.json(new JsonObject()
			.with("APIPagination", pagination(1, 1, 1, 1, request.path()))
			.with("returns", new JsonObject().with("RmaRecord", List.of(detail(rma)))));
	}

	private SimResponse byUser(SimRequest request, List<String> users) {
		if (users.size() != 1) {
			return orderListError("SVO_INVALID_INPUT", "Only one user ID is supported per request.");
		}
		LocalDate to;
		LocalDate from;
		try {
			String toValue = request.query("toDate");
			String fromValue = request.query("fromDate");
			to = (toValue != null) ? LocalDate.parse(toValue) : this.catalogue.asOf();
			from = (fromValue != null) ? LocalDate.parse(fromValue) : to.minusDays(30);
		}
		catch (DateTimeParseException ex) {
			return orderListError("SVO_INVALID_DATE", "fromDate and toDate must be YYYY-MM-DD dates.");
		}
		int pageIndex = Paging.index(request.query("pageIndex"));
		if (pageIndex < 0) {
			return orderListError("SVO_INVALID_INPUT", "pageIndex must be a positive number.");
		}
		String status = request.query("status");
		String sortBy = request.query("sortBy");
		Comparator<Rma> order = Comparator.comparing(Rma::orderDate).reversed().thenComparingLong(Rma::rmaNumber);
		if ("status".equalsIgnoreCase(sortBy)) {
			order = Comparator.comparing(Rma::status).thenComparing(order);
		}
		String user = users.get(0);
		List<Rma> rmas = this.catalogue.rmas()
			.stream()
			.filter((rma) -> rma.userId().equals(user))
			.filter((rma) -> !rma.orderDate().isBefore(from) && !rma.orderDate().isAfter(to))
			.filter((rma) -> status == null || rma.status().equalsIgnoreCase(status))
			.sorted(order)
			.toList();
		if (rmas.isEmpty()) {
			return orderListError("SVO_NO_RECORDS", "No order found for the given request.");
		}
		List<Rma> page = Paging.page(rmas, pageIndex, PAGE_SIZE);
		List<JsonObject> returns = new ArrayList<>();
		for (Rma rma : page) {
			returns.add(summary(rma));
		}
		return SimResponse.json(new JsonObject().with("OrderList", new JsonObject()
			.with("APIPagination",
					pagination(pageIndex, Paging.lastIndex(rmas.size(), PAGE_SIZE), rmas.size(), page.size(),
							request.path()))
			.with("users", List.of(new JsonObject().with("userId", user)
				.with("returnCount", String.valueOf(rmas.size()))
				.with("returns", returns)))));
	}

	private static JsonObject pagination(int pageIndex, int lastIndex, int total, int pageRecords, String path) {
		return new JsonObject().with("pageIndex", String.valueOf(pageIndex))
			.with("lastIndex", String.valueOf(lastIndex))
			.with("totalRecords", String.valueOf(total))
			.with("pageRecords", String.valueOf(pageRecords))
			.with("title", "Service Order RMA API")
			.with("selfLink", "https://api.cisco.com" + path);
	}

	private static JsonObject summary(Rma rma) {
		JsonObject summary = new JsonObject().with("rmaNo", rma.rmaNumber())
			.with("status", rma.status())
			.with("orderDate", rma.orderDate().toString())
			.with("caseId", rma.caseId())
			.with("orderedPart", rma.partNumber())
			.with("customerProvidedSN", rma.serialNumber());
		if (rma.courier() != null) {
			summary.with("courierList", rma.courier());
		}
		return summary.with("shippingAddress", address(rma.shipTo()));
	}

	private static JsonObject detail(Rma rma) {
		JsonObject detail = new JsonObject().with("rmaNo", rma.rmaNumber())
			.with("status", rma.status())
			.with("orderDate", rma.orderDate().toString())
			.with("caseId", rma.caseId())
			.with("requestedShipDate", rma.orderDate().toString())
			.with("originator", rma.userId().toUpperCase(java.util.Locale.ROOT))
			.with("allowPartialShipment", "")
			.with("failureClass", rma.failureClass())
			.with("failureCode", rma.failureCode())
			.with("contractId", rma.contractId())
			.with("serviceLevel", rma.serviceLevel())
			.with("customerRefInfo",
					new JsonObject().with("customerPONumber", "")
						.with("origSalesOrderNumber", String.valueOf(rma.rmaNumber()))
						.with("customerRefNumber", "")
						.with("customerProvidedSN", rma.serialNumber()))
			.with("shipToInfo", address(rma.shipTo()))
			.with("billToInfo", address(rma.shipTo()));
		JsonObject line = new JsonObject().with("partsLineRef", "1")
			.with("partsLineStatus", rma.status())
			.with("partsTransactionType", "ARPRM-SHIP-US")
			.with("shippedPartNo", rma.partNumber())
			.with("partsDescription", rma.partDescription())
			.with("partsQtyAuth", "1")
			.with("partsScheduledShipTime", rma.orderDate().toString())
			.with("partsShipmentWarehouse", "SJC");
		JsonObject replacement = new JsonObject();
		if (rma.shipDate() != null) {
			replacement.with("trackingInfo",
					new JsonObject().with("trackingNumber", rma.trackingNumber())
						.with("courierList", rma.courier())
						.with("shipDate", rma.shipDate().toString()));
			line.with("partsqtyShipped", "1").with("partsShipDate", rma.shipDate().toString())
				.with("partsDispatchStatus", "DISPATCHED")
				.with("shippedSerialID", rma.replacementSerialNumber());
		}
		detail.with("replacementParts", replacement.with("partsLineDetails", List.of(line)));
		if ("Closed".equals(rma.status())) {
			detail.with("returnLines", new JsonObject().with("returnParts",
					List.of(new JsonObject().with("returnLineRef", "2")
						.with("returnLineStatus", "Closed")
						.with("returnTransactionType", "ARPRM-RETURN-US")
						.with("receivedPartNo", rma.partNumber())
						.with("returnDescription", rma.partDescription())
						.with("returnQtyAuth", "1")
						.with("returnToCiscoBy", rma.orderDate().plusDays(10).toString())
						.with("reqturnQtyReceived", "1")
						.with("returnDateReceived", rma.shipDate().plusDays(7).toString())
						.with("returnWarehouse", "SJC")
						.with("receivedSerialNumber", rma.serialNumber()))));
		}
		// Cisco sends the labor and note blocks with empty strings when there was no onsite work
		JsonObject labor = new JsonObject().with("laborTaskNumber", "")
			.with("laborStatus", "")
			.with("primaryProductFamily", "")
			.with("laborScheduledTime", "")
			.with("laborDispatch", "")
			.with("laborDispatchOrCancellationNotes", "");
		detail.with("laborDetails", new JsonObject().with("fieldEngineerName", "")
			.with("fieldEngineerPhone", "")
			.with("fieldEngineerOnRouteTime", "")
			.with("fieldEngineerArrivedTime", "")
			.with("fieldEngineerReleasedTime", "")
			.with("laborLines", List.of(labor)));
		return detail.with("notes", new JsonObject().with("addlComments", "")
			.with("failureDescription", "Unit failed: " + rma.failureCode())
			.with("fieldEngineerInstructions", "")
			.with("partDeliveryInstructions", "")
			.with("partialShipmentNote", "")
			.with("specialInstructions", ""));
	}

	private static JsonObject address(Customer customer) {
		return new JsonObject().with("customerName", customer.name())
			.with("address1", customer.address())
			.with("address2", "")
			.with("city", customer.city())
			.with("state", customer.state())
			.with("country", customer.country())
			.with("postalCode", customer.postalCode())
			.with("stateProv", customer.state());
	}

	private static JsonObject apiError(String code, String description, String input) {
		JsonObject error = new JsonObject().with("errorCode", code)
			.with("errorDescription", description)
			.with("suggestedAction", description);
		if (input != null) {
			error.with("inputIdentifier", input);
		}
		return new JsonObject().with("APIError", new JsonObject().with("Error", List.of(error)));
	}

	private static SimResponse orderListError(String code, String description) {
		return SimResponse.json(new JsonObject().with("OrderList", apiError(code, description, null))).outcome(code);
	}

}
