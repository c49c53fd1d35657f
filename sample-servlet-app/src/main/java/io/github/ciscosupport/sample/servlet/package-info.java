/**
 * The README's blocking example, a servlet application.
 */
@NullMarked
package io.github.ciscosupport.sample.servlet;

import org.jspecify.annotations.NullMarked;
