package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;

/**
 * A serial number of the synthetic installed base and its coverage, as SN2INFO, Product
 * Information and EoX-by-serial report it.
 *
 * @param serialNumber the serial number, for example {@code FXS2130Q286}
 * @param productId the PID the serial number belongs to
 * @param parentSerialNumber the serial number of the chassis a module sits in, or {@code null}
 * @param instanceNumber the install-base instance number
 * @param covered whether a service contract covers the serial number
 * @param contractNumber the service contract number, or {@code null} when not covered
 * @param serviceLine the service line description, or {@code null} when not covered
 * @param coverageEndDate the end of the covered product line, or {@code null} when not covered
 * @param warrantyEndDate the end of the warranty, or {@code null}
 * @param warrantyType the warranty type, or {@code null}
 * @param customer the customer site of the contract, or {@code null} when not covered
 * @param owned whether the calling application's company owns the serial number (SN2INFO owner
 * status)
 * @author cisco-support-spring
 */
public record Device(String serialNumber, String productId, String parentSerialNumber, String instanceNumber,
		boolean covered, String contractNumber, String serviceLine, LocalDate coverageEndDate,
		LocalDate warrantyEndDate, String warrantyType, Customer customer, boolean owned) {

}
