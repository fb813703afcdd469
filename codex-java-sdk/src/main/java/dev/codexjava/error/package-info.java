/**
 * The exceptions the SDK throws, all unchecked, rooted at {@link dev.codexjava.error.CodexException}. Null-marked:
 * a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.codexjava.error;

import org.jspecify.annotations.NullMarked;
