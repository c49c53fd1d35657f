package io.github.ciscosupport.client.rma;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.json.CiscoDateDeserializer;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The details of an RMA ({@code RmaRecord}). Quantities, and times whose format no recording
 * shows, are kept as Cisco sends them (strings); Cisco leaves fields empty ({@code ""}) rather than
 * omitting them.
 *
 * @param rmaNumber the RMA number
 * @param status the status
 * @param orderDate when it was ordered
 * @param caseId the support case it belongs to
 * @param requestedShipDate the requested ship date
 * @param originator who ordered it
 * @param allowPartialShipment whether a partial shipment is allowed, as Cisco sends it
 * @param failureClass the failure class
 * @param failureCode the failure code
 * @param contractId the service contract
 * @param serviceLevel the service level
 * @param customerReference the customer's references
 * @param shipTo the ship-to address
 * @param billTo the bill-to address
 * @param replacementParts the replacement parts and their tracking
 * @param returnLines the parts returned to Cisco
 * @param laborDetails the field engineer and labor lines, for onsite service
 * @param notes the notes
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RmaDetail(@JsonProperty("rmaNo") @Nullable Long rmaNumber, @JsonProperty("status") @Nullable String status,
		@JsonProperty("orderDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate orderDate,
		@JsonProperty("caseId") @Nullable String caseId,
		@JsonProperty("requestedShipDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate requestedShipDate,
		@JsonProperty("originator") @Nullable String originator,
		@JsonProperty("allowPartialShipment") @Nullable String allowPartialShipment,
		@JsonProperty("failureClass") @Nullable String failureClass,
		@JsonProperty("failureCode") @Nullable String failureCode, @JsonProperty("contractId") @Nullable String contractId,
		@JsonProperty("serviceLevel") @Nullable String serviceLevel,
		@JsonProperty("customerRefInfo") @Nullable CustomerReference customerReference,
		@JsonProperty("shipToInfo") @Nullable RmaAddress shipTo, @JsonProperty("billToInfo") @Nullable RmaAddress billTo,
		@JsonProperty("replacementParts") @Nullable ReplacementParts replacementParts,
		@JsonProperty("returnLines") @Nullable ReturnLines returnLines,
		@JsonProperty("laborDetails") @Nullable LaborDetails laborDetails, @JsonProperty("notes") @Nullable Notes notes,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public RmaDetail {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

	/**
	 * The customer's references of an RMA.
	 *
	 * @param customerPoNumber the purchase order number
	 * @param originalSalesOrderNumber the original sales order
	 * @param customerReferenceNumber the customer's reference
	 * @param customerProvidedSerialNumber the serial number of the failed unit
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record CustomerReference(@JsonProperty("customerPONumber") @Nullable String customerPoNumber,
			@JsonProperty("origSalesOrderNumber") @Nullable String originalSalesOrderNumber,
			@JsonProperty("customerRefNumber") @Nullable String customerReferenceNumber,
			@JsonProperty("customerProvidedSN") @Nullable String customerProvidedSerialNumber,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public CustomerReference {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

	}

	/**
	 * The replacement parts of an RMA.
	 *
	 * @param trackingInfo the shipment tracking, once shipped
	 * @param lines the part lines
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ReplacementParts(@JsonProperty("trackingInfo") @Nullable TrackingInfo trackingInfo,
			@JsonProperty("partsLineDetails") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<PartsLine> lines,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public ReplacementParts {
			unknownFields = UnknownFields.copyOf(unknownFields);
			lines = (lines != null) ? List.copyOf(lines) : List.of();
		}

	}

	/**
	 * The tracking of a shipment.
	 *
	 * @param trackingNumber the courier's tracking number
	 * @param courier the courier
	 * @param shipDate when it shipped
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record TrackingInfo(@JsonProperty("trackingNumber") @Nullable String trackingNumber,
			@JsonProperty("courierList") @Nullable String courier,
			@JsonProperty("shipDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate shipDate,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public TrackingInfo {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

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
	 * @param scheduledShipTime when it is scheduled to ship, as Cisco sends it
	 * @param quantityShipped the quantity shipped (Cisco's {@code partsqtyShipped}, sic)
	 * @param shipDate when it shipped
	 * @param shipmentWarehouse the warehouse it ships from
	 * @param dispatchStatus the dispatch status
	 * @param shippedSerialNumber the serial number of the unit shipped (Cisco's
	 * {@code shippedSerialID})
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record PartsLine(@JsonProperty("partsLineRef") @Nullable String lineReference,
			@JsonProperty("partsLineStatus") @Nullable String status,
			@JsonProperty("partsTransactionType") @Nullable String transactionType,
			@JsonProperty("shippedPartNo") @Nullable String shippedPartNumber,
			@JsonProperty("partsDescription") @Nullable String description,
			@JsonProperty("partsQtyAuth") @Nullable String quantityAuthorized,
			@JsonProperty("partsScheduledShipTime") @Nullable String scheduledShipTime,
			@JsonProperty("partsqtyShipped") @JsonAlias("partsQtyShipped") @Nullable String quantityShipped,
			@JsonProperty("partsShipDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate shipDate,
			@JsonProperty("partsShipmentWarehouse") @Nullable String shipmentWarehouse,
			@JsonProperty("partsDispatchStatus") @Nullable String dispatchStatus,
			@JsonProperty("shippedSerialID") @Nullable String shippedSerialNumber,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public PartsLine {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

	}

	/**
	 * The parts to return to Cisco.
	 *
	 * @param parts the return lines
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ReturnLines(
			@JsonProperty("returnParts") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<ReturnPart> parts,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public ReturnLines {
			unknownFields = UnknownFields.copyOf(unknownFields);
			parts = (parts != null) ? List.copyOf(parts) : List.of();
		}

	}

	/**
	 * A part to return to Cisco.
	 *
	 * @param lineReference the line number
	 * @param status the line status
	 * @param transactionType the transaction type
	 * @param receivedPartNumber the part Cisco received
	 * @param description the part description
	 * @param quantityAuthorized the quantity authorized
	 * @param returnBy when it must be back at Cisco
	 * @param quantityReceived the quantity Cisco received (Cisco's {@code reqturnQtyReceived},
	 * sic)
	 * @param dateReceived when Cisco received it
	 * @param warehouse the warehouse it was returned to
	 * @param receivedSerialNumber the serial number Cisco received
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ReturnPart(@JsonProperty("returnLineRef") @Nullable String lineReference,
			@JsonProperty("returnLineStatus") @Nullable String status,
			@JsonProperty("returnTransactionType") @Nullable String transactionType,
			@JsonProperty("receivedPartNo") @Nullable String receivedPartNumber,
			@JsonProperty("returnDescription") @Nullable String description,
			@JsonProperty("returnQtyAuth") @Nullable String quantityAuthorized,
			@JsonProperty("returnToCiscoBy") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate returnBy,
			@JsonProperty("reqturnQtyReceived") @JsonAlias("returnQtyReceived") @Nullable String quantityReceived,
			@JsonProperty("returnDateReceived") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate dateReceived,
			@JsonProperty("returnWarehouse") @Nullable String warehouse,
			@JsonProperty("receivedSerialNumber") @Nullable String receivedSerialNumber,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public ReturnPart {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

	}

	/**
	 * The onsite labor of an RMA: the field engineer and the labor lines. Times are kept as Cisco
	 * sends them.
	 *
	 * @param fieldEngineerName the field engineer
	 * @param fieldEngineerPhone the field engineer's phone number
	 * @param fieldEngineerOnRouteTime when the field engineer set off
	 * @param fieldEngineerArrivedTime when the field engineer arrived
	 * @param fieldEngineerReleasedTime when the field engineer was released
	 * @param laborLines the labor lines
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record LaborDetails(@JsonProperty("fieldEngineerName") @Nullable String fieldEngineerName,
			@JsonProperty("fieldEngineerPhone") @Nullable String fieldEngineerPhone,
			@JsonProperty("fieldEngineerOnRouteTime") @Nullable String fieldEngineerOnRouteTime,
			@JsonProperty("fieldEngineerArrivedTime") @Nullable String fieldEngineerArrivedTime,
			@JsonProperty("fieldEngineerReleasedTime") @Nullable String fieldEngineerReleasedTime,
			@JsonProperty("laborLines") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<LaborLine> laborLines,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public LaborDetails {
			unknownFields = UnknownFields.copyOf(unknownFields);
			laborLines = (laborLines != null) ? List.copyOf(laborLines) : List.of();
		}

	}

	/**
	 * An onsite labor line.
	 *
	 * @param taskNumber the labor task number
	 * @param status the labor status
	 * @param primaryProductFamily the primary product family
	 * @param scheduledTime when the labor is scheduled, as Cisco sends it
	 * @param dispatch the dispatch
	 * @param dispatchOrCancellationNotes the dispatch or cancellation notes
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record LaborLine(@JsonProperty("laborTaskNumber") @Nullable String taskNumber,
			@JsonProperty("laborStatus") @Nullable String status,
			@JsonProperty("primaryProductFamily") @Nullable String primaryProductFamily,
			@JsonProperty("laborScheduledTime") @Nullable String scheduledTime,
			@JsonProperty("laborDispatch") @Nullable String dispatch,
			@JsonProperty("laborDispatchOrCancellationNotes") @Nullable String dispatchOrCancellationNotes,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public LaborLine {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

	}

	/**
	 * The notes of an RMA.
	 *
	 * @param additionalComments additional comments (Cisco's {@code addlComments})
	 * @param failureDescription the failure as described
	 * @param fieldEngineerInstructions instructions for the field engineer
	 * @param partDeliveryInstructions instructions for the part delivery
	 * @param partialShipmentNote the note on a partial shipment
	 * @param specialInstructions special instructions
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Notes(@JsonProperty("addlComments") @Nullable String additionalComments,
			@JsonProperty("failureDescription") @Nullable String failureDescription,
			@JsonProperty("fieldEngineerInstructions") @Nullable String fieldEngineerInstructions,
			@JsonProperty("partDeliveryInstructions") @Nullable String partDeliveryInstructions,
			@JsonProperty("partialShipmentNote") @Nullable String partialShipmentNote,
			@JsonProperty("specialInstructions") @Nullable String specialInstructions,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public Notes {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

	}

}
