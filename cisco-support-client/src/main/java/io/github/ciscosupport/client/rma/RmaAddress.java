package io.github.ciscosupport.client.rma;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;

/**
 * A ship-to or bill-to address of an RMA. The acknowledgement and contact fields come with ship-to
 * addresses only.
 *
 * @param customerName the customer
 * @param address1 the street address
 * @param address2 its second line
 * @param address3 its third line
 * @param address4 its fourth line
 * @param city the city
 * @param state the state
 * @param country the country
 * @param postalCode the postal code
 * @param stateProvince the state or province (Cisco's {@code stateProv})
 * @param siteUseId Cisco's ID of the site
 * @param acknowledgementUserId the user who acknowledges the delivery (Cisco's {@code ackUserId})
 * @param acknowledgementPhone their phone number
 * @param acknowledgementEmail their e-mail address
 * @param acknowledgementName their name
 * @param contactName the ship-to contact (Cisco's {@code shipToContactName})
 * @param contactPhone the ship-to contact's phone number
 * @param contactEmail the ship-to contact's e-mail address
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RmaAddress(@JsonProperty("customerName") @Nullable String customerName,
		@JsonProperty("address1") @Nullable String address1, @JsonProperty("address2") @Nullable String address2,
		@JsonProperty("address3") @Nullable String address3, @JsonProperty("address4") @Nullable String address4,
		@JsonProperty("city") @Nullable String city, @JsonProperty("state") @Nullable String state,
		@JsonProperty("country") @Nullable String country, @JsonProperty("postalCode") @Nullable String postalCode,
		@JsonProperty("stateProv") @Nullable String stateProvince, @JsonProperty("siteUseId") @Nullable String siteUseId,
		@JsonProperty("ackUserId") @Nullable String acknowledgementUserId,
		@JsonProperty("ackPhone") @Nullable String acknowledgementPhone,
		@JsonProperty("ackEmail") @Nullable String acknowledgementEmail,
		@JsonProperty("ackName") @Nullable String acknowledgementName,
		@JsonProperty("shipToContactName") @Nullable String contactName,
		@JsonProperty("shipToContactPhone") @Nullable String contactPhone,
		@JsonProperty("shipToContactEmail") @Nullable String contactEmail,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public RmaAddress {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

}
