package io.github.ciscosupport.client.eox;

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
 * One EoX record: the end-of-life milestones of a product ID. Empty fields are {@code null}, as
 * are milestones Cisco has not set (sent as {@code {"value":""}}).
 *
 * @param eolProductId the product ID the record is about
 * @param productIdDescription its description
 * @param productBulletinNumber the EoL bulletin ({@code EOL13873})
 * @param linkToProductBulletinUrl a link to the bulletin
 * @param externalAnnouncementDate when the end of life was announced
 * @param endOfSaleDate the last date to order the product
 * @param endOfSoftwareMaintenanceReleases the last date of software maintenance releases
 * @param endOfSecurityVulnerabilitySupportDate the last date of security fixes
 * @param endOfRoutineFailureAnalysisDate the last date of routine failure analysis
 * @param endOfServiceContractRenewal the last date to renew a service contract
 * @param lastDateOfSupport the last date of support
 * @param endOfServiceAttachDate the last date to attach a service contract
 * @param updatedTimeStamp when Cisco last updated the record
 * @param migrationDetails what to migrate to, if Cisco says
 * @param inputType which query produced the record ({@code ShowEOXBySerialNumber}, ...)
 * @param inputValue the input(s) the record answers, as Cisco echoes them (may be comma-joined
 * or carry trailing spaces; the client maps them back to your inputs)
 * @param error the error Cisco attached to the record; records handed out as values never have
 * one
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EoxRecord(@JsonProperty("EOLProductID") @Nullable String eolProductId,
		@JsonProperty("ProductIDDescription") @Nullable String productIdDescription,
		@JsonProperty("ProductBulletinNumber") @Nullable String productBulletinNumber,
		@JsonProperty("LinkToProductBulletinURL") @Nullable String linkToProductBulletinUrl,
		@JsonProperty("EOXExternalAnnouncementDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate externalAnnouncementDate,
		@JsonProperty("EndOfSaleDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate endOfSaleDate,
		@JsonProperty("EndOfSWMaintenanceReleases") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate endOfSoftwareMaintenanceReleases,
		@JsonProperty("EndOfSecurityVulSupportDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate endOfSecurityVulnerabilitySupportDate,
		@JsonProperty("EndOfRoutineFailureAnalysisDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate endOfRoutineFailureAnalysisDate,
		@JsonProperty("EndOfServiceContractRenewal") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate endOfServiceContractRenewal,
		@JsonProperty("LastDateOfSupport") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate lastDateOfSupport,
		@JsonProperty("EndOfSvcAttachDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate endOfServiceAttachDate,
		@JsonProperty("UpdatedTimeStamp") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate updatedTimeStamp,
		@JsonProperty("EOXMigrationDetails") @Nullable EoxMigrationDetails migrationDetails,
		@JsonProperty("EOXInputType") @Nullable String inputType,
		@JsonProperty("EOXInputValue") @Nullable String inputValue,
		@JsonProperty("EOXError") @Nullable EoxError error,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public EoxRecord {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

}
