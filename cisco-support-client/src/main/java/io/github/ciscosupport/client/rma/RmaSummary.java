package io.github.ciscosupport.client.rma;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.json.CiscoDateDeserializer;
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
 * @param shippingAddress where the replacement goes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RmaSummary(@JsonProperty("rmaNo") @Nullable Long rmaNumber, @JsonProperty("status") @Nullable String status,
		@JsonProperty("orderDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate orderDate,
		@JsonProperty("caseId") @Nullable String caseId, @JsonProperty("orderedPart") @Nullable String orderedPart,
		@JsonProperty("customerProvidedSN") @Nullable String customerProvidedSerialNumber,
		@JsonProperty("courierList") @Nullable String courier,
		@JsonProperty("shippingAddress") @Nullable RmaAddress shippingAddress) {

}
