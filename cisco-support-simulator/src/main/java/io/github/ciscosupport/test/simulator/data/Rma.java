package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;

/**
 * A return material authorization of the RMA (Service Order Return) API.
 *
 * @param rmaNumber the RMA number (a number in the API, not a string)
 * @param userId the user who requested it
 * @param status the status: {@code Booked}, {@code Shipped}, {@code Closed}
 * @param orderDate the order date
 * @param caseId the support case, or an empty string
 * @param contractId the contract number
 * @param serviceLevel the service level
 * @param failureClass the failure class
 * @param failureCode the failure code
 * @param partNumber the replacement part number
 * @param partDescription the replacement part description
 * @param serialNumber the failed unit's serial number
 * @param shipTo the ship-to site
 * @param trackingNumber the courier tracking number, or {@code null} before shipment
 * @param courier the courier, or {@code null} before shipment
 * @param shipDate the ship date, or {@code null} before shipment
 * @param replacementSerialNumber the serial number of the replacement unit shipped, or
 * {@code null} before shipment
 * @author cisco-support-spring
 */
public record Rma(long rmaNumber, String userId, String status, LocalDate orderDate, String caseId,
		String contractId, String serviceLevel, String failureClass, String failureCode, String partNumber,
		String partDescription, String serialNumber, Customer shipTo, String trackingNumber, String courier,
		LocalDate shipDate, String replacementSerialNumber) {

}
