package io.github.ciscosupport.test.simulator.data;

import java.util.List;
import java.util.Map;

/**
 * The bugs the {@link BugGenerator} made, which advisories and cases cite.
 *
 * @param all every bug, by bug ID
 * @param byFamily the bugs of each family with software, by family key
 * @author cisco-support-spring
 */
record GeneratedBugs(List<Bug> all, Map<String, List<Bug>> byFamily) {

	List<Bug> ofFamily(Family family) {
		return this.byFamily.getOrDefault(family.key(), List.of());
	}

}
