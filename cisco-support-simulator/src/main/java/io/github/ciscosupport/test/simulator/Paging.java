package io.github.ciscosupport.test.simulator;

import java.util.List;

/**
 * Page arithmetic shared by the APIs, pages numbered from 1.
 *
 * @author cisco-support-spring
 */
final class Paging {

	private Paging() {
	}

	static int lastIndex(int total, int pageSize) {
		return (total + pageSize - 1) / pageSize;
	}

	static <T> List<T> page(List<T> all, int pageIndex, int pageSize) {
		int from = (pageIndex - 1) * pageSize;
		if (pageIndex < 1 || from >= all.size()) {
			return List.of();
		}
		return all.subList(from, Math.min(all.size(), from + pageSize));
	}

	/**
	 * Parses a page index.
	 * @param value the raw value, {@code null} for the default
	 * @return the index, or {@code -1} when invalid
	 */
	static int index(String value) {
		if (value == null || value.isEmpty()) {
			return 1;
		}
		try {
			int index = Integer.parseInt(value.trim());
			return (index < 1) ? -1 : index;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * The {@code pagination_response_record} block of SN2INFO, Bug and Case.
	 */
	static JsonObject snakeCase(int pageIndex, int pageSize, int total, int pageRecords, String selfLink,
			String title) {
		return new JsonObject().with("last_index", lastIndex(total, pageSize))
			.with("page_index", pageIndex)
			.with("page_records", pageRecords)
			.with("self_link", selfLink)
			.with("title", title)
			.with("total_records", total);
	}

	/**
	 * The {@code self_link} as Cisco writes it: on api.cisco.com even when called through apix.
	 */
	static String selfLink(SimRequest request, int pageIndex) {
		return "https://api.cisco.com" + request.path() + "?page_index=" + pageIndex;
	}

}
