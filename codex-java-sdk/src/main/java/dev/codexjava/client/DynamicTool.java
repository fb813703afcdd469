package dev.codexjava.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.Json;
import dev.codexjava.protocol.Params;
import dev.codexjava.protocol.generated.DynamicToolSpec;

/**
 * A tool defined in Java that the model of a thread can call (<b>experimental</b>: the app-server's
 * {@code dynamicTools}, available only when the client is built with {@link CodexConfig.Builder#experimentalApi(boolean)
 * experimentalApi(true)}). Register it with {@link ThreadOptions.Builder#dynamicTool(DynamicTool)}; its calls run on
 * the client's server-request threads (see {@link CodexConfig#approvalThreads()}), each within the tool's
 * {@link #timeout()}, and failures, exceptions and timeouts reach the model as a failed result. Immutable.
 *
 * <pre>{@code
 * record Weather(String city) {}
 * DynamicTool tool = DynamicTool.of("weather", "Today's weather in a city", Weather.class,
 *         (args) -> "sunny in " + args.city());
 * }</pre>
 */
public final class DynamicTool {

	/** How long a call may run when the tool sets no {@link #withTimeout(Duration) timeout}: 60 s. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	/**
	 * The names of Codex's own tools (found in the 0.169.0 to 0.171.0 binaries): a dynamic tool with one of them would
	 * be shadowed by (or silently dropped for) the built-in tool, so it is rejected.
	 */
	public static final Set<String> RESERVED_NAMES = Set.of("exec_command", "write_stdin", "shell", "shell_command",
			"update_plan", "apply_patch", "view_image", "web_search", "list_mcp_resources",
			"list_mcp_resource_templates", "read_mcp_resource", "request_user_input", "spawn_agent", "send_input",
			"close_agent", "tool_search");

	/** The names the Responses API accepts for functions. */
	private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

	private final String name;

	private final String description;

	private final JsonNode inputSchema;

	private final DynamicToolHandler handler;

	private final Duration timeout;

	private DynamicTool(String name, String description, JsonNode inputSchema, DynamicToolHandler handler,
			Duration timeout) {
		this.name = Objects.requireNonNull(name, "name");
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"A dynamic tool name must be 1 to 64 letters, digits, '_' or '-', was '" + name + "'");
		}
		if (RESERVED_NAMES.contains(name)) {
			throw new IllegalArgumentException("'" + name + "' is the name of a built-in Codex tool, which would shadow "
					+ "this dynamic tool: choose another name (reserved: " + new TreeSet<>(RESERVED_NAMES) + ")");
		}
		this.description = Objects.requireNonNull(description, "description");
		this.inputSchema = Objects.requireNonNull(inputSchema, "inputSchema").deepCopy();
		this.handler = Objects.requireNonNull(handler, "handler");
		this.timeout = Objects.requireNonNull(timeout, "timeout");
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("A dynamic tool timeout must be positive, was " + timeout);
		}
	}

	/** A tool with an explicit JSON schema for its arguments and a handler that gets the raw call. */
	public static DynamicTool of(String name, String description, JsonNode inputSchema, DynamicToolHandler handler) {
		return new DynamicTool(name, description, inputSchema, handler, DEFAULT_TIMEOUT);
	}

	/**
	 * A tool whose arguments are the record {@code argumentsType} (its schema derived with
	 * {@link JsonSchemas#forType(Class)}) and whose function gets them typed. The function's return value is what the
	 * model sees: a {@link DynamicToolResult} as is, a {@link String} as text, anything else as JSON text.
	 */
	public static <A> DynamicTool of(String name, String description, Class<A> argumentsType,
			Function<? super A, ?> function) {
		Objects.requireNonNull(function, "function");
		return new DynamicTool(name, description, JsonSchemas.forType(argumentsType),
				(call) -> resultOf(function.apply(call.argumentsAs(argumentsType))), DEFAULT_TIMEOUT);
	}

	/**
	 * A tool that calls {@code method} on {@code target}: one schema property per parameter (parameter names need
	 * the {@code -parameters} compiler flag), each parameter mapped from its argument, the return value as in
	 * {@link #of(String, String, Class, Function)}. The tool is named after the method.
	 * @param target the object to call the method on ({@code null} for a static method)
	 */
	public static DynamicTool ofMethod(String description, @Nullable Object target, Method method) {
		Objects.requireNonNull(method, "method");
		if (target == null && !Modifier.isStatic(method.getModifiers())) {
			throw new IllegalArgumentException("Method " + method.getName() + " is not static: give its target");
		}
		ObjectNode schema = Params.empty();
		schema.put("type", "object");
		ObjectNode properties = schema.putObject("properties");
		ArrayNode required = schema.putArray("required");
		Parameter[] parameters = method.getParameters();
		JavaType[] types = new JavaType[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			if (!parameters[i].isNamePresent()) {
				throw new IllegalArgumentException("The parameter names of " + method.getName()
						+ " are not in the class file: compile with -parameters");
			}
			properties.set(parameters[i].getName(), JsonSchemas.forJavaType(parameters[i].getParameterizedType()));
			required.add(parameters[i].getName());
			types[i] = Json.mapper().constructType(parameters[i].getParameterizedType());
		}
		schema.put("additionalProperties", false);
		method.trySetAccessible();
		DynamicToolHandler handler = (call) -> {
			Object[] values = new Object[parameters.length];
			for (int i = 0; i < parameters.length; i++) {
				JsonNode value = call.arguments().get(parameters[i].getName());
				values[i] = (value == null || value.isNull()) ? absent(parameters[i])
						: Json.mapper().treeToValue(value, types[i]);
			}
			try {
				return resultOf(method.invoke(target, values));
			}
			catch (InvocationTargetException ex) {
				Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
				if (cause instanceof Exception exception) {
					throw exception;
				}
				throw (Error) cause;
			}
		};
		return new DynamicTool(method.getName(), description, schema, handler, DEFAULT_TIMEOUT);
	}

	/**
	 * The value of a method parameter the model sent as {@code null} or left out: an empty {@code Optional*}, else
	 * {@code null}.
	 * @throws IllegalArgumentException for a primitive (the model reads the message)
	 */
	private static Object absent(Parameter parameter) {
		Class<?> type = parameter.getType();
		if (type == Optional.class) {
			return Optional.empty();
		}
		if (type == OptionalInt.class) {
			return OptionalInt.empty();
		}
		if (type == OptionalLong.class) {
			return OptionalLong.empty();
		}
		if (type == OptionalDouble.class) {
			return OptionalDouble.empty();
		}
		if (type.isPrimitive()) {
			throw new IllegalArgumentException("Argument '" + parameter.getName() + "' is required (a " + type.getName()
					+ "), but was null or missing");
		}
		return null;
	}

	/** What a Java function's return value becomes. */
	static DynamicToolResult resultOf(Object value) {
		if (value instanceof DynamicToolResult result) {
			return result;
		}
		if (value == null) {
			return DynamicToolResult.text("");
		}
		if (value instanceof CharSequence text) {
			return DynamicToolResult.text(text.toString());
		}
		return DynamicToolResult.text(Json.write(value));
	}

	/** This tool with another timeout for each call. */
	public DynamicTool withTimeout(Duration timeout) {
		return new DynamicTool(this.name, this.description, this.inputSchema, this.handler, timeout);
	}

	/** The name the model calls the tool by. */
	public String name() {
		return this.name;
	}

	/** What the tool does, for the model. */
	public String description() {
		return this.description;
	}

	/** The JSON schema of the arguments (a copy). */
	public JsonNode inputSchema() {
		return this.inputSchema.deepCopy();
	}

	/** The handler. */
	public DynamicToolHandler handler() {
		return this.handler;
	}

	/** How long one call may run before the model gets a failed result and the handler is interrupted. */
	public Duration timeout() {
		return this.timeout;
	}

	/** The {@link DynamicToolSpec} sent with {@code thread/start}. */
	ObjectNode toSpec() {
		return (ObjectNode) Json.toTree(
				new DynamicToolSpec.Function(null, this.description, this.inputSchema.deepCopy(), this.name));
	}

	@Override
	public String toString() {
		return "DynamicTool[" + this.name + ", timeout=" + this.timeout.toMillis() + " ms]";
	}

}
