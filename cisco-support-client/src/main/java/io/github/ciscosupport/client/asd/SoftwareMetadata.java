package io.github.ciscosupport.client.asd;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.json.CiscoBooleanDeserializer;
import io.github.ciscosupport.client.internal.json.CiscoDateDeserializer;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The software metadata of a product ID, as ASD nests it: MDF products, their software types,
 * operating systems, releases and images. Lists are never null.
 *
 * @param productId the product ID
 * @param products the MDF products of the product ID
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SoftwareMetadata(@JsonProperty("pid") @Nullable String productId,
		@JsonProperty("products") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Product> products,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public SoftwareMetadata {
		unknownFields = UnknownFields.copyOf(unknownFields);
		products = orEmpty(products);
	}

	/**
	 * Every release of every product, software type and operating system, in Cisco's order.
	 * @return the releases
	 */
	public List<Release> releases() {
		return this.products.stream()
			.flatMap((product) -> product.softwareTypes().stream())
			.flatMap((type) -> type.operatingSystems().stream())
			.flatMap((system) -> system.releases().stream())
			.toList();
	}

	static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	/**
	 * An MDF product.
	 *
	 * @param mdfId its MDF ID
	 * @param mdfConceptName its MDF name
	 * @param softwareTypes its software types
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Product(@JsonProperty("mdfId") @Nullable String mdfId,
			@JsonProperty("mdfConceptName") @Nullable String mdfConceptName,
			@JsonProperty("softwareTypes") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<SoftwareType> softwareTypes,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public Product {
			unknownFields = UnknownFields.copyOf(unknownFields);
			softwareTypes = orEmpty(softwareTypes);
		}

	}

	/**
	 * A software type of a product.
	 *
	 * @param softwareTypeId its ID
	 * @param softwareTypeName its name ({@code IOS XE Software})
	 * @param operatingSystems its operating systems
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record SoftwareType(@JsonProperty("softwareTypeId") @Nullable String softwareTypeId,
			@JsonProperty("softwareTypeName") @Nullable String softwareTypeName,
			@JsonProperty("operatingSystems") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<OperatingSystem> operatingSystems,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public SoftwareType {
			unknownFields = UnknownFields.copyOf(unknownFields);
			operatingSystems = orEmpty(operatingSystems);
		}

	}

	/**
	 * An operating system of a software type.
	 *
	 * @param name its name
	 * @param releases its releases
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record OperatingSystem(@JsonProperty("name") @Nullable String name,
			@JsonProperty("releases") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Release> releases,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public OperatingSystem {
			unknownFields = UnknownFields.copyOf(unknownFields);
			releases = orEmpty(releases);
		}

	}

	/**
	 * A release.
	 *
	 * @param version the version ({@code 17.9.4a})
	 * @param fcsDate its first customer shipment date
	 * @param message Cisco's message about the release
	 * @param lifeCycle its life-cycle stage
	 * @param suggested whether Cisco suggests it
	 * @param catalogMessage Cisco's catalogue message about the release
	 * @param images its images
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Release(@JsonProperty("version") @Nullable String version,
			@JsonProperty("fcsDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate fcsDate,
			@JsonProperty("message") @Nullable String message, @JsonProperty("lifeCycle") @Nullable String lifeCycle,
			@JsonProperty("isSuggested") @JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean suggested,
			@JsonProperty("catalogMessage") @Nullable String catalogMessage,
			@JsonProperty("images") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Image> images,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public Release {
			unknownFields = UnknownFields.copyOf(unknownFields);
			images = orEmpty(images);
		}

	}

	/**
	 * A downloadable image. Sizes are kept as Cisco sends them (strings).
	 *
	 * @param imageGuid the GUID to request its download URL with
	 * @param name the file name
	 * @param size the size in bytes
	 * @param imageDescription the description
	 * @param featureSetDescription the feature set
	 * @param minDram the DRAM it needs, in MB
	 * @param minFlash the flash it needs, in MB
	 * @param encryptionSoftware whether it contains strong encryption (K9 compliance applies)
	 * @param md5 the MD5 checksum
	 * @param sha512 the SHA-512 checksum
	 * @param deleted whether Cisco has withdrawn the image ({@code isDeleted})
	 * @param deletedDate when it was withdrawn
	 * @param releaseDate when it was released
	 * @param related whether the image is a related image rather than the one asked for
	 * ({@code isRelated})
	 * @param psirtIndicator Cisco's security advisory indicator for the image, as Cisco sends it
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Image(@JsonProperty("imageGuid") @Nullable String imageGuid, @JsonProperty("name") @Nullable String name,
			@JsonProperty("size") @Nullable String size,
			@JsonProperty("imageDescription") @Nullable String imageDescription,
			@JsonProperty("featureSetDescription") @Nullable String featureSetDescription,
			@JsonProperty("minDram") @Nullable String minDram, @JsonProperty("minFlash") @Nullable String minFlash,
			@JsonProperty("encryptionSoftwareIndicator") @JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean encryptionSoftware,
			@JsonProperty("md5") @Nullable String md5, @JsonProperty("sha512") @Nullable String sha512,
			@JsonProperty("isDeleted") @JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean deleted,
			@JsonProperty("deletedDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate deletedDate,
			@JsonProperty("releaseDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate releaseDate,
			@JsonProperty("isRelated") @JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean related,
			@JsonProperty("psirtIndicator") @Nullable String psirtIndicator,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public Image {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

	}

}
