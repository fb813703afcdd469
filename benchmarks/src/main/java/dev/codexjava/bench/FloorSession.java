package dev.codexjava.bench;

/**
 * What the user harness drives of a floor client ({@link FloorClient}, {@link JacksonFloorClient}): a thread, trivial
 * turns and streamed turns on it, then the close that stops its app-server.
 */
interface FloorSession extends AutoCloseable {

	/** Starts an ephemeral thread; its id. */
	String startThread();

	/** One turn, read to its {@code turn/completed}. */
	void runTurn(String threadId, String prompt);

	/** One turn, its deltas counted and the first and last timed. */
	FloorClient.StreamTurn streamTurn(String threadId, String prompt);

	@Override
	void close();

}
