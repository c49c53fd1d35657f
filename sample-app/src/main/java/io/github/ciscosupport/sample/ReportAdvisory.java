package io.github.ciscosupport.sample;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.client.psirt.SecurityAdvisory;

/**
 * A security advisory that affects devices of a report, with links to Cisco's pages.
 *
 * @param id the advisory ID ({@code cisco-sa-...})
 * @param title the title
 * @param severity the security impact rating (SIR)
 * @param cvssBaseScore the CVSS base score
 * @param cves the CVE IDs
 * @param url the advisory's page on cisco.com
 * @param firstFixed the first fixed releases PSIRT names
 * @param devices how many devices of the report it affects
 */
record ReportAdvisory(String id, @Nullable String title, @Nullable String severity, @Nullable String cvssBaseScore,
		List<String> cves, String url, List<String> firstFixed, int devices) {

	/** Cisco's page of an advisory, when PSIRT gives no publication URL. */
	static final String ADVISORY_PAGE = "https://sec.cloudapps.cisco.com/security/center/content/CiscoSecurityAdvisory/";

	static ReportAdvisory of(SecurityAdvisory advisory, int devices) {
		String url = (advisory.publicationUrl() != null && !advisory.publicationUrl().isBlank())
				? advisory.publicationUrl() : ADVISORY_PAGE + advisory.advisoryId();
		return new ReportAdvisory(advisory.advisoryId(), advisory.advisoryTitle(), advisory.sir(),
				advisory.cvssBaseScore(), advisory.cveIds(), url, advisory.firstFixed(), devices);
	}

}
