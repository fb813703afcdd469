package dev.codexjava.protocol.generated;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jspecify.annotations.Nullable;

/**
 * The protocol's {@code FileSystemAccessMode}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record FileSystemAccessMode(@JsonValue String value) {

	/** {@code read}. */
	public static final FileSystemAccessMode READ = new FileSystemAccessMode("read");

	/** {@code write}. */
	public static final FileSystemAccessMode WRITE = new FileSystemAccessMode("write");

	/** {@code deny}. */
	public static final FileSystemAccessMode DENY = new FileSystemAccessMode("deny");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static FileSystemAccessMode of(String value) {
		return new FileSystemAccessMode(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(READ, WRITE, DENY).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
