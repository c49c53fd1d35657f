/**
 * The bearer-token filter and the gateway origin it keeps the token to. Not an API: it may
 * change in any release, and nothing outside the client library should use it.
 */
@NullMarked
package io.github.ciscosupport.client.internal.auth;

import org.jspecify.annotations.NullMarked;
