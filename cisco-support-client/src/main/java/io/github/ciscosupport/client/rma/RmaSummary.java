package io.github.ciscosupport.client.rma;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.json.CiscoDateDeserializer;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An RMA as listed for a user.
 *
 * @param rmaNumber the RMA number
 * @param status the status ({@code Booked}, {@code Closed}...)
 * @param orderDate when it was ordered
 * @param caseId the support case it belongs to
 * @param orderedPart the replacement part ordered
 * @param customerProvidedSerialNumber the serial number of the failed unit
 * @param courier the courier, once shipped
 * @param earliestShipDateTime the earliest ship date and time, as Cisco sends it
 * @param onSiteContactName the onsite contact
 * @param onSiteContactPhone the onsite contact's phone number
 * @param onSiteContactEmail the onsite contact's e-mail address
 * @param shippingAddress where the replacement goes
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RmaSummary(@JsonProperty("rmaNo") @Nullable Long rmaNumber, @JsonProperty("status") @Nullable String status,
		@JsonProperty("orderDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate orderDate,
		@JsonProperty("caseId") @Nullable String caseId, @JsonProperty("orderedPart") @Nullable String orderedPart,
		@JsonProperty("customerProvidedSN") @Nullable String customerProvidedSerialNumber,
		@JsonProperty("courierList") @Nullable String courier,
		@JsonProperty("earliestShipDateTime") @Nullable String earliestShipDateTime,
		@JsonProperty("onSiteContactName") @Nullable String onSiteContactName,
		@JsonProperty("onSiteContactPhone") @Nullable String onSiteContactPhone,
		@JsonProperty("onSiteContactEmail") @Nullable String onSiteContactEmail,
		@JsonProperty("shippingAddress") @Nullable RmaAddress shippingAddress,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public RmaSummary {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

}
