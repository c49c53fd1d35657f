package io.github.ciscosupport.sample;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The lifecycle and risk of one device. A {@code null} field is unknown; {@link #notes()} says
 * why (not found at Cisco, no end of life announced, an API the application may not use...).
 *
 * @param line the inventory line the device came from
 * @param hostname the host name
 * @param serialNumber the serial number
 * @param productId the product ID
 * @param softwareType the software type
 * @param softwareVersion the running release
 * @param foundAtCisco whether Cisco knows the serial number ({@code null} if SN2INFO was not
 * available)
 * @param description the product name
 * @param endOfSale the end-of-sale date
 * @param endOfSoftwareMaintenance the end of software maintenance releases
 * @param lastDateOfSupport the last date of support
 * @param eoxLookup how the EoX record was found: by {@code product ID} or by {@code serial number}
 * @param bulletin the end-of-life bulletin's number
 * @param bulletinUrl the end-of-life bulletin on cisco.com
 * @param migrationProductId the product Cisco suggests instead
 * @param migrationProductName its name
 * @param migrationProductUrl information on it
 * @param covered whether a service contract covers the device
 * @param contractEnd the end of the covered product line
 * @param contractEnded whether the contract ended before the report's date
 * @param warrantyEnd the end of the warranty
 * @param suggestedRelease the release Cisco suggests for the product and software type
 * @param upgradeAvailable whether the suggested release is newer than the running one
 * @param advisories the number of security advisories that affect the running release
 * @param highestSeverity the highest security impact rating among them
 * @param advisoryIds their IDs, most severe first (details in {@link LifecycleReport#advisories()})
 * @param advisoriesFixedBySuggestedRelease how many of them PSIRT's first fixed releases show
 * the suggested release fixes
 * @param advisoriesOpenInSuggestedRelease how many of them they show it does not fix (the rest are
 * unknown: PSIRT names no first fix in the suggested release's major release)
 * @param notes what could not be found, and why
 */
record DeviceReport(int line, String hostname, String serialNumber, String productId, String softwareType,
		String softwareVersion, @Nullable Boolean foundAtCisco, @Nullable String description,
		@Nullable LocalDate endOfSale, @Nullable LocalDate endOfSoftwareMaintenance,
		@Nullable LocalDate lastDateOfSupport, @Nullable String eoxLookup, @Nullable String bulletin,
		@Nullable String bulletinUrl, @Nullable String migrationProductId, @Nullable String migrationProductName,
		@Nullable String migrationProductUrl, @Nullable Boolean covered, @Nullable LocalDate contractEnd,
		@Nullable Boolean contractEnded, @Nullable LocalDate warrantyEnd, @Nullable String suggestedRelease,
		@Nullable Boolean upgradeAvailable, @Nullable Integer advisories, @Nullable String highestSeverity,
		List<String> advisoryIds, @Nullable Integer advisoriesFixedBySuggestedRelease,
		@Nullable Integer advisoriesOpenInSuggestedRelease, List<String> notes) {

}
