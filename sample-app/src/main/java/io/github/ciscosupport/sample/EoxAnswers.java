package io.github.ciscosupport.sample;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.client.coverage.BaseProduct;
import io.github.ciscosupport.client.coverage.CoverageSummary;
import io.github.ciscosupport.client.coverage.OrderableProduct;
import io.github.ciscosupport.client.eox.EoxRecord;
import io.github.ciscosupport.sample.Column.Answer;

/**
 * The EoX answers of a report. EoX is asked by product ID, once per distinct PID (many devices
 * share one, and EoX takes 20 a call as for serial numbers), and by serial number only for the
 * devices whose PID answer is not usable for them: see {@link #needsSerialNumber}.
 *
 * @param byProductId the answers per product ID
 * @param bySerialNumber the answers per serial number, for the devices that need them
 */
record EoxAnswers(Column<EoxRecord> byProductId, Column<EoxRecord> bySerialNumber) {

	static final String BY_PRODUCT_ID = "product ID";

	static final String BY_SERIAL_NUMBER = "serial number";

	/**
	 * Whether a device's EoX record must be looked up by its serial number. SN2INFO's coverage
	 * summary, asked for every serial number anyway, lists the product IDs Cisco shipped the serial
	 * number as (base and orderable); the PID's answer stands unless:
	 * <ul>
	 * <li>the inventory gives no product ID;</li>
	 * <li>the serial number was shipped as other product IDs than the inventory's (the inventory is
	 * wrong, or names a part of the product), so the PID's record may be another product's;</li>
	 * <li>EoX refused the product ID or failed for it;</li>
	 * <li>EoX has no record for the product ID (not end-of-life, or a PID Cisco does not know) and
	 * SN2INFO does not confirm it is the orderable PID the serial number was shipped as: a base
	 * PID's orderable product, or the product of a PID the inventory got wrong, may be
	 * announced.</li>
	 * </ul>
	 * A serial number SN2INFO does not know is not looked up: EoX would not know it either.
	 */
	static boolean needsSerialNumber(InventoryDevice device, Column<EoxRecord> byProductId,
			Column<CoverageSummary> coverage) {
		Answer<CoverageSummary> shipped = coverage.get(device.serialNumber());
		if (byProductId.unavailable() != null || shipped.notFound()) {
			return false;
		}
		if (device.productId().isEmpty() || otherProductIds(device, shipped.value()) != null) {
			return true;
		}
		Answer<EoxRecord> byPid = byProductId.get(device.productId());
		return byPid.value() == null && (!byPid.notFound() || !productIds(shipped.value(), false)
			.contains(device.productId().toUpperCase(Locale.ROOT)));
	}

	/**
	 * The product IDs Cisco shipped the device's serial number as, when the inventory's PID is not
	 * among them; {@code null} when it is, or when SN2INFO does not say.
	 */
	static @Nullable String otherProductIds(InventoryDevice device, @Nullable CoverageSummary shipped) {
		Set<String> productIds = productIds(shipped, true);
		if (device.productId().isEmpty() || productIds.isEmpty()
				|| productIds.contains(device.productId().toUpperCase(Locale.ROOT))) {
			return null;
		}
		return String.join(", ", productIds);
	}

	Answer<EoxRecord> answer(InventoryDevice device, Column<CoverageSummary> coverage) {
		return needsSerialNumber(device, this.byProductId, coverage) ? this.bySerialNumber.get(device.serialNumber())
				: this.byProductId.get(device.productId());
	}

	/** Which lookup answered a device: {@link #BY_PRODUCT_ID}, {@link #BY_SERIAL_NUMBER} or none. */
	@Nullable String lookup(InventoryDevice device, Column<CoverageSummary> coverage) {
		if (needsSerialNumber(device, this.byProductId, coverage)) {
			return BY_SERIAL_NUMBER;
		}
		return (device.productId().isEmpty() || this.byProductId.unavailable() != null) ? null : BY_PRODUCT_ID;
	}

	private static Set<String> productIds(@Nullable CoverageSummary shipped, boolean withBase) {
		if (shipped == null) {
			return Set.of();
		}
		return Stream
			.concat(withBase ? shipped.baseProducts().stream().map(BaseProduct::baseProductId) : Stream.empty(),
					shipped.orderableProducts().stream().map(OrderableProduct::orderableProductId))
			.filter((pid) -> pid != null && !pid.isBlank())
			.map((pid) -> pid.strip().toUpperCase(Locale.ROOT))
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
