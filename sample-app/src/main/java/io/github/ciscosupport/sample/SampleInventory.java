package io.github.ciscosupport.sample;

import java.util.List;
import java.util.Locale;

import io.github.ciscosupport.test.simulator.data.Catalogue;
import io.github.ciscosupport.test.simulator.data.Device;
import io.github.ciscosupport.test.simulator.data.Product;

/**
 * An inventory CSV of devices the simulator knows, spread evenly over its catalogue so that it
 * shows every kind of answer: routers and switches, modules without software, covered and
 * uncovered, announced and not announced.
 */
final class SampleInventory {

	static final int DEFAULT_SIZE = 300;

	// A real estate runs few releases per OS; few releases also keep PSIRT (30 calls a minute) quick.
	private static final int RELEASES_PER_OS = 3;

	private SampleInventory() {
	}

	static String csv(Catalogue catalogue, int size) {
		List<Device> devices = catalogue.devices();
		int count = Math.min(size, devices.size());
		StringBuilder csv = new StringBuilder(InventoryReader.HEADER).append('\n');
		for (int i = 0; i < count; i++) {
			Device device = devices.get((int) ((long) i * devices.size() / count));
			Product product = catalogue.product(device.productId()).orElseThrow();
			String version = version(catalogue, product, device);
			csv.append(String.join(",", hostname(product, i), device.serialNumber(), device.productId(),
					version.isEmpty() ? "" : quote(product.softwareType()), version))
				.append('\n');
		}
		return csv.toString();
	}

	private static String version(Catalogue catalogue, Product product, Device device) {
		if (product.osType() == null) {
			return "";
		}
		List<String> versions = catalogue.osVersions(product.osType());
		int choices = Math.min(RELEASES_PER_OS, versions.size());
		return (choices == 0) ? "" : versions.get(Math.floorMod(device.serialNumber().hashCode(), choices));
	}

	private static String hostname(Product product, int index) {
		String type = (product.type() != null) ? product.type().toLowerCase(Locale.ROOT) : "";
		String prefix = type.startsWith("router") ? "rtr" : type.startsWith("switch") ? "sw"
				: type.contains("security") ? "fw" : "dev";
		return String.format(Locale.ROOT, "%s-%04d", prefix, index + 1);
	}

	private static String quote(String field) {
		return field.contains(",") ? "\"" + field + "\"" : field;
	}

}
