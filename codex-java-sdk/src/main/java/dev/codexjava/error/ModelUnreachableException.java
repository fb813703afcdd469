package dev.codexjava.error;

import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * A turn was given up because the app-server kept reporting that it cannot reach the model: its {@code error}
 * notifications with {@code willRetry: true} and a connection failure without an HTTP status
 * ({@code responseStreamDisconnected}, {@code responseStreamConnectionFailed}, {@code httpConnectionFailed}), for
 * example {@code "Reconnecting... waiting for network"} when the provider's {@code base_url} points nowhere or the
 * host cannot be resolved. The server would retry for as long as the turn timeout allows; the client failed the turn
 * once the reports went on for {@code modelUnreachableTimeout} and asked the server to interrupt it, so the thread
 * can run another turn. The message holds the server's last report (URL credentials masked), never a key.
 */
public class ModelUnreachableException extends CodexException {

	private static final long serialVersionUID = 1L;

	private final String threadId;

	private final String turnId;

	private final String serverMessage;

	private final @Nullable String errorKind;

	private final int retryReports;

	private final transient Duration reportingFor;

	/**
	 * An exception for turn {@code turnId} of thread {@code threadId}.
	 * @param threadId the thread
	 * @param turnId the turn
	 * @param serverMessage the server's last report (message and details), credentials already masked
	 * @param errorKind the {@code codexErrorInfo} kind of the last report, or {@code null}
	 * @param retryReports how many retry reports the server sent
	 * @param reportingFor the time from the first report to the last
	 */
	public ModelUnreachableException(String threadId, String turnId, String serverMessage, @Nullable String errorKind,
			int retryReports, Duration reportingFor) {
		super("Turn " + turnId + " on thread " + threadId + " failed: the Codex app-server cannot reach the model ("
				+ serverMessage + "); it reported " + retryReports + " failed connection attempt"
				+ ((retryReports == 1) ? "" : "s") + " over " + reportingFor.toMillis() + " ms. Check the model "
				+ "provider's base_url, the network (proxy, DNS) and the credentials (modelUnreachableTimeout)");
		this.threadId = threadId;
		this.turnId = turnId;
		this.serverMessage = serverMessage;
		this.errorKind = errorKind;
		this.retryReports = retryReports;
		this.reportingFor = reportingFor;
	}

	/** The thread of the failed turn. */
	public String threadId() {
		return this.threadId;
	}

	/** The failed turn. */
	public String turnId() {
		return this.turnId;
	}

	/** The server's last report, such as {@code "Reconnecting... waiting for network: Connection failed"}. */
	public String serverMessage() {
		return this.serverMessage;
	}

	/** The {@code codexErrorInfo} kind of the last report (such as {@code responseStreamDisconnected}), or null. */
	public @Nullable String errorKind() {
		return this.errorKind;
	}

	/** How many retry reports the server sent before the client gave up. */
	public int retryReports() {
		return this.retryReports;
	}

	/** The time from the first retry report to the last one. */
	public Duration reportingFor() {
		return this.reportingFor;
	}

}
