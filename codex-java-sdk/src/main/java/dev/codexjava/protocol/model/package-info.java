/**
 * The protocol data the client API returns: threads, turns, thread items, errors, accounts, models and token counts,
 * read leniently from the server's JSON (each keeps what was received). Null-marked: a type is non-null unless it
 * says {@code @Nullable}; a field the server may omit is {@code @Nullable}.
 */
@NullMarked
package dev.codexjava.protocol.model;

import org.jspecify.annotations.NullMarked;
