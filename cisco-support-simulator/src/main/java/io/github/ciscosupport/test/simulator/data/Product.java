package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;

/**
 * A product of the synthetic catalogue, as the Product Information, SN2INFO and Software
 * Suggestion APIs describe it.
 *
 * @param productId the product ID (PID), for example {@code WS-C3560-48PS-S}; may contain
 * {@code /} or {@code +}
 * @param basePid the base PID: the PID itself, or for a remanufactured ({@code -RF}) or spare
 * ({@code =}) variant the PID it derives from
 * @param name the product name
 * @param description the orderable item description
 * @param series the product series, for example {@code Cisco Catalyst 3560 Series Switches}
 * @param type the product type, for example {@code Switches}
 * @param category the product category
 * @param subcategory the product subcategory
 * @param itemType the item type ({@code CHASSIS}, {@code MODULE}, {@code POWER SUPPLY},
 * {@code TRANSCEIVER})
 * @param mdfId the MDF (metadata framework) ID used by Software Suggestion and ASD
 * @param osType the PSIRT OS type of the software the product runs ({@code ios}, {@code iosxe},
 * {@code nxos}, {@code asa}, {@code ftd}), or {@code null}
 * @param softwareType the software type name, or {@code null} for products without software
 * @param releaseDate the first customer shipment date
 * @param orderable whether the product can still be ordered
 * @author cisco-support-spring
 */
public record Product(String productId, String basePid, String name, String description, String series,
		String type, String category, String subcategory, String itemType, String mdfId, String osType,
		String softwareType, LocalDate releaseDate, boolean orderable) {

	/**
	 * Whether this product is a variant ({@code -RF} or {@code =}) of another one.
	 * @return {@code true} for a variant
	 */
	public boolean isVariant() {
		return !this.productId.equals(this.basePid);
	}

	/**
	 * Whether software is published for this product.
	 * @return {@code true} when the product runs Cisco software
	 */
	public boolean hasSoftware() {
		return this.softwareType != null;
	}

}
