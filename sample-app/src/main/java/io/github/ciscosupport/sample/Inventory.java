package io.github.ciscosupport.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The devices of an inventory and the rows that could not be read, which the report lists
 * instead of dropping them.
 *
 * @param devices the devices, in input order
 * @param rejectedRows the rows that were skipped, with why
 * @param warnings what the reader noticed about the input as a whole (its encoding, ignored
 * columns)
 */
record Inventory(List<InventoryDevice> devices, List<RejectedRow> rejectedRows, List<String> warnings) {

	/**
	 * The lines of each serial number that appears more than once; an inventory exported from two
	 * sources often lists a device twice. Serial numbers are compared without regard to case.
	 */
	Map<String, List<Integer>> duplicateSerialNumbers() {
		return this.devices.stream()
			.collect(Collectors.groupingBy((device) -> device.serialNumber().toUpperCase(Locale.ROOT),
					LinkedHashMap::new, Collectors.mapping(InventoryDevice::line, Collectors.toList())))
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > 1)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * A skipped input row.
	 *
	 * @param line its line number (1-based; for JSON input, its position in the list)
	 * @param content the row as given
	 * @param reason why it was skipped
	 */
	record RejectedRow(int line, String content, String reason) {

	}

}
