package dev.codexjava.protocol;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.codexjava.error.TransportClosedException;
import dev.codexjava.transport.Transport;

/**
 * A transport test double: keeps the handler it is started with (a test hands it lines as the server would), records
 * the lines sent, and reports its close to the handler.
 */
public final class CapturingTransport implements Transport {

	/** The handler given to {@link #start}, or {@code null} before. */
	public volatile Transport.Handler handler;

	/** Every line sent, in order. */
	public final List<String> sent = new CopyOnWriteArrayList<>();

	@Override
	public void start(Handler handler) {
		this.handler = handler;
	}

	@Override
	public void send(String line) {
		this.sent.add(line);
	}

	@Override
	public boolean isOpen() {
		return true;
	}

	@Override
	public OptionalLong pid() {
		return OptionalLong.empty();
	}

	@Override
	public void close(Duration grace) {
		this.handler.onClosed(new TransportClosedException("closed", null, null));
	}

}
