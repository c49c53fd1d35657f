package io.github.ciscosupport.test.simulator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.github.ciscosupport.test.simulator.data.Catalogue;
import io.github.ciscosupport.test.simulator.data.Device;
import io.github.ciscosupport.test.simulator.data.EoxRecord;

/**
 * EoX v5: {@code EOXByProductID/{page}/{pids}} (wildcards of at least 3 characters),
 * {@code EOXBySerialNumber/{page}/{sns}}, {@code EOXByDates/{page}/{start}/{end}?eoxAttrib=} and
 * {@code EOXBySWReleaseString/{page}/?input1=12.2,IOS} (the form of Cisco's recorded traffic, with
 * a slash after the page number; the form without it is accepted too, and the query parameters may
 * come in any order). 1000 records per page, page number in the path, at most 20 inputs, errors
 * inside HTTP 200 bodies ({@code EOXError} at the top level or per record). Records that several inputs resolve to are merged, their {@code EOXInputValue} a
 * comma-joined list; PID inputs other than the last keep a trailing space, as recorded from Cisco.
 *
 * @author cisco-support-spring
 */
final class EoxHandler implements ApiHandler {

	static final int PAGE_SIZE = 1000;

	private static final int MAX_INPUTS = 20;

	private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9-]{1,40}");

	private static final Map<String, Function<EoxRecord, LocalDate>> ATTRIBUTES = attributes();

	private final Catalogue catalogue;

	EoxHandler(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Api api() {
		return Api.EOX;
	}

	@Override
	public Route route(SimRequest request, List<String> segments) {
		if (segments.size() < 2) {
			return null;
		}
		String endpoint = segments.get(0);
		String page = segments.get(1);
		switch (endpoint) {
			case "EOXByProductID":
				if (segments.size() > 3) {
					return null;
				}
				List<String> pids = (segments.size() == 3) ? Inputs.split(segments.get(2)) : List.of();
				return Route.get(endpoint, pids, () -> encoded(request, () -> byProductIds(page, pids)));
			case "EOXBySerialNumber":
				if (segments.size() > 3) {
					return null;
				}
				List<String> serials = (segments.size() == 3) ? Inputs.split(segments.get(2)) : List.of();
				return Route.get(endpoint, serials, () -> encoded(request, () -> bySerialNumbers(page, serials)));
			case "EOXByDates":
				if (segments.size() != 4) {
					return null;
				}
				return Route.get(endpoint, segments.subList(2, 4),
						() -> encoded(request, () -> byDates(page, segments.get(2), segments.get(3),
								request.query("eoxAttrib"))));
			case "EOXBySWReleaseString":
				if (segments.size() != 2) {
					return null;
				}
				List<String> releases = softwareInputs(request);
				return Route.get(endpoint, releases, () -> encoded(request, () -> bySoftware(page, request)))
					.withFreeText();
			default:
				return null;
		}
	}

	private static SimResponse encoded(SimRequest request, java.util.function.Supplier<Object> body) {
		String encoding = request.query("responseencoding");
		if (encoding != null && !encoding.equalsIgnoreCase("json")) {
			return SimResponse.text(406, "text/plain", "The Cisco Support API simulator serves EoX as JSON only: "
					+ "use responseencoding=json").outcome("not_acceptable");
		}
		return SimResponse.json(body.get());
	}

	private Object byProductIds(String page, List<String> pids) {
		int pageIndex = Paging.index(page);
		if (pageIndex < 0) {
			return topError("SSA_ERR_010", "The pageIndex value specified is invalid. Please correct the pageIndex "
					+ "value and try again.");
		}
		if (pids.isEmpty()) {
			return topError("SSA_ERR_016", "The productIDs value is empty. Please specify at least one product ID.");
		}
		if (pids.size() > MAX_INPUTS) {
			return topError("SSA_ERR_003", "A maximum of 20 product IDs can be specified per request. Please reduce "
					+ "the number of product IDs and try again.");
		}
		Map<String, Merged> merged = new LinkedHashMap<>();
		List<JsonObject> records = new ArrayList<>();
		for (int i = 0; i < pids.size(); i++) {
			String pid = pids.get(i);
			String inputValue = (i < pids.size() - 1) ? pid + " " : pid;
			if (pid.contains("*")) {
				if (pid.replace("*", "").length() < 3) {
					records.add(errorRecord("ShowEOXByPids", inputValue, "SSA_ERR_032",
							"A wildcard search needs at least 3 characters: " + pid, "PRODUCT_ID", pid));
					continue;
				}
				Pattern pattern = Pattern.compile(Pattern.quote(pid).replace("*", "\\E.*\\Q"),
						Pattern.CASE_INSENSITIVE);
				List<EoxRecord> matches = this.catalogue.eoxRecords()
					.stream()
					.filter((record) -> pattern.matcher(record.productId()).matches())
					.sorted(Comparator.comparing(EoxRecord::productId))
					.toList();
				if (matches.isEmpty()) {
					records.add(noPid("ShowEOXByPids", inputValue, pid));
				}
				for (EoxRecord record : matches) {
					merge(merged, records, record, "ShowEOXByPids", inputValue);
				}
				continue;
			}
			EoxRecord record = findPid(pid);
			if (record == null) {
				records.add(noPid("ShowEOXByPids", inputValue, pid));
			}
			else {
				merge(merged, records, record, "ShowEOXByPids", inputValue);
			}
		}
		return page(records, pageIndex);
	}

	private EoxRecord findPid(String pid) {
		return this.catalogue.eoxRecord(pid)
			.or(() -> this.catalogue.eoxRecords()
				.stream()
				.filter((record) -> record.productId().equalsIgnoreCase(pid))
				.findFirst())
			.orElse(null);
	}

	private Object bySerialNumbers(String page, List<String> serials) {
		int pageIndex = Paging.index(page);
		if (pageIndex < 0) {
			return topError("SSA_ERR_010", "The pageIndex value specified is invalid. Please correct the pageIndex "
					+ "value and try again.");
		}
		if (serials.isEmpty()) {
			return topError("SSA_ERR_016", "The serialNumbers value is empty. Please specify at least one serial "
					+ "number.");
		}
		if (serials.size() > MAX_INPUTS) {
			return topError("SSA_ERR_007", "A maximum of 20 serial numbers can be specified per request. Please "
					+ "reduce the number of serial numbers and try again.");
		}
		for (String serial : serials) {
			if (!SERIAL.matcher(serial).matches()) {
				return topError("SSA_ERR_010", "The serialNumbers value specified is invalid. Please correct the "
						+ "serialNumbers value and try again.");
			}
		}
		Map<String, Merged> merged = new LinkedHashMap<>();
		List<JsonObject> records = new ArrayList<>();
		for (String serial : serials) {
			Device device = this.catalogue.device(serial).orElse(null);
			if (device == null) {
				records.add(errorRecord("ShowEOXBySerialNumber", serial, "SSA_ERR_023",
						"EOX information does not exist for the following serial number(s): " + serial,
						"SERIAL_NUMBER", serial));
				continue;
			}
			EoxRecord record = this.catalogue.eoxRecord(device.productId()).orElse(null);
			if (record == null) {
				records.add(noPid("ShowEOXBySerialNumber", serial, device.productId()));
			}
			else {
				merge(merged, records, record, "ShowEOXBySerialNumber", serial);
			}
		}
		return page(records, pageIndex);
	}

	private Object byDates(String page, String start, String end, String attribute) {
		int pageIndex = Paging.index(page);
		if (pageIndex < 0) {
			return topError("SSA_ERR_010", "The pageIndex value specified is invalid. Please correct the pageIndex "
					+ "value and try again.");
		}
		LocalDate from;
		LocalDate to;
		try {
			from = LocalDate.parse(start);
			to = LocalDate.parse(end);
		}
		catch (DateTimeParseException ex) {
			return topError("SSA_ERR_010", "The date value specified is invalid. Please specify dates as YYYY-MM-DD "
					+ "and try again.");
		}
		if (to.isBefore(from)) {
			return topError("SSA_ERR_010", "The end date must not be before the start date.");
		}
		List<String> attributes = (attribute == null || attribute.isEmpty()) ? List.of("UPDATE_TIMESTAMP")
				: Inputs.split(attribute.toUpperCase(Locale.ROOT));
		for (String name : attributes) {
			if (!ATTRIBUTES.containsKey(name)) {
				return topError("SSA_ERR_010", "The eoxAttrib value specified is invalid. Please correct the "
						+ "eoxAttrib value and try again.");
			}
		}
		String inputValue = start + " , " + end + " , " + String.join(",", attributes);
		Function<EoxRecord, LocalDate> firstMatch = (record) -> {
			for (String name : attributes) {
				LocalDate date = ATTRIBUTES.get(name).apply(record);
				if (date != null && !date.isBefore(from) && !date.isAfter(to)) {
					return date;
				}
			}
			return null;
		};
		List<EoxRecord> matches = this.catalogue.eoxRecords()
			.stream()
			.filter((record) -> firstMatch.apply(record) != null)
			.sorted(Comparator.comparing(firstMatch).thenComparing(EoxRecord::productId))
			.toList();
		List<JsonObject> records = new ArrayList<>(matches.size());
		for (EoxRecord record : matches) {
			records.add(record(record, "showEoXByDates", inputValue));
		}
		return page(records, pageIndex);
	}

	private static List<String> softwareInputs(SimRequest request) {
		List<String> inputs = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : request.queryParameters().entrySet()) {
			if (entry.getKey().matches("input\\d+")) {
				inputs.addAll(entry.getValue());
			}
		}
		return inputs;
	}

	private Object bySoftware(String page, SimRequest request) {
		int pageIndex = Paging.index(page);
		if (pageIndex < 0) {
			return topError("SSA_ERR_010", "The pageIndex value specified is invalid. Please correct the pageIndex "
					+ "value and try again.");
		}
		List<Map.Entry<String, String>> inputs = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : request.queryParameters().entrySet()) {
			if (entry.getKey().matches("input\\d+")) {
				for (String value : entry.getValue()) {
					inputs.add(Map.entry(entry.getKey(), value));
				}
			}
		}
		if (inputs.isEmpty()) {
			return topError("SSA_ERR_016", "The software release value is empty. Please specify input1=release,OS.");
		}
		if (inputs.size() > MAX_INPUTS) {
			return topError("SSA_ERR_009", "A maximum of 20 software release strings can be specified per request. "
					+ "Please reduce the number of inputs and try again.");
		}
		Map<String, Merged> merged = new LinkedHashMap<>();
		List<JsonObject> records = new ArrayList<>();
		for (Map.Entry<String, String> input : inputs) {
			String inputValue = input.getKey() + "=" + input.getValue();
			String[] parts = input.getValue().split(",", 2);
			String release = parts[0].trim();
			String os = (parts.length > 1) ? parts[1].trim() : null;
			List<EoxRecord> matches = this.catalogue.eoxRecords()
				.stream()
				.filter((record) -> record.softwareRelease() != null)
				.filter((record) -> os == null || os.isEmpty() || record.softwareOs().equalsIgnoreCase(os))
				.filter((record) -> matchesRelease(record.softwareRelease(), release))
				.sorted(Comparator.comparing(EoxRecord::productId))
				.toList();
			if (matches.isEmpty() || release.isEmpty()) {
				records.add(errorRecord("ShowEOXBySoftware", inputValue, "SSA_ERR_024",
						"EOX information does not exist for the following software release(s): " + input.getValue(),
						"SOFTWARE_RELEASE", input.getValue()));
			}
			for (EoxRecord record : matches) {
				merge(merged, records, record, "ShowEOXBySoftware", inputValue);
			}
		}
		return page(records, pageIndex);
	}

	private static boolean matchesRelease(String release, String query) {
		if (release.equalsIgnoreCase(query)) {
			return true;
		}
		if (!release.toUpperCase(Locale.ROOT).startsWith(query.toUpperCase(Locale.ROOT))) {
			return false;
		}
		char next = release.charAt(query.length());
		return next == '(' || next == '.';
	}

	private static void merge(Map<String, Merged> merged, List<JsonObject> records, EoxRecord record,
			String inputType, String inputValue) {
		Merged existing = merged.get(record.productId());
		if (existing != null) {
			if (!existing.values.contains(inputValue)) {
				existing.values.add(inputValue);
				existing.json.put("EOXInputValue", String.join(",", existing.values));
			}
			return;
		}
		JsonObject json = record(record, inputType, inputValue);
		List<String> values = new ArrayList<>(List.of(inputValue));
		merged.put(record.productId(), new Merged(json, values));
		records.add(json);
	}

	private static JsonObject page(List<JsonObject> records, int pageIndex) {
		List<JsonObject> page = Paging.page(records, pageIndex, PAGE_SIZE);
		return new JsonObject()
			.with("PaginationResponseRecord",
					new JsonObject().with("PageIndex", pageIndex)
						.with("LastIndex", Paging.lastIndex(records.size(), PAGE_SIZE))
						.with("TotalRecords", records.size())
						.with("PageRecords", page.size()))
			.with("EOXRecord", page);
	}

	static JsonObject record(EoxRecord record, String inputType, String inputValue) {
		EoxRecord.Migration migration = record.migration();
		return new JsonObject().with("EOLProductID", record.productId())
			.with("ProductIDDescription", record.description())
			.with("ProductBulletinNumber", record.bulletinNumber())
			.with("LinkToProductBulletinURL", record.bulletinUrl())
			.with("EOXExternalAnnouncementDate", date(record.externalAnnouncementDate()))
			.with("EndOfSaleDate", date(record.endOfSaleDate()))
			.with("EndOfSWMaintenanceReleases", date(record.endOfSwMaintenanceReleases()))
			.with("EndOfSecurityVulSupportDate", date(record.endOfSecurityVulSupportDate()))
			.with("EndOfRoutineFailureAnalysisDate", date(record.endOfRoutineFailureAnalysisDate()))
			.with("EndOfServiceContractRenewal", date(record.endOfServiceContractRenewal()))
			.with("LastDateOfSupport", date(record.lastDateOfSupport()))
			.with("EndOfSvcAttachDate", date(record.endOfSvcAttachDate()))
			.with("UpdatedTimeStamp", date(record.updatedTimeStamp()))
			.with("EOXMigrationDetails",
					new JsonObject().with("PIDActiveFlag", migration.pidActiveFlag())
						.with("MigrationInformation", migration.information())
						.with("MigrationOption", migration.option())
						.with("MigrationProductId", migration.productId())
						.with("MigrationProductName", migration.productName())
						.with("MigrationStrategy", migration.strategy())
						.with("MigrationProductInfoURL", migration.productInfoUrl()))
			.with("EOXInputType", inputType)
			.with("EOXInputValue", inputValue);
	}

	private static JsonObject date(LocalDate date) {
		return new JsonObject().with("value", (date != null) ? date.toString() : "").with("dateFormat", "YYYY-MM-DD");
	}

	private static JsonObject noPid(String inputType, String inputValue, String pid) {
		return errorRecord(inputType, inputValue, "SSA_ERR_026",
				"EOX information does not exist for the following product ID(s): " + pid, "PRODUCT_ID", pid);
	}

	private static JsonObject errorRecord(String inputType, String inputValue, String errorId, String description,
			String dataType, String dataValue) {
		JsonObject emptyDate = new JsonObject().with("value", "").with("dateFormat", null);
		return new JsonObject().with("EOLProductID", "")
			.with("ProductIDDescription", "")
			.with("ProductBulletinNumber", "")
			.with("LinkToProductBulletinURL", "")
			.with("EOXExternalAnnouncementDate", emptyDate)
			.with("EndOfSaleDate", emptyDate)
			.with("EndOfSWMaintenanceReleases", emptyDate)
			.with("EndOfSecurityVulSupportDate", emptyDate)
			.with("EndOfRoutineFailureAnalysisDate", emptyDate)
			.with("EndOfServiceContractRenewal", emptyDate)
			.with("LastDateOfSupport", emptyDate)
			.with("EndOfSvcAttachDate", emptyDate)
			.with("UpdatedTimeStamp", emptyDate)
			.with("EOXError",
					new JsonObject().with("ErrorID", errorId)
						.with("ErrorDescription", description)
						.with("ErrorDataType", dataType)
						.with("ErrorDataValue", dataValue))
			.with("EOXMigrationDetails",
					new JsonObject().with("PIDActiveFlag", "")
						.with("MigrationInformation", "")
						.with("MigrationOption", "")
						.with("MigrationProductId", "")
						.with("MigrationProductName", "")
						.with("MigrationStrategy", "")
						.with("MigrationProductInfoURL", ""))
			.with("EOXInputType", inputType)
			.with("EOXInputValue", inputValue);
	}

	private static JsonObject topError(String id, String description) {
		return new JsonObject().with("EOXError", new JsonObject().with("ErrorID", id).with("ErrorDescription", description));
	}

	private static Map<String, Function<EoxRecord, LocalDate>> attributes() {
		Map<String, Function<EoxRecord, LocalDate>> map = new LinkedHashMap<>();
		map.put("EO_EXT_ANNOUNCE_DATE", EoxRecord::externalAnnouncementDate);
		map.put("EO_SALES_DATE", EoxRecord::endOfSaleDate);
		map.put("EO_FAIL_ANALYSIS_DATE", EoxRecord::endOfRoutineFailureAnalysisDate);
		map.put("EO_SVC_ATTACH_DATE", EoxRecord::endOfSvcAttachDate);
		map.put("EO_SW_MAINTENANCE_DATE", EoxRecord::endOfSwMaintenanceReleases);
		map.put("EO_SECURITY_VUL_SUPPORT_DATE", EoxRecord::endOfSecurityVulSupportDate);
		map.put("EO_CONTRACT_RENEW_DATE", EoxRecord::endOfServiceContractRenewal);
		map.put("EO_LAST_SUPPORT_DATE", EoxRecord::lastDateOfSupport);
		map.put("UPDATE_TIMESTAMP", EoxRecord::updatedTimeStamp);
		map.put("UPDATED_TIMESTAMP", EoxRecord::updatedTimeStamp);
		return Map.copyOf(map);
	}

	private record Merged(JsonObject json, List<String> values) {

	}

}
