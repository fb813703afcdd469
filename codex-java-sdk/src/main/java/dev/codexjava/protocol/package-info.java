/**
 * The JSON-RPC layer: the SDK's {@link dev.codexjava.protocol.Json} mapper, typed method and notification descriptors
 * ({@link dev.codexjava.protocol.Method}, {@link dev.codexjava.protocol.NotificationType}) and the connection that
 * frames requests, responses and notifications over a transport. Null-marked: a type is non-null unless it says
 * {@code @Nullable}.
 */
@NullMarked
package dev.codexjava.protocol;

import org.jspecify.annotations.NullMarked;
