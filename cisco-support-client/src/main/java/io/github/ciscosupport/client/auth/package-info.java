/**
 * The application's authorization with Cisco: its credentials, the client-credentials token
 * shared by every call ({@link io.github.ciscosupport.client.auth.CiscoSupportAuthorization}, with
 * Spring Security's OAuth2 managers), the retries of token requests and the listener of token
 * fetches.
 */
@NullMarked
package io.github.ciscosupport.client.auth;

import org.jspecify.annotations.NullMarked;
