package dev.codexjava.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.node.ObjectNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Params;

/**
 * A ChatGPT login in progress. For the browser flow open {@link #authUrl()}; for the device-code flow show
 * {@link #verificationUrl()} and {@link #userCode()}. Then {@link #await(Duration)} the outcome or {@link #cancel()}.
 */
public final class LoginHandle {

	private final ClientCore core;

	private final String loginId;

	private final String authUrl;

	private final String verificationUrl;

	private final String userCode;

	private final CompletableFuture<LoginResult> completion;

	LoginHandle(ClientCore core, String loginId, String authUrl, String verificationUrl, String userCode) {
		this.core = core;
		this.loginId = loginId;
		this.authUrl = authUrl;
		this.verificationUrl = verificationUrl;
		this.userCode = userCode;
		this.completion = core.router.awaitLogin(loginId);
	}

	/** The login id. */
	public String loginId() {
		return this.loginId;
	}

	/** The URL to open in a browser (browser flow), or {@code null}. */
	public @Nullable String authUrl() {
		return this.authUrl;
	}

	/** The URL where the user enters the code (device-code flow), or {@code null}. */
	public @Nullable String verificationUrl() {
		return this.verificationUrl;
	}

	/** The code to enter (device-code flow), or {@code null}. */
	public @Nullable String userCode() {
		return this.userCode;
	}

	/**
	 * Waits for the login to finish.
	 * @throws dev.codexjava.error.CodexTimeoutException if it does not finish in time (the login stays open)
	 */
	public LoginResult await(Duration timeout) {
		return ClientCore.await(this.completion, timeout, "Login " + this.loginId);
	}

	/** The outcome as a future. */
	public CompletableFuture<LoginResult> completion() {
		return this.core.publish(this.completion);
	}

	/** Cancels the login; {@link #await} then returns an unsuccessful result. */
	public void cancel() {
		ObjectNode params = Params.create().put("loginId", this.loginId).node();
		ClientCore.await(this.core.request("account/login/cancel", params));
	}

	@Override
	public String toString() {
		return "LoginHandle[" + this.loginId + "]";
	}

}
