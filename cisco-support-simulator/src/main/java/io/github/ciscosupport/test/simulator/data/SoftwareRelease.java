package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;
import java.util.List;

/**
 * A software release suggested for, or published for, a product family (Software Suggestion and
 * ASD APIs).
 *
 * @param releaseFormat1 the release in Cisco notation, for example {@code 15.2(7)E8} or
 * {@code 17.9.5}
 * @param releaseFormat2 the release in dotted notation, for example {@code 15.2.7E8}
 * @param releaseDate the release date
 * @param majorRelease the major release, for example {@code 15.2}
 * @param releaseTrain the release train, for example {@code E}, or an empty string
 * @param lifeCycle the life cycle: {@code MD}, {@code GD}, {@code ED} or {@code LD}
 * @param suggested whether Cisco suggests this release
 * @param images the images of the release
 * @author cisco-support-spring
 */
public record SoftwareRelease(String releaseFormat1, String releaseFormat2, LocalDate releaseDate,
		String majorRelease, String releaseTrain, String lifeCycle, boolean suggested, List<Image> images) {

	/**
	 * A software image.
	 *
	 * @param imageGuid the ASD image GUID
	 * @param imageName the file name
	 * @param imageSize the size in bytes
	 * @param featureSet the feature set
	 * @param requiredDram the required DRAM in MB
	 * @param requiredFlash the required flash in MB
	 * @param md5 the MD5 checksum
	 */
	public record Image(String imageGuid, String imageName, long imageSize, String featureSet, int requiredDram,
			int requiredFlash, String md5) {

	}

}
