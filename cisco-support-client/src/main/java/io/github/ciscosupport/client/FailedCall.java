package io.github.ciscosupport.client;

import org.jspecify.annotations.Nullable;

/**
 * What identifies a failed call to a Cisco Support API, for logs and support tickets. Never holds
 * a token or secret.
 *
 * @param method the HTTP method
 * @param path the request path, without the query string
 * @param messageId the gateway's {@code X-Mashery-Message-ID}, which Cisco support can trace, or
 * null
 * @param bodyExcerpt the first 200 characters of the response body, or empty
 */
public record FailedCall(String method, String path, @Nullable String messageId, String bodyExcerpt) {

}
