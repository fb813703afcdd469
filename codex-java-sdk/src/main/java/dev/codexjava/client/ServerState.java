package dev.codexjava.client;

/** The state of one app-server of a client ({@link ServerStatus#state()}). */
public enum ServerState {

	/** Connected: takes new threads and calls. */
	UP,

	/** The process is being restarted, or the connection re-established, after it went away. */
	RESTARTING,

	/** Not connected and not being restarted (not started, closed, or supervision gave up). */
	DOWN

}
