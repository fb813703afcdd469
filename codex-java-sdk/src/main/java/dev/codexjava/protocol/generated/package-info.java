/**
 * The app-server protocol's types, generated from the pinned codex binary's schema ({@code codex app-server
 * generate-json-schema}); do not edit. Regenerate with {@code ./mvnw -B -pl codex-integration-tests -am verify -Dtest=ProtocolSourcesTest -Dsurefire.failIfNoSpecifiedTests=false -Dcodex.protocol.regenerate=true}.
 */
package dev.codexjava.protocol.generated;
