package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;
import java.util.List;

/**
 * A bug of the Bug API.
 *
 * @param bugId the bug ID, for example {@code CSCvc57217}
 * @param headline the headline
 * @param description the description (Symptom, Conditions, Workaround)
 * @param severity the severity, 1 (catastrophic) to 6 (enhancement)
 * @param status the status: {@code O} (open), {@code F} (fixed) or {@code T} (terminated)
 * @param behaviorChanged whether the fix changes behaviour
 * @param duplicateOf the bug this one duplicates, or an empty string
 * @param createdDate the creation date, or {@code null} (served as an empty string, as Cisco
 * sometimes does)
 * @param lastModifiedDate the last modification date
 * @param product the product component name, for example {@code all_pi_infra_iosxe}
 * @param productSeries the product series the bug belongs to
 * @param basePids the base PIDs the bug affects
 * @param affectedReleases the known affected releases
 * @param fixedReleases the known fixed releases
 * @param supportCaseCount the number of support cases attached
 * @author cisco-support-spring
 */
public record Bug(String bugId, String headline, String description, int severity, String status,
		boolean behaviorChanged, String duplicateOf, LocalDate createdDate, LocalDate lastModifiedDate,
		String product, String productSeries, List<String> basePids, List<String> affectedReleases,
		List<String> fixedReleases, int supportCaseCount) {

}
