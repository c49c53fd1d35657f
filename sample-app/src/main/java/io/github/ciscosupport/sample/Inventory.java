package io.github.ciscosupport.sample;

import java.util.List;

/**
 * The devices of an inventory and the rows that could not be read, which the report lists
 * instead of dropping them.
 *
 * @param devices the devices, in input order
 * @param rejectedRows the rows that were skipped, with why
 */
record Inventory(List<InventoryDevice> devices, List<RejectedRow> rejectedRows) {

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
