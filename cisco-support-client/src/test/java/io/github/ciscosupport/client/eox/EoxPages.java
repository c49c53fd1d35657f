package io.github.ciscosupport.client.eox;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Builds EoX response pages for tests. */
final class EoxPages {

	private EoxPages() {
	}

	static String page(int pageIndex, int lastIndex, String productId, String inputValue) {
		return pageOf(pageIndex, lastIndex, 1, record(productId, inputValue));
	}

	/** A page of {@code size} records of realistic length, as EoX by dates returns them. */
	static String fullPage(int pageIndex, int lastIndex, int size) {
		String records = IntStream.range(0, size)
			.mapToObj((index) -> record("PID-" + pageIndex + "-" + index, "2020-01-01 , 2020-12-31 , UPDATE_TIMESTAMP"))
			.collect(Collectors.joining(","));
		return pageOf(pageIndex, lastIndex, size, records);
	}

	private static String pageOf(int pageIndex, int lastIndex, int size, String records) {
		return "{\"PaginationResponseRecord\":{\"PageIndex\":%d,\"LastIndex\":%d,\"TotalRecords\":%d,\"PageRecords\":%d},\"EOXRecord\":[%s]}"
			.formatted(pageIndex, lastIndex, lastIndex * size, size, records);
	}

	private static String record(String productId, String inputValue) {
		return """
				{"EOLProductID":"%s","ProductIDDescription":"Catalyst switch with a description of realistic length",\
				"ProductBulletinNumber":"EOL13873","LinkToProductBulletinURL":"https://www.cisco.com/c/en/us/products/eol-notice.html",\
				"EOXExternalAnnouncementDate":{"value":"2019-10-31","dateFormat":"YYYY-MM-DD"},\
				"EndOfSaleDate":{"value":"2020-04-30","dateFormat":"YYYY-MM-DD"},\
				"EndOfSWMaintenanceReleases":{"value":"2021-04-30","dateFormat":"YYYY-MM-DD"},\
				"EndOfSecurityVulSupportDate":{"value":"","dateFormat":"YYYY-MM-DD"},\
				"EndOfRoutineFailureAnalysisDate":{"value":"2021-04-30","dateFormat":"YYYY-MM-DD"},\
				"EndOfServiceContractRenewal":{"value":"2024-07-27","dateFormat":"YYYY-MM-DD"},\
				"LastDateOfSupport":{"value":"2025-04-30","dateFormat":"YYYY-MM-DD"},\
				"EndOfSvcAttachDate":{"value":"2021-04-30","dateFormat":"YYYY-MM-DD"},\
				"UpdatedTimeStamp":{"value":"2020-05-01","dateFormat":"YYYY-MM-DD"},\
				"EOXMigrationDetails":{"PIDActiveFlag":"Y","MigrationInformation":"Migration product of realistic length",\
				"MigrationOption":"Enter PID(s)","MigrationProductId":"C9300-48P-E","MigrationProductName":"",\
				"MigrationStrategy":"","MigrationProductInfoURL":"https://www.cisco.com/c/en/us/products/switches.html"},\
				"EOXInputType":"ShowEOXByPids","EOXInputValue":"%s"}""".formatted(productId, inputValue);
	}

}
