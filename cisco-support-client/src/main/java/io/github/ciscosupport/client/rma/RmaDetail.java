package io.github.ciscosupport.client.rma;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.json.CiscoDateDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The details of an RMA ({@code RmaRecord}). Quantities are kept as Cisco sends them (strings).
 *
 * @param rmaNumber the RMA number
 * @param status the status
 * @param orderDate when it was ordered
 * @param caseId the support case it belongs to
 * @param requestedShipDate the requested ship date
 * @param originator who ordered it
 * @param failureClass the failure class
 * @param failureCode the failure code
 * @param contractId the service contract
 * @param serviceLevel the service level
 * @param customerReference the customer's references
 * @param shipTo the ship-to address
 * @param billTo the bill-to address
 * @param replacementParts the replacement parts and their tracking
 * @param returnLines the parts returned to Cisco
 * @param notes the notes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RmaDetail(@JsonProperty("rmaNo") @Nullable Long rmaNumber, @JsonProperty("status") @Nullable String status,
		@JsonProperty("orderDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate orderDate,
		@JsonProperty("caseId") @Nullable String caseId,
		@JsonProperty("requestedShipDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate requestedShipDate,
		@JsonProperty("originator") @Nullable String originator,
		@JsonProperty("failureClass") @Nullable String failureClass,
		@JsonProperty("failureCode") @Nullable String failureCode, @JsonProperty("contractId") @Nullable String contractId,
		@JsonProperty("serviceLevel") @Nullable String serviceLevel,
		@JsonProperty("customerRefInfo") @Nullable CustomerReference customerReference,
		@JsonProperty("shipToInfo") @Nullable RmaAddress shipTo, @JsonProperty("billToInfo") @Nullable RmaAddress billTo,
		@JsonProperty("replacementParts") @Nullable ReplacementParts replacementParts,
		@JsonProperty("returnLines") @Nullable ReturnLines returnLines, @JsonProperty("notes") @Nullable Notes notes) {

	/**
	 * The customer's references of an RMA.
	 *
	 * @param customerPoNumber the purchase order number
	 * @param originalSalesOrderNumber the original sales order
	 * @param customerReferenceNumber the customer's reference
	 * @param customerProvidedSerialNumber the serial number of the failed unit
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record CustomerReference(@JsonProperty("customerPONumber") @Nullable String customerPoNumber,
			@JsonProperty("origSalesOrderNumber") @Nullable String originalSalesOrderNumber,
			@JsonProperty("customerRefNumber") @Nullable String customerReferenceNumber,
			@JsonProperty("customerProvidedSN") @Nullable String customerProvidedSerialNumber) {

	}

	/**
	 * The replacement parts of an RMA.
	 *
	 * @param trackingInfo the shipment tracking, once shipped
	 * @param lines the part lines
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ReplacementParts(@JsonProperty("trackingInfo") @Nullable TrackingInfo trackingInfo,
			@JsonProperty("partsLineDetails") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<PartsLine> lines) {

		public ReplacementParts {
			lines = (lines != null) ? List.copyOf(lines) : List.of();
		}

	}

	/**
	 * The tracking of a shipment.
	 *
	 * @param trackingNumber the courier's tracking number
	 * @param courier the courier
	 * @param shipDate when it shipped
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record TrackingInfo(@JsonProperty("trackingNumber") @Nullable String trackingNumber,
			@JsonProperty("courierList") @Nullable String courier,
			@JsonProperty("shipDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate shipDate) {

	}

	/**
	 * A replacement part line.
	 *
	 * @param lineReference the line number
	 * @param status the line status
	 * @param transactionType the transaction type
	 * @param shippedPartNumber the part shipped
	 * @param description the part description
	 * @param quantityAuthorized the quantity authorized
	 * @param quantityShipped the quantity shipped
	 * @param shipDate when it shipped
	 * @param dispatchStatus the dispatch status
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record PartsLine(@JsonProperty("partsLineRef") @Nullable String lineReference,
			@JsonProperty("partsLineStatus") @Nullable String status,
			@JsonProperty("partsTransactionType") @Nullable String transactionType,
			@JsonProperty("shippedPartNo") @Nullable String shippedPartNumber,
			@JsonProperty("partsDescription") @Nullable String description,
			@JsonProperty("partsQtyAuth") @Nullable String quantityAuthorized,
			@JsonProperty("partsqtyShipped") @Nullable String quantityShipped,
			@JsonProperty("partsShipDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate shipDate,
			@JsonProperty("partsDispatchStatus") @Nullable String dispatchStatus) {

	}

	/**
	 * The parts to return to Cisco.
	 *
	 * @param parts the return lines
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ReturnLines(
			@JsonProperty("returnParts") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<ReturnPart> parts) {

		public ReturnLines {
			parts = (parts != null) ? List.copyOf(parts) : List.of();
		}

	}

	/**
	 * A part to return to Cisco.
	 *
	 * @param lineReference the line number
	 * @param status the line status
	 * @param receivedPartNumber the part Cisco received
	 * @param description the part description
	 * @param returnBy when it must be back at Cisco
	 * @param receivedSerialNumber the serial number Cisco received
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ReturnPart(@JsonProperty("returnLineRef") @Nullable String lineReference,
			@JsonProperty("returnLineStatus") @Nullable String status,
			@JsonProperty("receivedPartNo") @Nullable String receivedPartNumber,
			@JsonProperty("returnDescription") @Nullable String description,
			@JsonProperty("returnToCiscoBy") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate returnBy,
			@JsonProperty("receivedSerialNumber") @Nullable String receivedSerialNumber) {

	}

	/**
	 * The notes of an RMA.
	 *
	 * @param failureDescription the failure as described
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Notes(@JsonProperty("failureDescription") @Nullable String failureDescription) {

	}

}
