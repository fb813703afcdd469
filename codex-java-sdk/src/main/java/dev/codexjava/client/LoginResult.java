package dev.codexjava.client;

/**
 * How a login flow ended ({@code account/login/completed}).
 *
 * @param loginId the login
 * @param success whether the account is now signed in
 * @param error the error message when not successful, or {@code null}
 */
public record LoginResult(String loginId, boolean success, String error) {
}
