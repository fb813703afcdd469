/**
 * The client API: {@link dev.codexjava.client.Codex} (blocking) and {@link dev.codexjava.client.AsyncCodex}, threads,
 * turns and their events, options, approvals and dynamic tools. Some classes here are internal (package-private); the
 * public types are the API. Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.codexjava.client;

import org.jspecify.annotations.NullMarked;
