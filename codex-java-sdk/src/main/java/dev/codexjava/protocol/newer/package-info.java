/**
 * Typed protocol entries that are newer than the pinned codex binary (0.169.0) the types of
 * {@code dev.codexjava.protocol.generated} are generated from: hand-written records, method and notification
 * descriptors, each checked against the schema of the version that introduced it (codex-integration-tests
 * {@code NewerProtocolTest}, {@code ProtocolCoverageTest}). An older server answers their requests with
 * {@link dev.codexjava.error.MethodNotFoundException} and never sends their notifications. They move to the generated
 * package when the pinned version does. Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.codexjava.protocol.newer;

import org.jspecify.annotations.NullMarked;
