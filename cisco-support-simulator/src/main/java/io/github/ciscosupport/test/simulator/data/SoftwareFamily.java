package io.github.ciscosupport.test.simulator.data;

import java.util.List;

/**
 * The software published for a product: one {@code productList} item of the Software Suggestion
 * API. A PID can have several (one per software type).
 *
 * @param softwareType the software type, for example {@code IOS XE Software}
 * @param releases the releases, oldest first
 * @author cisco-support-spring
 */
public record SoftwareFamily(String softwareType, List<SoftwareRelease> releases) {

	/**
	 * The releases Cisco suggests.
	 * @return the suggested releases
	 */
	public List<SoftwareRelease> suggested() {
		return this.releases.stream().filter(SoftwareRelease::suggested).toList();
	}

}
