package dev.codexjava.bench.jmh;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.protocol.Json;

/**
 * Issue 12: writing one {@code turn/start} request as the SDK builds it (a tree) into the line handed to the
 * transport. {@link #sdkJsonWrite} is what the SDK does ({@code Json.write}: the compact tree writer);
 * {@link #generatorPath} is what it did before (Jackson's generator alone, the SDK's {@code TreeWriter}, now the
 * fallback); {@link #mapperWrite} is the mapper's {@code writeValueAsString}. Run with {@code -prof gc} for B/op:
 * <pre>
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' org.openjdk.jmh.Main RequestWrite -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RequestWriteBenchmark {

	/** {@code TreeWriter.write(JsonFactory, JsonNode)}: package-private in the SDK, reached for the comparison. */
	private static final MethodHandle GENERATOR_PATH;

	static {
		try {
			Class<?> treeWriter = Class.forName("dev.codexjava.protocol.TreeWriter");
			GENERATOR_PATH = MethodHandles.privateLookupIn(treeWriter, MethodHandles.lookup())
				.findStatic(treeWriter, "write", MethodType.methodType(String.class, JsonFactory.class, JsonNode.class));
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private ObjectNode request;

	private JsonFactory factory;

	private long id;

	@Setup
	public void setUp() {
		// the mapper's factory is the one Json.write hands to TreeWriter
		this.factory = (JsonFactory) Json.mapper().tokenStreamFactory();
		this.request = Json.object();
		this.request.put("id", 12L).put("method", "turn/start");
		ObjectNode params = this.request.putObject("params").put("threadId", "019a0000-1234-5678-9abc-def012345678");
		params.putArray("input").addObject().put("type", "text").put("text", "Say ok").putArray("text_elements");
		params.put("cwd", "/home/user/project").put("model", "gpt-5.1-codex").put("effort", "medium");
		params.putObject("sandboxPolicy").put("type", "workspaceWrite").put("networkAccess", false);
	}

	/** After: {@code Json.write}, as {@code RpcConnection.request} calls it. */
	@Benchmark
	public String sdkJsonWrite() {
		this.request.put("id", ++this.id);
		return Json.write(this.request);
	}

	/** Before: Jackson's generator alone (recycled buffers, {@code SegmentedStringWriter}). */
	@Benchmark
	public String generatorPath() throws Throwable {
		this.request.put("id", ++this.id);
		return (String) GENERATOR_PATH.invokeExact(this.factory, (JsonNode) this.request);
	}

	/** Reference: the mapper's {@code writeValueAsString}. */
	@Benchmark
	public String mapperWrite() {
		this.request.put("id", ++this.id);
		return Json.mapper().writeValueAsString(this.request);
	}

}
