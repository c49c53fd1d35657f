package io.github.ciscosupport.test.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.common.Json;

import io.github.ciscosupport.test.simulator.data.Catalogue;
import io.github.ciscosupport.test.simulator.data.Product;
import io.github.ciscosupport.test.simulator.data.SoftwareFamily;
import io.github.ciscosupport.test.simulator.data.SoftwareRelease;

/**
 * Automated Software Distribution v4.0, POST only with JSON bodies: {@code metadata/pidrelease}
 * (one PID, paged by {@code pageIndex}/{@code perPage} of at most 25 releases),
 * {@code metadata/pidimage}, {@code download/pidimage} (at most 5 image GUIDs) and
 * {@code compliance/k9} / {@code compliance/eula}. Invalid requests get HTTP 400 with an
 * {@code exception} object. Download URLs are placeholders: nothing is downloadable.
 *
 * @author cisco-support-spring
 */
final class AsdHandler implements ApiHandler {

	static final int MAX_PER_PAGE = 25;

	static final int MAX_IMAGES = 5;

	private final Catalogue catalogue;

	private final Map<String, SoftwareRelease.Image> imagesByGuid = new HashMap<>();

	AsdHandler(Catalogue catalogue) {
		this.catalogue = catalogue;
		for (Product product : catalogue.products()) {
			for (SoftwareFamily family : catalogue.software(product.productId())) {
				for (SoftwareRelease release : family.releases()) {
					for (SoftwareRelease.Image image : release.images()) {
						this.imagesByGuid.put(image.imageGuid(), image);
					}
				}
			}
		}
	}

	@Override
	public Api api() {
		return Api.ASD;
	}

	@Override
	public Route route(SimRequest request, List<String> segments) {
		String endpoint = String.join("/", segments);
		Map<String, Object> body = parse(request.body());
		String pid = (body != null && body.get("pid") != null) ? String.valueOf(body.get("pid")) : null;
		List<String> inputs = new ArrayList<>();
		if (pid != null) {
			inputs.add(pid);
		}
		return switch (endpoint) {
			case "metadata/pidrelease" -> Route.post(endpoint, inputs, () -> (body == null) ? invalidBody()
					: byRelease(body, pid));
			case "metadata/pidimage" -> Route.post(endpoint, inputs, () -> (body == null) ? invalidBody()
					: byImage(body, pid));
			case "download/pidimage" -> {
				List<String> guids = strings((body != null) ? body.get("imageGuids") : null);
				inputs.addAll(guids);
				yield Route.post(endpoint, inputs, () -> (body == null) ? invalidBody() : download(body, pid, guids));
			}
			case "compliance/k9", "compliance/eula" -> Route.post(endpoint, inputs,
					() -> (body == null) ? invalidBody() : compliance(body, segments.get(1)));
			default -> null;
		};
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			Object value = Json.read(body, Object.class);
			return (value instanceof Map) ? (Map<String, Object>) value : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private SimResponse byRelease(Map<String, Object> body, String pid) {
		Product product = (pid != null) ? this.catalogue.product(pid).orElse(null) : null;
		if (product == null || this.catalogue.software(pid).isEmpty()) {
			return error("INVALID_PID", "No software is available for PID " + pid);
		}
		if (body.get("currentReleaseVersion") == null) {
			return error("MISSING_CURRENT_RELEASE", "currentReleaseVersion is required");
		}
		SoftwareFamily family = this.catalogue.software(pid).get(0);
		String output = String.valueOf(body.getOrDefault("outputReleaseVersion", "latest"));
		List<SoftwareRelease> releases;
		if (output.equalsIgnoreCase("latest")) {
			releases = List.of(family.releases().get(family.releases().size() - 1));
		}
		else if (output.equalsIgnoreCase("all")) {
			releases = family.releases();
		}
		else {
			releases = family.releases().stream().filter((r) -> r.releaseFormat1().equals(output)).toList();
			if (releases.isEmpty()) {
				return error("INVALID_RELEASE", "Unknown release " + output + " for PID " + pid);
			}
		}
		return metadata(body, product, family, releases, "/software/v4.0/metadata/pidrelease",
				"Software Metadata By PID And Release");
	}

	private SimResponse byImage(Map<String, Object> body, String pid) {
		Product product = (pid != null) ? this.catalogue.product(pid).orElse(null) : null;
		if (product == null || this.catalogue.software(pid).isEmpty()) {
			return error("INVALID_PID", "No software is available for PID " + pid);
		}
		List<String> names = strings(body.get("imageNames"));
		if (names.isEmpty()) {
			return error("MISSING_IMAGE_NAMES", "imageNames is required");
		}
		SoftwareFamily family = this.catalogue.software(pid).get(0);
		List<SoftwareRelease> releases = family.releases()
			.stream()
			.filter((release) -> release.images().stream().anyMatch((image) -> names.contains(image.imageName())))
			.toList();
		return metadata(body, product, family, releases, "/software/v4.0/metadata/pidimage",
				"Software Metadata By PID And Image");
	}

	private static SimResponse metadata(Map<String, Object> body, Product product, SoftwareFamily family,
			List<SoftwareRelease> releases, String path, String title) {
		int pageIndex = number(body.get("pageIndex"), 1);
		int perPage = number(body.get("perPage"), MAX_PER_PAGE);
		if (pageIndex < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
			return error("INVALID_PAGINATION", "pageIndex must be positive and perPage between 1 and " + MAX_PER_PAGE);
		}
		List<SoftwareRelease> page = Paging.page(releases, pageIndex, perPage);
		List<JsonObject> releaseItems = new ArrayList<>();
		for (SoftwareRelease release : page) {
			List<JsonObject> images = new ArrayList<>();
			for (SoftwareRelease.Image image : release.images()) {
				images.add(new JsonObject().with("imageGuid", image.imageGuid())
					.with("name", image.imageName())
					.with("size", String.valueOf(image.imageSize()))
					.with("imageDescription", family.softwareType() + " " + release.releaseFormat1())
					.with("featureSetDescription", image.featureSet())
					.withPresent("minDram", (image.requiredDram() > 0) ? String.valueOf(image.requiredDram()) : null)
					.withPresent("minFlash", (image.requiredFlash() > 0) ? String.valueOf(image.requiredFlash()) : null)
					.with("encryptionSoftwareIndicator", image.featureSet().contains("NO PAYLOAD") ? "N" : "Y")
					.with("md5", image.md5())
					.with("releaseDate", release.releaseDate().toString()));
			}
			releaseItems.add(new JsonObject().with("version", release.releaseFormat1())
				.with("fcsDate", release.releaseDate().toString())
				.with("lifeCycle", release.lifeCycle())
				.with("isSuggested", release.suggested() ? "Y" : "N")
				.with("images", images));
		}
		String transId = "SIM-" + Integer.toHexString((product.productId() + releases).hashCode());
		JsonObject operatingSystem = new JsonObject().with("name", family.softwareType())
			.with("releases", releaseItems);
		JsonObject softwareType = new JsonObject().with("softwareTypeId", product.mdfId() + "01")
			.with("softwareTypeName", family.softwareType())
			.with("operatingSystems", List.of(operatingSystem));
		JsonObject mdfProduct = new JsonObject().with("mdfId", product.mdfId())
			.with("mdfConceptName", product.name())
			.with("softwareTypes", List.of(softwareType));
		JsonObject metadata = new JsonObject().with("pid", product.productId()).with("products", List.of(mdfProduct));
		return SimResponse.json(new JsonObject()
			.with("pagination",
					new JsonObject().with("pageIndex", pageIndex)
						.with("lastIndex", Math.max(1, Paging.lastIndex(releases.size(), perPage)))
						.with("totalRecords", releases.size())
						.with("pageRecords", page.size()))
			.with("selfLink", "https://api.cisco.com" + path)
			.with("title", title)
			.with("metadataTransId", transId)
			.with("metadata", List.of(metadata)));
	}

	private SimResponse download(Map<String, Object> body, String pid, List<String> guids) {
		if (pid == null || this.catalogue.product(pid).isEmpty()) {
			return error("INVALID_PID", "Unknown PID " + pid);
		}
		if (body.get("metadataTransId") == null) {
			return error("MISSING_METADATA_TRANS_ID", "metadataTransId is required");
		}
		if (guids.isEmpty() || guids.size() > MAX_IMAGES) {
			return error("INVALID_IMAGE_GUIDS", "Between 1 and " + MAX_IMAGES + " image GUIDs are allowed");
		}
		List<JsonObject> downloads = new ArrayList<>();
		for (String guid : guids) {
			SoftwareRelease.Image image = this.imagesByGuid.get(guid);
			if (image == null) {
				downloads.add(new JsonObject().with("imageGuid", guid)
					.with("exception", new JsonObject().with("errorCode", "INVALID_IMAGE_GUID")
						.with("errorDescription", "Unknown image GUID " + guid)));
				continue;
			}
			String token = Integer.toHexString((guid + pid).hashCode());
			downloads.add(new JsonObject()
				.with("url", "https://download.cisco-simulator.invalid/" + image.imageName() + "?token=" + token)
				.with("token", token)
				.with("imageGuid", guid)
				.with("imageName", image.imageName()));
		}
		return SimResponse.json(new JsonObject().with("selfLink", "https://api.cisco.com/software/v4.0/download/pidimage")
			.with("title", "Software Download URLs")
			.with("sessionId", "SIM-" + Integer.toHexString(guids.hashCode()))
			.with("downloads", downloads));
	}

	private static SimResponse compliance(Map<String, Object> body, String kind) {
		Object status = body.get("status");
		if (!"Accepted".equals(status) && !"Declined".equals(status)) {
			return error("INVALID_STATUS", "status must be Accepted or Declined");
		}
		if ("Declined".equals(status) && body.get("declineComments") == null) {
			return error("MISSING_DECLINE_COMMENTS", "declineComments is required when declining");
		}
		return SimResponse.json(new JsonObject().with("statusCode", "SUCCESS")
			.with("statusMessage", (kind.equals("k9") ? "K9" : "EULA") + " agreement " + status));
	}

	private static List<String> strings(Object value) {
		List<String> result = new ArrayList<>();
		if (value instanceof List<?> list) {
			for (Object item : list) {
				result.add(String.valueOf(item));
			}
		}
		else if (value != null) {
			for (String item : String.valueOf(value).split(",")) {
				if (!item.isBlank()) {
					result.add(item.trim());
				}
			}
		}
		return result;
	}

	private static int number(Object value, int fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			return (value instanceof Number number) ? number.intValue() : Integer.parseInt(String.valueOf(value));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static SimResponse invalidBody() {
		return error("INVALID_REQUEST_BODY", "The request body must be a JSON object");
	}

	private static SimResponse error(String code, String description) {
		return SimResponse.json(400, new JsonObject().with("exception",
				new JsonObject().with("errorCode", code).with("errorDescription", description))).outcome(code);
	}

}
