package io.github.ciscosupport.client.software;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The optional arguments of a compatible-software lookup: the software the product runs now.
 * Unset arguments are not sent (an empty one would name no release and be refused).
 * <pre class="code">
 * CompatibleSoftwareQuery query = CompatibleSoftwareQuery.none().currentRelease("16.9.1");
 * </pre>
 *
 * @param currentRelease the release the product runs, or {@code null}
 * @param currentImage the image file the product runs, or {@code null}
 */
public record CompatibleSoftwareQuery(@Nullable String currentRelease, @Nullable String currentImage) {

	private static final CompatibleSoftwareQuery NONE = new CompatibleSoftwareQuery(null, null);

	/**
	 * No optional argument: the upgrades from any release.
	 * @return the query
	 */
	public static CompatibleSoftwareQuery none() {
		return NONE;
	}

	/**
	 * This query with the release the product runs.
	 * @param currentRelease the release ({@code 16.9.1})
	 * @return a new query
	 */
	public CompatibleSoftwareQuery currentRelease(String currentRelease) {
		return new CompatibleSoftwareQuery(Objects.requireNonNull(currentRelease, "currentRelease"), this.currentImage);
	}

	/**
	 * This query with the image file the product runs.
	 * @param currentImage the image file name ({@code isr4400-universalk9.16.09.01.SPA.bin})
	 * @return a new query
	 */
	public CompatibleSoftwareQuery currentImage(String currentImage) {
		return new CompatibleSoftwareQuery(this.currentRelease, Objects.requireNonNull(currentImage, "currentImage"));
	}

	/** The query parameters of the set arguments, by name. */
	Map<String, Object> queryParameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (this.currentRelease != null) {
			parameters.put("currentRelease", this.currentRelease);
		}
		if (this.currentImage != null) {
			parameters.put("currentImage", this.currentImage);
		}
		return parameters;
	}

}
