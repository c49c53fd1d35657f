/**
 * Cached answers: the typed clients can keep each input's answer in a store the application
 * chooses ({@link AnswerCache}), for as long as each API's answers stay true
 * ({@link AnswerCaching}), so that a repeated lookup spends no quota on inputs already answered.
 */
@NullMarked
package io.github.ciscosupport.client.cache;

import org.jspecify.annotations.NullMarked;
