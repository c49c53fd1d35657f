package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;

/**
 * An end-of-life record of the EoX API. A {@code null} date is served as an empty value
 * ({@code {"value":"","dateFormat":"YYYY-MM-DD"}}), as Cisco does for milestones a bulletin does
 * not set.
 *
 * @param productId the end-of-life PID ({@code EOLProductID}); a hardware PID, or a software
 * image PID for software bulletins
 * @param description the PID description
 * @param bulletinNumber the bulletin number, for example {@code EOL5834}
 * @param bulletinUrl the bulletin URL
 * @param externalAnnouncementDate the external announcement date
 * @param endOfSaleDate the end-of-sale date
 * @param endOfSwMaintenanceReleases the end of software maintenance releases, or {@code null}
 * @param endOfSecurityVulSupportDate the end of vulnerability support, or {@code null}
 * @param endOfRoutineFailureAnalysisDate the end of routine failure analysis, or {@code null}
 * @param endOfServiceContractRenewal the end of service contract renewal
 * @param lastDateOfSupport the last date of support
 * @param endOfSvcAttachDate the end of new service attachment, or {@code null}
 * @param updatedTimeStamp the date the record was last updated
 * @param migration the migration details
 * @param softwareRelease the software release a software bulletin covers (for example
 * {@code 12.2(14)S}), or {@code null} for hardware
 * @param softwareOs the operating system of a software bulletin (for example {@code IOS}), or
 * {@code null} for hardware
 * @author cisco-support-spring
 */
public record EoxRecord(String productId, String description, String bulletinNumber, String bulletinUrl,
		LocalDate externalAnnouncementDate, LocalDate endOfSaleDate, LocalDate endOfSwMaintenanceReleases,
		LocalDate endOfSecurityVulSupportDate, LocalDate endOfRoutineFailureAnalysisDate,
		LocalDate endOfServiceContractRenewal, LocalDate lastDateOfSupport, LocalDate endOfSvcAttachDate,
		LocalDate updatedTimeStamp, Migration migration, String softwareRelease, String softwareOs) {

	/**
	 * Migration details of an EoX record. Empty strings are served as such.
	 *
	 * @param pidActiveFlag {@code Y} or {@code N}
	 * @param information the migration information
	 * @param option the migration option, for example {@code Enter PID(s)}
	 * @param productId the migration PID, or an empty string
	 * @param productName the migration product name, or an empty string
	 * @param strategy the migration strategy, or an empty string
	 * @param productInfoUrl the migration product URL, or an empty string
	 */
	public record Migration(String pidActiveFlag, String information, String option, String productId,
			String productName, String strategy, String productInfoUrl) {

	}

}
