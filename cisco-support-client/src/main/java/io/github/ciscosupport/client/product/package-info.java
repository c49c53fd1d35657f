/**
 * Typed client for the Cisco Product Information API v1:
 * {@link io.github.ciscosupport.client.product.ProductInfoClient}.
 */
@NullMarked
package io.github.ciscosupport.client.product;

import org.jspecify.annotations.NullMarked;
