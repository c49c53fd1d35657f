package io.github.ciscosupport.client.eox;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.json.CiscoBooleanDeserializer;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code EOXMigrationDetails} of an EoX record: what Cisco recommends migrating to.
 *
 * @param productIdActive whether the product ID is still active ({@code PIDActiveFlag} {@code "Y"})
 * @param migrationInformation a description of the migration product
 * @param migrationOption how to migrate ({@code "Enter PID(s)"}, {@code "See Migration Section"}...)
 * @param migrationProductId the product ID to migrate to
 * @param migrationProductName the name of the product to migrate to
 * @param migrationStrategy free-text strategy
 * @param migrationProductInfoUrl a link to information on the migration product
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EoxMigrationDetails(
		@JsonProperty("PIDActiveFlag") @JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean productIdActive,
		@JsonProperty("MigrationInformation") @Nullable String migrationInformation,
		@JsonProperty("MigrationOption") @Nullable String migrationOption,
		@JsonProperty("MigrationProductId") @Nullable String migrationProductId,
		@JsonProperty("MigrationProductName") @Nullable String migrationProductName,
		@JsonProperty("MigrationStrategy") @Nullable String migrationStrategy,
		@JsonProperty("MigrationProductInfoURL") @Nullable String migrationProductInfoUrl,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public EoxMigrationDetails {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

}
