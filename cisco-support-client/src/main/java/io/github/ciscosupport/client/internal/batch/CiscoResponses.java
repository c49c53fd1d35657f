package io.github.ciscosupport.client.internal.batch;

import java.util.List;
import java.util.function.Function;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.CiscoSupportException;
import io.github.ciscosupport.client.internal.paging.PageWalker;
import io.github.ciscosupport.client.internal.paging.Paged;
import io.github.ciscosupport.client.ItemError;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends a request and decodes a Cisco response body through the {@code WebClient}'s codecs,
 * with the Cisco twists: an HTTP 200 may carry errors, and a 4xx may carry a JSON body that
 * names the problem ({@code ErrorResponse} with {@code API_INVALID_INPUT} and a 400, for
 * instance), which is decoded like a 200 so that the client can turn it into item errors. An
 * access-denied code anywhere at the top level raises
 * {@link io.github.ciscosupport.client.CiscoSupportAuthorizationException}; any other status,
 * or a 4xx whose body names no error, raises {@link CiscoSupportApiException}.
 */
public final class CiscoResponses {

	private CiscoResponses() {
	}

	/**
	 * Sends the request and decodes the body.
	 * @param <E> the body type
	 * @param request the request, ready to exchange
	 * @param bodyType the body type
	 * @return the decoded body
	 */
	public static <E extends ApiResponseBody> Mono<E> exchange(WebClient.RequestHeadersSpec<?> request,
			Class<E> bodyType) {
		return exchange(request, ParameterizedTypeReference.forType(bodyType));
	}

	/**
	 * Sends the request and decodes the body into a generic type.
	 * @param <E> the body type
	 * @param request the request, ready to exchange
	 * @param bodyType the body type
	 * @return the decoded body
	 */
	public static <E extends ApiResponseBody> Mono<E> exchange(WebClient.RequestHeadersSpec<?> request,
			ParameterizedTypeReference<E> bodyType) {
		return request.exchangeToMono((response) -> decode(response, bodyType));
	}

	/**
	 * Runs a search (bugs of a product, cases of a user...): walks its pages lazily (see
	 * {@link PageWalker}) and streams their {@link #searchItems(ApiResponseBody, Function) items}.
	 * @param <E> the page type
	 * @param <T> the item type
	 * @param webClient the Cisco Support {@code WebClient}
	 * @param request the request, whose template has a {@code {page}} variable
	 * @param pageType the page type
	 * @param itemsOf the items of a page
	 * @return the items of every page
	 */
	public static <E extends Paged & ApiResponseBody, T> Flux<T> search(WebClient webClient, RequestTemplate request,
			ParameterizedTypeReference<E> pageType, Function<E, List<T>> itemsOf) {
		return PageWalker.items((page) -> exchange(request.get(webClient, page), pageType),
				(page) -> searchItems(page, itemsOf));
	}

	/**
	 * The items of a page of a search (bugs of a product, cases of a user...), as opposed to a
	 * lookup by inputs: "no records" is simply no items, and any other top-level error fails the
	 * search, since it names no input that could carry it.
	 * @param <E> the body type
	 * @param <T> the item type
	 * @param body a decoded page
	 * @param itemsOf the items of a page
	 * @return the items, empty if Cisco found none
	 * @throws CiscoSupportApiException for a top-level error other than "no records"; its status
	 * is 0, as the error came in the body
	 */
	public static <E extends ApiResponseBody, T> List<T> searchItems(E body, Function<E, List<T>> itemsOf) {
		for (ItemError error : body.topLevelErrors()) {
			if (error.kind() != ItemError.Kind.NOT_FOUND) {
				throw new CiscoSupportApiException(0, error.code(),
						"Cisco refused the search [" + error.code() + "] " + error.description());
			}
		}
		return itemsOf.apply(body);
	}

	private static <E extends ApiResponseBody> Mono<E> decode(ClientResponse response,
			ParameterizedTypeReference<E> bodyType) {
		int status = response.statusCode().value();
		if (response.statusCode().is2xxSuccessful()) {
			return response.bodyToMono(bodyType)
				.onErrorMap((ex) -> !(ex instanceof CiscoSupportException),
						(ex) -> unexpected(response, "a body that is not the expected JSON (" + ex.getMessage() + ")", ex))
				.switchIfEmpty(Mono.error(() -> unexpected(response, "an empty body", null)))
				.doOnNext((body) -> rejectAccessDenied(status, body));
		}
		if (response.statusCode().is4xxClientError() && isJson(response)) {
			return response.bodyToMono(bodyType)
				.onErrorComplete()
				.filter((body) -> !body.topLevelErrors().isEmpty())
				.doOnNext((body) -> rejectAccessDenied(status, body))
				.switchIfEmpty(Mono.error(() -> unexpected(response, "a body that names no Cisco error", null)));
		}
		return response.releaseBody().then(Mono.error(() -> unexpected(response, "no Cisco error body", null)));
	}

	private static boolean isJson(ClientResponse response) {
		return response.headers()
			.contentType()
			.map((type) -> type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"))
			.orElse(false);
	}

	private static void rejectAccessDenied(int status, ApiResponseBody body) {
		body.topLevelErrors()
			.forEach((error) -> CiscoErrorCodes.rejectAccessDenied(status, error.code(), error.description()));
	}

	private static CiscoSupportApiException unexpected(ClientResponse response, String what, @Nullable Throwable cause) {
		return new CiscoSupportApiException(response.statusCode().value(), null,
				"Cisco answered HTTP " + response.statusCode().value() + " with " + what + " to "
						+ response.request().getMethod() + " " + response.request().getURI().getRawPath(),
				cause);
	}

}
