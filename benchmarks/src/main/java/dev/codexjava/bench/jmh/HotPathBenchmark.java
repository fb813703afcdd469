package dev.codexjava.bench.jmh;

import java.util.Iterator;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexConfig;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnHandle;

/**
 * Figure 7, the hot path without the child: one {@code item/agentMessage/delta} line in, a routed, typed
 * {@link TurnEvent.AgentMessageDelta} out of {@link TurnHandle#stream()} — through the public API only
 * ({@link Codex#start(CodexConfig, dev.codexjava.transport.Transport)} over a {@link DirectTransport}). This is
 * everything the SDK does per streamed event: reading the line (the protocol layer's fast path for flat
 * notifications, with Jackson's tree as the fallback), JSON-RPC classification, listeners, routing by turn id, the
 * turn's partial text, the bounded event queue and its hand-off (woken per line: this transport cannot tell whether
 * more lines are at hand). The baseline parses the same line with a plain
 * Jackson {@code readTree}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HotPathBenchmark {

	/** A delta line as codex 0.169.0 writes it (about 200 bytes). */
	static String deltaLine(String threadId, String turnId) {
		return "{\"method\":\"item/agentMessage/delta\",\"params\":{\"threadId\":\"" + threadId + "\",\"turnId\":\""
				+ turnId + "\",\"itemId\":\"msg-1\",\"delta\":\"x\"},\"emittedAtMs\":1764068460123}";
	}

	private DirectTransport transport;

	private Codex codex;

	private CodexThread thread;

	private TurnHandle handle;

	private Iterator<TurnEvent> events;

	private String line;

	private JsonMapper plain;

	@Setup(Level.Trial)
	public void start() {
		this.plain = JsonMapper.builder().build();
		this.transport = new DirectTransport();
		this.codex = Codex.start(CodexConfig.builder().build(), this.transport);
		this.thread = this.codex.startThread();
		this.line = deltaLine(this.thread.id(), "019ab9f0-5c1e-7d12-9a8b-4f3e2d1c0b9a");
	}

	/** Each iteration streams into a fresh turn (so the turn's partial text does not grow without end). */
	@Setup(Level.Iteration)
	public void newTurn() {
		endTurn();
		this.handle = this.thread.turn("bench");
		this.events = this.handle.stream().iterator();
		String threadId = this.thread.id();
		String turnId = this.handle.id();
		this.transport.deliver("{\"method\":\"turn/started\",\"params\":{\"threadId\":\"" + threadId
				+ "\",\"turn\":{\"id\":\"" + turnId + "\",\"items\":[],\"status\":\"inProgress\"}}}");
		this.transport.deliver("{\"method\":\"item/started\",\"params\":{\"item\":{\"type\":\"agentMessage\","
				+ "\"id\":\"msg-1\",\"text\":\"\",\"phase\":null},\"threadId\":\"" + threadId + "\",\"turnId\":\""
				+ turnId + "\"}}");
		this.events.next();
		this.events.next();
		this.line = deltaLine(threadId, turnId);
	}

	private void endTurn() {
		if (this.handle == null) {
			return;
		}
		this.transport.deliver("{\"method\":\"turn/completed\",\"params\":{\"threadId\":\"" + this.thread.id()
				+ "\",\"turn\":{\"id\":\"" + this.handle.id() + "\",\"items\":[],\"status\":\"completed\","
				+ "\"error\":null}}}");
		while (this.events.hasNext()) {
			this.events.next();
		}
		this.handle = null;
	}

	@TearDown(Level.Trial)
	public void stop() {
		endTurn();
		this.codex.close();
	}

	/** The SDK: line in → routed, typed event out of the turn's stream. */
	@Benchmark
	public TurnEvent sdkLineToTypedEvent() {
		this.transport.deliver(this.line);
		return this.events.next();
	}

	/** The baseline: plain Jackson parsing of the same line into a tree. */
	@Benchmark
	public JsonNode jacksonReadTree() {
		return this.plain.readTree(this.line);
	}

}
