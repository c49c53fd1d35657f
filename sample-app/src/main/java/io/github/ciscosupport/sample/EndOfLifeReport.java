package io.github.ciscosupport.sample;

import java.io.PrintStream;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Looks up the end-of-life milestones of serial numbers with the starter's {@code WebClient}.
 */
class EndOfLifeReport {

	private static final String EOX_BY_SERIAL = "/supporttools/eox/rest/5/EOXBySerialNumber/1/{serials}?responseencoding=json";

	private final WebClient ciscoSupportWebClient;

	EndOfLifeReport(WebClient ciscoSupportWebClient) {
		this.ciscoSupportWebClient = ciscoSupportWebClient;
	}

	/** Prints one line per EoX record: serial, product, end of sale, last date of support. */
	void print(List<String> serialNumbers, PrintStream out) {
		JsonNode response = this.ciscoSupportWebClient.get()
			.uri(EOX_BY_SERIAL, String.join(",", serialNumbers))
			.retrieve()
			.bodyToMono(JsonNode.class)
			.block();
		out.printf("%-14s %-22s %-12s %-12s%n", "SERIAL", "PRODUCT", "END OF SALE", "LAST SUPPORT");
		for (JsonNode record : records(response)) {
			JsonNode error = record.path("EOXError");
			String product = error.isMissingNode() ? record.path("EOLProductID").asString()
					: "(" + error.path("ErrorDescription").asString() + ")";
			out.printf("%-14s %-22s %-12s %-12s%n", record.path("EOXInputValue").asString().trim(), product,
					date(record, "EndOfSaleDate"), date(record, "LastDateOfSupport"));
		}
	}

	private static Iterable<JsonNode> records(JsonNode response) {
		JsonNode records = response.path("EOXRecord");
		// Cisco sends a bare object instead of a one-element array now and then.
		return records.isArray() ? records.values() : (records.isObject() ? List.of(records) : List.of());
	}

	private static String date(JsonNode record, String field) {
		String value = record.path(field).path("value").asString();
		return value.isEmpty() ? "-" : value;
	}

}
