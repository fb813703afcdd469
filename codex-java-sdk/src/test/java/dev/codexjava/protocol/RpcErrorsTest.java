package dev.codexjava.protocol;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.codexjava.error.CodexRpcException;
import dev.codexjava.error.InternalRpcException;
import dev.codexjava.error.InvalidParamsException;
import dev.codexjava.error.InvalidRequestException;
import dev.codexjava.error.MethodNotFoundException;
import dev.codexjava.error.ParseErrorException;
import dev.codexjava.error.ServerBusyException;

import static org.assertj.core.api.Assertions.assertThat;

class RpcErrorsTest {

	private static CodexRpcException map(int code, String message, String dataJson) {
		JsonNode data = (dataJson != null) ? Json.parse(dataJson) : null;
		return RpcErrors.toException("thread/start", new RpcError(code, message, data));
	}

	@Test
	void overloadCodeIsServerBusy() {
		CodexRpcException ex = map(-32001, "Server overloaded; retry later.", null);
		assertThat(ex).isExactlyInstanceOf(ServerBusyException.class);
		assertThat(ex.code()).isEqualTo(-32001);
		assertThat(ex.rpcMessage()).isEqualTo("Server overloaded; retry later.");
		assertThat(ex.method()).isEqualTo("thread/start");
		assertThat(ex.getMessage()).isEqualTo("thread/start failed: JSON-RPC error -32001: Server overloaded; retry later.");
	}

	@Test
	void overloadMarkersInDataAreServerBusyWhateverTheCode() {
		assertThat(map(-32603, "x", "{\"codexErrorInfo\":\"serverOverloaded\"}"))
			.isExactlyInstanceOf(ServerBusyException.class);
		assertThat(map(-32000, "x", "\"server_overloaded\"")).isExactlyInstanceOf(ServerBusyException.class);
		assertThat(map(-32000, "x", "{\"codex_error_info\":\"SERVER_OVERLOADED\"}"))
			.isExactlyInstanceOf(ServerBusyException.class);
		assertThat(map(-32000, "x", "{\"errorInfo\":{\"serverOverloaded\":{}}}"))
			.isExactlyInstanceOf(ServerBusyException.class);
		assertThat(map(-32000, "x", "{\"nested\":[{\"kind\":\"server_overloaded\"}]}"))
			.isExactlyInstanceOf(ServerBusyException.class);
	}

	@Test
	void retryableQueueSaturationIsServerBusyAndKeepsItsData() {
		CodexRpcException ex = map(-32000, "queue full", "{\"reason\":\"transportIngress\",\"retryable\":true}");
		assertThat(ex).isExactlyInstanceOf(ServerBusyException.class);
		assertThat(ex.data().get("reason").asString()).isEqualTo("transportIngress");
		assertThat(ex.code()).isEqualTo(-32000);
	}

	@Test
	void nonRetryableReasonsAreNotServerBusy() {
		assertThat(map(-32600, "busy", "{\"reason\":\"activeTurnInProgress\",\"turnId\":\"u1\"}"))
			.isExactlyInstanceOf(InvalidRequestException.class);
		assertThat(map(-32000, "x", "{\"reason\":\"transportIngress\",\"retryable\":false}"))
			.isExactlyInstanceOf(CodexRpcException.class);
		assertThat(map(-32000, "x", "{\"codexErrorInfo\":\"contextWindowExceeded\"}"))
			.isExactlyInstanceOf(CodexRpcException.class);
	}

	@Test
	void unknownMethodReportedAsInvalidRequestIsMethodNotFound() {
		String message = "Invalid request: unknown variant `bogus/method`, expected one of `initialize`, "
				+ "`thread/start`, `thread/resume`";
		CodexRpcException ex = map(-32600, message, null);
		assertThat(ex).isExactlyInstanceOf(MethodNotFoundException.class);
		assertThat(ex.code()).isEqualTo(-32600);
		assertThat(ex.rpcMessage()).isEqualTo(message);
	}

	@Test
	void badParamsReportedAsInvalidRequestAreInvalidParams() {
		assertThat(map(-32600, "Invalid request: missing field `threadId`", null))
			.isExactlyInstanceOf(InvalidParamsException.class);
		assertThat(map(-32600, "Invalid request: invalid type: integer `1`, expected a string", null))
			.isExactlyInstanceOf(InvalidParamsException.class);
		assertThat(map(-32600, "Invalid request: unknown variant `sideways`, expected one of `low`, `high`", null))
			.as("a bad enum value in params is not an unknown method")
			.isExactlyInstanceOf(InvalidParamsException.class);
	}

	@Test
	void otherInvalidRequestsStayInvalidRequest() {
		CodexRpcException ex = map(-32600, "thread not found: x", null);
		assertThat(ex).isExactlyInstanceOf(InvalidRequestException.class);
		assertThat(ex.rpcMessage()).isEqualTo("thread not found: x");
		assertThat(map(-32600, "Not initialized", null)).isExactlyInstanceOf(InvalidRequestException.class);
	}

	@Test
	void standardCodesMapOneToOneAndKeepCodeMessageAndData() {
		CodexRpcException notFound = map(-32601, "no such method", "{\"k\":1}");
		assertThat(notFound).isExactlyInstanceOf(MethodNotFoundException.class);
		assertThat(notFound.code()).isEqualTo(-32601);
		assertThat(notFound.rpcMessage()).isEqualTo("no such method");
		assertThat(notFound.data().get("k").asInt()).isEqualTo(1);

		assertThat(map(-32602, "bad params", null)).isExactlyInstanceOf(InvalidParamsException.class);
		assertThat(map(-32603, "boom", null)).isExactlyInstanceOf(InternalRpcException.class);
		assertThat(map(-32700, "parse", null)).isExactlyInstanceOf(ParseErrorException.class);
		CodexRpcException other = map(-32050, "custom", null);
		assertThat(other).isExactlyInstanceOf(CodexRpcException.class);
		assertThat(other.code()).isEqualTo(-32050);
		assertThat(other.data()).isNull();
	}

	@Test
	void longMessagesAreAbbreviatedInGetMessageButKeptWhole() {
		String message = "x".repeat(2_000);
		CodexRpcException ex = map(-32603, message, null);
		assertThat(ex.getMessage()).hasSizeLessThan(600).endsWith("…");
		assertThat(ex.rpcMessage()).isEqualTo(message);
	}

	@Test
	void errorObjectsAreReadLeniently() {
		RpcError full = RpcError.from(Json.parse("{\"code\":-32001,\"message\":\"m\",\"data\":{\"a\":1}}"));
		assertThat(full.code()).isEqualTo(-32001);
		assertThat(full.message()).isEqualTo("m");
		assertThat(full.data().get("a").asInt()).isEqualTo(1);

		RpcError sparse = RpcError.from(Json.parse("{\"data\":null}"));
		assertThat(sparse.code()).isEqualTo(-32000);
		assertThat(sparse.message()).isEqualTo("unknown");
		assertThat(sparse.data()).isNull();

		RpcError malformed = RpcError.from(Json.parse("\"oops\""));
		assertThat(malformed.code()).isEqualTo(-32000);
		assertThat(malformed.message()).isEqualTo("Malformed JSON-RPC error response");
	}

}
