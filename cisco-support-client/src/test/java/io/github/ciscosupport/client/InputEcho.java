package io.github.ciscosupport.client;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like;

/**
 * A WireMock transformer that answers like Cisco does for comma-joined inputs in the last path
 * segment: the JSON body is built from the decoded inputs of each request.
 */
public class InputEcho implements ResponseDefinitionTransformerV2 {

	private final String name;

	private final Function<List<String>, String> body;

	public InputEcho(String name, Function<List<String>, String> body) {
		this.name = name;
		this.body = body;
	}

	/** The decoded inputs of a request, as sent in the last path segment. */
	public static List<String> inputsOf(String url) {
		String path = url.split("\\?")[0];
		return Arrays.stream(path.substring(path.lastIndexOf('/') + 1).split(","))
			.map((input) -> URLDecoder.decode(input, StandardCharsets.UTF_8))
			.toList();
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		return like(serveEvent.getResponseDefinition()).withHeader("Content-Type", "application/json")
			.withBody(this.body.apply(inputsOf(serveEvent.getRequest().getUrl())))
			.build();
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return this.name;
	}

}
