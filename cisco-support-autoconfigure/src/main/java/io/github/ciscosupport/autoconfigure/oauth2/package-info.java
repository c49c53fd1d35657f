/**
 * The Cisco client-credentials managers as beans, when the application has no OAuth2 client
 * setup of its own.
 */
@NullMarked
package io.github.ciscosupport.autoconfigure.oauth2;

import org.jspecify.annotations.NullMarked;
