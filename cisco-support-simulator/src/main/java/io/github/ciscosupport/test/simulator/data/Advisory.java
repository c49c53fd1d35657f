package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A security advisory of the PSIRT openVuln API.
 *
 * @param advisoryId the advisory ID, for example {@code cisco-sa-lsplus-Z6AQEOjk}
 * @param title the advisory title
 * @param bugIds the Cisco bug IDs
 * @param cves the CVE IDs
 * @param cwes the CWE IDs
 * @param cvssBaseScore the CVSS base score, as the string Cisco serves
 * @param sir the security impact rating: {@code Critical}, {@code High}, {@code Medium},
 * {@code Low} or {@code Informational}
 * @param status {@code Final} or {@code Interim}
 * @param version the advisory version, for example {@code 1.1}
 * @param firstPublished the first publication time
 * @param lastUpdated the last update time
 * @param productNames the affected product names
 * @param summary the HTML summary
 * @param osType the OS type the advisory is indexed under for OS queries, or {@code null}
 * @param affectedVersions the affected OS versions (empty when {@code osType} is {@code null})
 * @param firstFixed the first fixed releases
 * @author cisco-support-spring
 */
public record Advisory(String advisoryId, String title, List<String> bugIds, List<String> cves, List<String> cwes,
		String cvssBaseScore, String sir, String status, String version, LocalDateTime firstPublished,
		LocalDateTime lastUpdated, List<String> productNames, String summary, String osType,
		List<String> affectedVersions, List<String> firstFixed) {

}
