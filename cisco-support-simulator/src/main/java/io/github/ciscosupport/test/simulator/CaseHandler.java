package io.github.ciscosupport.test.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import io.github.ciscosupport.test.simulator.data.Catalogue;
import io.github.ciscosupport.test.simulator.data.SupportCase;

/**
 * Case v3: summaries by case IDs (at most 30, answered as {@code {"cases":[…],"count":n}}), details
 * of one case, and paged cases (10 per page) of one contract or of up to 10 users, with
 * {@code status_flag}, {@code sort_by}, and {@code date_created_from}/{@code date_created_to}
 * spanning at most 90 days. Validation errors are HTTP 403 with an {@code ErrorResponse}
 * ({@code EXCEEDED_CASEIDS}, {@code INVALID_DATEFORMAT}…), as Cisco documents. Times look like
 * {@code 2021-09-30T14:46:09.000Z}.
 *
 * @author cisco-support-spring
 */
final class CaseHandler implements ApiHandler {

	static final int MAX_CASE_IDS = 30;

	static final int MAX_USER_IDS = 10;

	static final int PAGE_SIZE = 10;

	static final int MAX_DAYS = 90;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final Catalogue catalogue;

	CaseHandler(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Api api() {
		return Api.CASE;
	}

	@Override
	public Route route(SimRequest request, List<String> segments) {
		if (segments.size() == 2 && segments.get(0).equals("case_ids")) {
			List<String> ids = Inputs.split(segments.get(1));
			return Route.get("case_ids", ids, () -> byIds(request, ids));
		}
		if (segments.size() != 3) {
			return null;
		}
		String endpoint = segments.get(0) + "/" + segments.get(1);
		List<String> inputs = Inputs.split(segments.get(2));
		return switch (endpoint) {
			case "details/case_id" -> Route.get(endpoint, inputs, () -> details(inputs));
			case "contracts/contract_ids" -> Route.get(endpoint, inputs,
					() -> (inputs.size() != 1) ? forbidden("EXCEEDED_CONTRACTIDS", "Exactly one contract ID is allowed")
							: paged(request, (c) -> c.contractId().equals(inputs.get(0)), "Get Cases By Contract Id"));
			case "users/user_ids" -> Route.get(endpoint, inputs,
					() -> (inputs.isEmpty() || inputs.size() > MAX_USER_IDS)
							? forbidden("EXCEEDED_USERIDS", "Between 1 and " + MAX_USER_IDS + " user IDs are allowed")
							: paged(request, (c) -> inputs.contains(c.userId()), "Get Cases By User Id"));
			default -> null;
		};
	}

	private SimResponse byIds(SimRequest request, List<String> ids) {
		if (ids.isEmpty() || ids.size() > MAX_CASE_IDS) {
			return forbidden("EXCEEDED_CASEIDS", "Between 1 and " + MAX_CASE_IDS + " case IDs are allowed");
		}
		Comparator<SupportCase> order = order(request.query("sort_by"));
		if (order == null) {
			return forbidden("INVALID_SORTBY", "sort_by must be UPDATED_DATE or STATUS");
		}
		List<SupportCase> cases = this.catalogue.cases()
			.stream()
			.filter((c) -> ids.contains(c.caseId()))
			.sorted(order)
			.toList();
		List<JsonObject> items = new ArrayList<>();
		for (SupportCase supportCase : cases) {
			items.add(summary(items.size() + 1, supportCase));
		}
		return SimResponse.json(new JsonObject().with("cases", items).with("count", items.size()))
			.header("Content-Type", "application/json;charset=UTF-8");
	}

	private SimResponse details(List<String> ids) {
		if (ids.size() != 1) {
			return forbidden("EXCEEDED_CASEIDS", "Exactly one case ID is allowed");
		}
		return this.catalogue.supportCase(ids.get(0))
			.map((c) -> SimResponse.json(new JsonObject().with("caseDetail", detail(c)))
				.header("Content-Type", "application/json;charset=UTF-8"))
			.orElseGet(() -> SimResponse.json(Inputs.errorResponse("NO_RECORDS_FOUND",
					"No case found for " + ids.get(0), "Please check the case ID")).outcome("NO_RECORDS_FOUND"));
	}

	private SimResponse paged(SimRequest request, Predicate<SupportCase> match, String title) {
		int pageIndex = Paging.index(request.query("page_index"));
		if (pageIndex < 0) {
			return forbidden("INVALID_PAGEINDEX", "page_index must be a positive number");
		}
		String statusFlag = request.query("status_flag");
		if (statusFlag != null && !statusFlag.equals("O") && !statusFlag.equals("C")) {
			return forbidden("INVALID_STATUSFLAG", "status_flag must be O or C");
		}
		Comparator<SupportCase> order = order(request.query("sort_by"));
		if (order == null) {
			return forbidden("INVALID_SORTBY", "sort_by must be UPDATED_DATE or STATUS");
		}
		String fromValue = request.query("date_created_from");
		String toValue = request.query("date_created_to");
		Instant from = Instant.MIN;
		Instant to = Instant.MAX;
		if (fromValue != null || toValue != null) {
			try {
				from = instant(fromValue, false);
				to = instant(toValue, true);
			}
			catch (DateTimeParseException | NullPointerException ex) {
				return forbidden("INVALID_DATEFORMAT",
						"date_created_from and date_created_to must both be given as YYYY-MM-DD or "
								+ "YYYY-MM-DDTHH:MM:SS.000Z");
			}
			if (to.isBefore(from) || Duration.between(from, to).toDays() > MAX_DAYS) {
				return forbidden("INVALID_DATERANGE", "The date range must not exceed " + MAX_DAYS + " days");
			}
		}
		Instant start = from;
		Instant end = to;
		List<SupportCase> cases = this.catalogue.cases()
			.stream()
			.filter(match)
			.filter((c) -> statusFlag == null || c.statusFlag().equals(statusFlag))
			.filter((c) -> !c.creationDate().isBefore(start) && !c.creationDate().isAfter(end))
			.sorted(order)
			.toList();
		List<SupportCase> page = Paging.page(cases, pageIndex, PAGE_SIZE);
		List<JsonObject> items = new ArrayList<>();
		int first = (pageIndex - 1) * PAGE_SIZE;
		for (SupportCase supportCase : page) {
			items.add(summary(first + items.size() + 1, supportCase));
		}
		return SimResponse.json(new JsonObject()
			.with("pagination_response_record",
					Paging.snakeCase(pageIndex, PAGE_SIZE, cases.size(), items.size(),
							Paging.selfLink(request, pageIndex), title))
			.with("cases", items)).header("Content-Type", "application/json;charset=UTF-8");
	}

	private static Instant instant(String value, boolean endOfDay) {
		if (value.length() == 10) {
			LocalDate date = LocalDate.parse(value);
			return (endOfDay ? date.plusDays(1).atStartOfDay().minusNanos(1) : date.atStartOfDay())
				.toInstant(ZoneOffset.UTC);
		}
		return Instant.parse(value);
	}

	private static Comparator<SupportCase> order(String sortBy) {
		Comparator<SupportCase> byUpdated = Comparator.comparing(SupportCase::updatedDate).reversed();
		if (sortBy == null || sortBy.equalsIgnoreCase("UPDATED_DATE")) {
			return byUpdated.thenComparing(SupportCase::caseId);
		}
		if (sortBy.equalsIgnoreCase("STATUS")) {
			return Comparator.comparing(SupportCase::status).thenComparing(byUpdated);
		}
		return null;
	}

	private static JsonObject summary(int entry, SupportCase supportCase) {
		return new JsonObject().with("item_entry_id", entry)
			.with("user_id", supportCase.userId())
			.with("case_id", supportCase.caseId())
			.with("title", supportCase.title())
			.with("severity", String.valueOf(supportCase.severity()))
			.with("contact_name", supportCase.contactName())
			.with("status_flag", supportCase.statusFlag())
			.with("status", supportCase.status())
			.with("creation_date", TIME.format(supportCase.creationDate()))
			.with("updated_date", TIME.format(supportCase.updatedDate()))
			.with("serial_number", supportCase.serialNumber())
			.with("contract_id", supportCase.contractId())
			.with("technology_name", supportCase.technology())
			.with("sub_technology_name", supportCase.subTechnology())
			.with("rmas", supportCase.rmaNumbers())
			.with("bugs", supportCase.bugIds());
	}

	private static JsonObject detail(SupportCase supportCase) {
		JsonObject detail = new JsonObject().with("user_id", supportCase.userId())
			.with("case_id", supportCase.caseId())
			.with("title", supportCase.title())
			.with("severity", String.valueOf(supportCase.severity()))
			.with("status", supportCase.status())
			.with("creation_date", TIME.format(supportCase.creationDate()))
			.with("updated_date", TIME.format(supportCase.updatedDate()))
			.with("serial_number", supportCase.serialNumber())
			.with("contract_id", supportCase.contractId())
			.with("contact_name", supportCase.contactName())
			.with("contact_user_id", supportCase.userId())
			.with("preferred_contact_method", "Email")
			.with("contact_email_ids", List.of(supportCase.contactEmail()))
			.with("contact_business_phone_numbers", List.of("+15555550100"))
			.with("contact_mobile_phone_numbers", List.of())
			.with("owner_name", supportCase.ownerName())
			.with("owner_email", supportCase.ownerEmail());
		if (supportCase.closeDate() != null) {
			detail.with("close_date", TIME.format(supportCase.closeDate()));
		}
		List<JsonObject> notes = new ArrayList<>();
		for (SupportCase.Note note : supportCase.notes()) {
			notes.add(new JsonObject().with("note", "")
				.with("note_detail", note.detail())
				.with("created_by", note.createdBy())
				.with("creation_date", TIME.format(note.creationDate())));
		}
		return detail.with("technology_name", supportCase.technology())
			.with("sub_technology_name", supportCase.subTechnology())
			.with("tracking_number", "")
			.with("problem_code_name", supportCase.problemCode())
			.with("request_type", "Diagnose and Fix my Problem")
			.with("rmas", supportCase.rmaNumbers())
			.with("bugs", supportCase.bugIds())
			.with("notes", notes);
	}

	private static SimResponse forbidden(String code, String description) {
		return SimResponse.json(403, Inputs.errorResponse(code, description, "Please consult the API documentation"))
			.outcome(code);
	}

}
