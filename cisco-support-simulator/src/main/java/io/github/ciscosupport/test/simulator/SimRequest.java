package io.github.ciscosupport.test.simulator;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;

/**
 * A request as the simulator's handlers see it: method, raw path, decoded query parameters,
 * headers and body.
 *
 * @author cisco-support-spring
 */
final class SimRequest {

	private final String method;

	private final String path;

	private final Map<String, List<String>> query;

	private final Map<String, List<String>> headers;

	private final String body;

	SimRequest(String method, String url, Map<String, List<String>> headers, String body) {
		this.method = method;
		int question = url.indexOf('?');
		this.path = (question < 0) ? url : url.substring(0, question);
		this.query = parseForm((question < 0) ? "" : url.substring(question + 1));
		TreeMap<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		sorted.putAll(headers);
		this.headers = Collections.unmodifiableMap(sorted);
		this.body = (body != null) ? body : "";
	}

	static SimRequest from(Request request) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (HttpHeader header : request.getHeaders().all()) {
			headers.put(header.key(), List.copyOf(header.values()));
		}
		return new SimRequest(request.getMethod().getName(), request.getUrl(), headers, request.getBodyAsString());
	}

	String method() {
		return this.method;
	}

	String path() {
		return this.path;
	}

	Map<String, List<String>> queryParameters() {
		return this.query;
	}

	String query(String name) {
		List<String> values = this.query.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	Map<String, List<String>> headers() {
		return this.headers;
	}

	String header(String name) {
		List<String> values = this.headers.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	String body() {
		return this.body;
	}

	/**
	 * The decoded path segments after a base path. {@code %2F} inside a segment decodes to a
	 * {@code /} that stays part of the segment (PIDs such as {@code CISCO1811W-AG-A/K9}); {@code +}
	 * stays a plus. A trailing slash is ignored.
	 * @param basePath the base path
	 * @return the segments
	 */
	List<String> segmentsAfter(String basePath) {
		String rest = this.path.substring(basePath.length());
		List<String> segments = new ArrayList<>();
		if (rest.isEmpty() || rest.equals("/")) {
			return segments;
		}
		String[] parts = rest.substring(1).split("/", -1);
		for (int i = 0; i < parts.length; i++) {
			if (i == parts.length - 1 && parts[i].isEmpty()) {
				break;
			}
			segments.add(decodeSegment(parts[i]));
		}
		return segments;
	}

	static String decodeSegment(String segment) {
		if (segment.indexOf('%') < 0) {
			return segment;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c == '%' && i + 2 < segment.length() && Character.digit(segment.charAt(i + 1), 16) >= 0
					&& Character.digit(segment.charAt(i + 2), 16) >= 0) {
				bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	static Map<String, List<String>> parseForm(String text) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		if (text == null || text.isEmpty()) {
			return result;
		}
		for (String pair : text.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decodeForm((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decodeForm(pair.substring(equals + 1));
			result.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return result;
	}

	private static String decodeForm(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
