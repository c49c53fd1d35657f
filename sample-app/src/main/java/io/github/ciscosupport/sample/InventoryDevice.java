package io.github.ciscosupport.sample;

import org.jspecify.annotations.Nullable;

/**
 * One device of an inventory, as exported from {@code show inventory} / {@code show version}.
 *
 * @param line the line of the CSV it came from (0 for JSON input), so problems can point at it
 * @param hostname the host name, may be empty
 * @param serialNumber the serial number, never blank
 * @param productId the product ID, may be empty
 * @param softwareType the software type ({@code IOS XE}, {@code NX-OS}...), may be empty
 * @param softwareVersion the running release, may be empty
 */
record InventoryDevice(int line, String hostname, String serialNumber, String productId, String softwareType,
		String softwareVersion) {

	InventoryDevice {
		hostname = trim(hostname);
		serialNumber = trim(serialNumber);
		productId = trim(productId);
		softwareType = trim(softwareType);
		softwareVersion = trim(softwareVersion);
	}

	private static String trim(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

}
