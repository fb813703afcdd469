/**
 * Bytes to lines and back: the {@link dev.codexjava.transport.Transport} SPI, the child process over stdio, the
 * WebSocket and Unix-socket endpoints ({@link dev.codexjava.transport.RemoteEndpoint},
 * {@link dev.codexjava.transport.RemoteAuth}). Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.codexjava.transport;

import org.jspecify.annotations.NullMarked;
