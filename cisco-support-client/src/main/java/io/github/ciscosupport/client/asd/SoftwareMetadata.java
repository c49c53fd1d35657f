package io.github.ciscosupport.client.asd;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.json.CiscoBooleanDeserializer;
import io.github.ciscosupport.client.json.CiscoDateDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The software metadata of a product ID, as ASD nests it: MDF products, their software types,
 * operating systems, releases and images. Lists are never null.
 *
 * @param pid the product ID
 * @param products the MDF products of the product ID
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SoftwareMetadata(@JsonProperty("pid") @Nullable String pid,
		@JsonProperty("products") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Product> products) {

	public SoftwareMetadata {
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
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Product(@JsonProperty("mdfId") @Nullable String mdfId,
			@JsonProperty("mdfConceptName") @Nullable String mdfConceptName,
			@JsonProperty("softwareTypes") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<SoftwareType> softwareTypes) {

		public Product {
			softwareTypes = orEmpty(softwareTypes);
		}

	}

	/**
	 * A software type of a product.
	 *
	 * @param softwareTypeId its ID
	 * @param softwareTypeName its name ({@code IOS XE Software})
	 * @param operatingSystems its operating systems
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record SoftwareType(@JsonProperty("softwareTypeId") @Nullable String softwareTypeId,
			@JsonProperty("softwareTypeName") @Nullable String softwareTypeName,
			@JsonProperty("operatingSystems") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<OperatingSystem> operatingSystems) {

		public SoftwareType {
			operatingSystems = orEmpty(operatingSystems);
		}

	}

	/**
	 * An operating system of a software type.
	 *
	 * @param name its name
	 * @param releases its releases
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record OperatingSystem(@JsonProperty("name") @Nullable String name,
			@JsonProperty("releases") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Release> releases) {

		public OperatingSystem {
			releases = orEmpty(releases);
		}

	}

	/**
	 * A release.
	 *
	 * @param version the version ({@code 17.9.4a})
	 * @param fcsDate its first customer shipment date
	 * @param lifeCycle its life-cycle stage
	 * @param suggested whether Cisco suggests it
	 * @param images its images
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Release(@JsonProperty("version") @Nullable String version,
			@JsonProperty("fcsDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate fcsDate,
			@JsonProperty("lifeCycle") @Nullable String lifeCycle,
			@JsonProperty("isSuggested") @JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean suggested,
			@JsonProperty("images") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Image> images) {

		public Release {
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
	 * @param releaseDate when it was released
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Image(@JsonProperty("imageGuid") @Nullable String imageGuid, @JsonProperty("name") @Nullable String name,
			@JsonProperty("size") @Nullable String size,
			@JsonProperty("imageDescription") @Nullable String imageDescription,
			@JsonProperty("featureSetDescription") @Nullable String featureSetDescription,
			@JsonProperty("minDram") @Nullable String minDram, @JsonProperty("minFlash") @Nullable String minFlash,
			@JsonProperty("encryptionSoftwareIndicator") @JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean encryptionSoftware,
			@JsonProperty("md5") @Nullable String md5,
			@JsonProperty("releaseDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate releaseDate) {

	}

}
