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
 * The details of a support case ({@code caseDetail}). Times are UTC.
 *
 * @param userId the Cisco.com user who opened it
 * @param caseId the case ID
 * @param title the title
 * @param severity the severity, 1 (highest) to 4
 * @param status the status
 * @param creationDate when it was opened
 * @param updatedDate when it was last updated
 * @param closeDate when it was closed, {@code null} while open
 * @param serialNumber the serial number it is about
 * @param contractId the contract it is opened under
 * @param contactName the contact
 * @param contactUserId the contact's user ID
 * @param preferredContactMethod how the contact wants to be reached
 * @param contactEmailIds the contact's e-mail addresses
 * @param contactBusinessPhoneNumbers the contact's business phone numbers
 * @param contactMobilePhoneNumbers the contact's mobile phone numbers
 * @param ownerName the Cisco engineer who owns it
 * @param ownerEmail the owner's e-mail address
 * @param technologyName the technology
 * @param subTechnologyName the sub-technology
 * @param trackingNumber the customer's tracking number
 * @param problemCodeName the problem code
 * @param requestType the request type
 * @param rmaNumbers the RMA numbers of the case
 * @param bugIds the bug IDs of the case
 * @param notes the notes, oldest first
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseDetail(@JsonProperty("user_id") @Nullable String userId,
		@JsonProperty("case_id") @Nullable String caseId, @JsonProperty("title") @Nullable String title,
		@JsonProperty("severity") @Nullable Integer severity, @JsonProperty("status") @Nullable String status,
		@JsonProperty("creation_date") @JsonDeserialize(using = CiscoDateTimeDeserializer.class) @Nullable LocalDateTime creationDate,
		@JsonProperty("updated_date") @JsonDeserialize(using = CiscoDateTimeDeserializer.class) @Nullable LocalDateTime updatedDate,
		@JsonProperty("close_date") @JsonDeserialize(using = CiscoDateTimeDeserializer.class) @Nullable LocalDateTime closeDate,
		@JsonProperty("serial_number") @Nullable String serialNumber,
		@JsonProperty("contract_id") @Nullable String contractId,
		@JsonProperty("contact_name") @Nullable String contactName,
		@JsonProperty("contact_user_id") @Nullable String contactUserId,
		@JsonProperty("preferred_contact_method") @Nullable String preferredContactMethod,
		@JsonProperty("contact_email_ids") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> contactEmailIds,
		@JsonProperty("contact_business_phone_numbers") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> contactBusinessPhoneNumbers,
		@JsonProperty("contact_mobile_phone_numbers") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> contactMobilePhoneNumbers,
		@JsonProperty("owner_name") @Nullable String ownerName, @JsonProperty("owner_email") @Nullable String ownerEmail,
		@JsonProperty("technology_name") @Nullable String technologyName,
		@JsonProperty("sub_technology_name") @Nullable String subTechnologyName,
		@JsonProperty("tracking_number") @Nullable String trackingNumber,
		@JsonProperty("problem_code_name") @Nullable String problemCodeName,
		@JsonProperty("request_type") @Nullable String requestType,
		@JsonProperty("rmas") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> rmaNumbers,
		@JsonProperty("bugs") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> bugIds,
		@JsonProperty("notes") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Note> notes,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public CaseDetail {
		unknownFields = UnknownFields.copyOf(unknownFields);
		contactEmailIds = orEmpty(contactEmailIds);
		contactBusinessPhoneNumbers = orEmpty(contactBusinessPhoneNumbers);
		contactMobilePhoneNumbers = orEmpty(contactMobilePhoneNumbers);
		rmaNumbers = orEmpty(rmaNumbers);
		bugIds = orEmpty(bugIds);
		notes = orEmpty(notes);
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	/**
	 * A case note.
	 *
	 * @param note the note's title
	 * @param noteDetail the text
	 * @param createdBy who wrote it
	 * @param creationDate when
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Note(@JsonProperty("note") @Nullable String note,
			@JsonProperty("note_detail") @Nullable String noteDetail,
			@JsonProperty("created_by") @Nullable String createdBy,
			@JsonProperty("creation_date") @JsonDeserialize(using = CiscoDateTimeDeserializer.class) @Nullable LocalDateTime creationDate,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public Note {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

	}

}
