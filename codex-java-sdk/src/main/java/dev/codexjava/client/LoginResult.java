package dev.codexjava.client;

import org.jspecify.annotations.Nullable;

/**
 * How a login flow ended ({@code account/login/completed}).
 *
 * @param loginId the login
 * @param success whether the account is now signed in
 * @param error the error message when not successful, or {@code null}
 */
public record LoginResult(String loginId, boolean success, @Nullable String error) {
}
