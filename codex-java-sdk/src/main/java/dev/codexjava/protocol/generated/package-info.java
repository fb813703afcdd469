/**
 * The app-server protocol's types, generated from the pinned codex binary's schema ({@code codex app-server
 * generate-json-schema}); do not edit. Regenerate with {@code ./mvnw -B -pl codex-integration-tests -am verify -Dtest=ProtocolSourcesTest -Dsurefire.failIfNoSpecifiedTests=false -Dcodex.protocol.regenerate=true}.
 * Null-marked: a record component the schema does not require, or that accepts {@code null}, is {@code @Nullable};
 * the others are non-null whenever the server keeps to its schema.
 */
@NullMarked
package dev.codexjava.protocol.generated;

import org.jspecify.annotations.NullMarked;
