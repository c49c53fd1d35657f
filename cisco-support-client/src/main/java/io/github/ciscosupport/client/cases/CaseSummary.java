package io.github.ciscosupport.client.cases;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.json.CiscoDateTimeDeserializer;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A support case, as listed by case ID, contract or user. Times are UTC.
 *
 * @param itemEntryId the record number in the response
 * @param userId the Cisco.com user who opened it
 * @param caseId the case ID
 * @param title the title
 * @param severity the severity, 1 (highest) to 4
 * @param contactName the contact
 * @param statusFlag {@code O} (open) or {@code C} (closed)
 * @param status the status ({@code Customer Updated}, {@code Closed}...)
 * @param creationDate when it was opened
 * @param updatedDate when it was last updated
 * @param serialNumber the serial number it is about
 * @param contractId the contract it is opened under
 * @param technologyName the technology
 * @param subTechnologyName the sub-technology
 * @param rmaNumbers the RMA numbers of the case
 * @param bugIds the bug IDs of the case
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseSummary(@JsonProperty("item_entry_id") @Nullable String itemEntryId,
		@JsonProperty("user_id") @Nullable String userId, @JsonProperty("case_id") @Nullable String caseId,
		@JsonProperty("title") @Nullable String title, @JsonProperty("severity") @Nullable Integer severity,
		@JsonProperty("contact_name") @Nullable String contactName,
		@JsonProperty("status_flag") @Nullable String statusFlag, @JsonProperty("status") @Nullable String status,
		@JsonProperty("creation_date") @JsonDeserialize(using = CiscoDateTimeDeserializer.class) @Nullable LocalDateTime creationDate,
		@JsonProperty("updated_date") @JsonDeserialize(using = CiscoDateTimeDeserializer.class) @Nullable LocalDateTime updatedDate,
		@JsonProperty("serial_number") @Nullable String serialNumber,
		@JsonProperty("contract_id") @Nullable String contractId,
		@JsonProperty("technology_name") @Nullable String technologyName,
		@JsonProperty("sub_technology_name") @Nullable String subTechnologyName,
		@JsonProperty("rmas") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> rmaNumbers,
		@JsonProperty("bugs") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> bugIds,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public CaseSummary {
		unknownFields = UnknownFields.copyOf(unknownFields);
		rmaNumbers = (rmaNumbers != null) ? List.copyOf(rmaNumbers) : List.of();
		bugIds = (bugIds != null) ? List.copyOf(bugIds) : List.of();
	}

}
