package dev.codexjava.client;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.codexjava.protocol.Params;

/**
 * Derives strict JSON schemas (every property required, no additional properties, as structured output requires)
 * from Java records, enums, strings, numbers, booleans, lists and arrays, so a turn's final answer can be mapped back
 * with {@link TurnResult#finalResponseAs(Class)}. Optional components are still required but nullable.
 */
public final class JsonSchemas {

	private JsonSchemas() {
	}

	/**
	 * The schema for {@code type}.
	 * @throws IllegalArgumentException for types that cannot be described (maps, cycles, plain classes)
	 */
	public static ObjectNode forType(Class<?> type) {
		if (type == null || !type.isRecord()) {
			throw new IllegalArgumentException("A structured output type must be a record, was " + type);
		}
		return schema(type, new HashSet<>());
	}

	/** The schema of any describable type (not only records): a method parameter of a dynamic tool. */
	static ObjectNode forJavaType(Type type) {
		return schema(type, new HashSet<>());
	}

	private static ObjectNode schema(Type type, Set<Class<?>> visiting) {
		ObjectNode node = Params.empty();
		if (type instanceof ParameterizedType parameterized) {
			if (!(parameterized.getRawType() instanceof Class<?> raw)) {
				throw new IllegalArgumentException("Unsupported type in structured output schema: " + type);
			}
			Type arg = parameterized.getActualTypeArguments()[0];
			if (Collection.class.isAssignableFrom(raw)) {
				node.put("type", "array");
				node.set("items", schema(arg, visiting));
				return node;
			}
			if (raw == Optional.class) {
				ObjectNode inner = schema(arg, visiting);
				return nullable(inner);
			}
			throw new IllegalArgumentException("Unsupported type in structured output schema: " + type);
		}
		if (type instanceof GenericArrayType array) {
			node.put("type", "array");
			node.set("items", schema(array.getGenericComponentType(), visiting));
			return node;
		}
		if (!(type instanceof Class<?> cls)) {
			throw new IllegalArgumentException("Unsupported type in structured output schema: " + type
					+ " (use concrete records, enums, strings, numbers, booleans, lists or arrays)");
		}
		if (cls == String.class || cls == Character.class || cls == char.class) {
			node.put("type", "string");
		}
		else if (cls == boolean.class || cls == Boolean.class) {
			node.put("type", "boolean");
		}
		else if (cls == int.class || cls == long.class || cls == short.class || cls == byte.class
				|| cls == Integer.class || cls == Long.class || cls == Short.class || cls == Byte.class
				|| cls == BigInteger.class) {
			node.put("type", "integer");
		}
		else if (cls == double.class || cls == float.class || cls == Double.class || cls == Float.class
				|| cls == BigDecimal.class) {
			node.put("type", "number");
		}
		else if (cls.isEnum()) {
			node.put("type", "string");
			ArrayNode values = node.putArray("enum");
			for (Object constant : cls.getEnumConstants()) {
				values.add(((Enum<?>) constant).name());
			}
		}
		else if (cls.isArray()) {
			node.put("type", "array");
			node.set("items", schema(cls.getComponentType(), visiting));
		}
		else if (cls.isRecord()) {
			if (!visiting.add(cls)) {
				throw new IllegalArgumentException("Recursive record " + cls.getName() + " cannot be described");
			}
			node.put("type", "object");
			ObjectNode properties = node.putObject("properties");
			ArrayNode required = node.putArray("required");
			for (RecordComponent component : cls.getRecordComponents()) {
				properties.set(component.getName(), schema(component.getGenericType(), visiting));
				required.add(component.getName());
			}
			node.put("additionalProperties", false);
			visiting.remove(cls);
		}
		else {
			throw new IllegalArgumentException("Unsupported type in structured output schema: " + cls.getName()
					+ " (use records, enums, strings, numbers, booleans, lists or arrays)");
		}
		return node;
	}

	private static ObjectNode nullable(ObjectNode inner) {
		ObjectNode node = Params.empty();
		ArrayNode anyOf = node.putArray("anyOf");
		anyOf.add(inner);
		ObjectNode nullType = Params.empty();
		nullType.put("type", "null");
		anyOf.add(nullType);
		return node;
	}

}
