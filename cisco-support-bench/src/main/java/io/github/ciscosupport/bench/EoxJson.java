package io.github.ciscosupport.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** EoX v5 response bodies of realistic size: a record is about 1.1 KB, as Cisco's are. */
final class EoxJson {

	/** Records of a full EoX by-dates page. */
	static final int PAGE_SIZE = 1000;

	private EoxJson() {
	}

	/** The answer to a by-serial-number call: one record per serial number, one page. */
	static byte[] serialNumbers(List<String> serialNumbers) {
		String records = serialNumbers.stream()
			.map((serial) -> record("PID-" + serial, "ShowEOXBySerialNumber", serial))
			.collect(Collectors.joining(","));
		return page(1, 1, serialNumbers.size(), records).getBytes(StandardCharsets.UTF_8);
	}

	/** The 1000 records of a by-dates page, without the envelope, shared by every page. */
	static byte[] pageRecords() {
		return IntStream.range(0, PAGE_SIZE)
			.mapToObj((index) -> record("PID-" + index, "ShowEOXByDates", "2020-01-01 , 2020-12-31 , UPDATE_TIMESTAMP"))
			.collect(Collectors.joining(","))
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The envelope before the records of a by-dates page. */
	static byte[] pageHead(int pageIndex, int lastIndex) {
		String page = page(pageIndex, lastIndex, PAGE_SIZE, "");
		return page.substring(0, page.length() - 2).getBytes(StandardCharsets.UTF_8);
	}

	/** The envelope after the records. */
	static byte[] pageTail() {
		return "]}".getBytes(StandardCharsets.UTF_8);
	}

	private static String page(int pageIndex, int lastIndex, int size, String records) {
		return "{\"PaginationResponseRecord\":{\"PageIndex\":%d,\"LastIndex\":%d,\"TotalRecords\":%d,\"PageRecords\":%d},\"EOXRecord\":[%s]}"
			.formatted(pageIndex, lastIndex, lastIndex * size, size, records);
	}

	private static String record(String productId, String inputType, String inputValue) {
		return """
				{"EOLProductID":"%s","ProductIDDescription":"Catalyst 3850 48 Port 10G Fiber Switch IP Base with a description of realistic length",\
				"ProductBulletinNumber":"EOL13873","LinkToProductBulletinURL":"https://www.cisco.com/c/en/us/products/collateral/switches/eol-notice.html",\
				"EOXExternalAnnouncementDate":{"value":"2019-10-31","dateFormat":"YYYY-MM-DD"},\
				"EndOfSaleDate":{"value":"2020-04-30","dateFormat":"YYYY-MM-DD"},\
				"EndOfSWMaintenanceReleases":{"value":"2021-04-30","dateFormat":"YYYY-MM-DD"},\
				"EndOfSecurityVulSupportDate":{"value":"","dateFormat":"YYYY-MM-DD"},\
				"EndOfRoutineFailureAnalysisDate":{"value":"2021-04-30","dateFormat":"YYYY-MM-DD"},\
				"EndOfServiceContractRenewal":{"value":"2024-07-27","dateFormat":"YYYY-MM-DD"},\
				"LastDateOfSupport":{"value":"2025-04-30","dateFormat":"YYYY-MM-DD"},\
				"EndOfSvcAttachDate":{"value":"2021-04-30","dateFormat":"YYYY-MM-DD"},\
				"UpdatedTimeStamp":{"value":"2020-05-01","dateFormat":"YYYY-MM-DD"},\
				"EOXMigrationDetails":{"PIDActiveFlag":"Y","MigrationInformation":"Cisco Catalyst 9300 48-port fixed uplinks, data only, Network Essentials",\
				"MigrationOption":"Enter PID(s)","MigrationProductId":"C9300-48P-E","MigrationProductName":"",\
				"MigrationStrategy":"","MigrationProductInfoURL":"https://www.cisco.com/c/en/us/products/switches/catalyst-9300-series-switches/index.html"},\
				"EOXInputType":"%s","EOXInputValue":"%s"}""".formatted(productId, inputType, inputValue);
	}

}
