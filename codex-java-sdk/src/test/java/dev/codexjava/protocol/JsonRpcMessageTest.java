package dev.codexjava.protocol;

import org.junit.jupiter.api.Test;

import dev.codexjava.protocol.JsonRpcMessage.ErrorResponse;
import dev.codexjava.protocol.JsonRpcMessage.Notification;
import dev.codexjava.protocol.JsonRpcMessage.Response;
import dev.codexjava.protocol.JsonRpcMessage.ServerRequest;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRpcMessageTest {

	private static JsonRpcMessage decode(String json) {
		return JsonRpcMessage.decode(Json.parse(json));
	}

	@Test
	void methodAndIdIsAServerRequest() {
		JsonRpcMessage message = decode("{\"id\":0,\"method\":\"item/commandExecution/requestApproval\",\"params\":{}}");
		assertThat(message).isInstanceOfSatisfying(ServerRequest.class, (r) -> {
			assertThat(r.id().asInt()).isZero();
			assertThat(r.method()).isEqualTo("item/commandExecution/requestApproval");
		});
		assertThat(decode("{\"id\":\"abc\",\"method\":\"m\"}")).isInstanceOf(ServerRequest.class);
	}

	@Test
	void methodWithoutIdIsANotification() {
		assertThat(decode("{\"method\":\"turn/started\",\"params\":{\"a\":1},\"emittedAtMs\":5}"))
			.isInstanceOfSatisfying(Notification.class, (n) -> assertThat(n.params().get("a").asInt()).isEqualTo(1));
		assertThat(decode("{\"method\":\"x\",\"id\":null,\"params\":null}"))
			.isInstanceOfSatisfying(Notification.class, (n) -> assertThat(n.params()).isNull());
	}

	@Test
	void idWithResultOrErrorIsAResponse() {
		assertThat(decode("{\"id\":3,\"result\":{\"ok\":true}}")).isInstanceOf(Response.class);
		assertThat(decode("{\"id\":3,\"result\":null}")).isInstanceOf(Response.class);
		assertThat(decode("{\"id\":3,\"error\":{\"code\":-32600,\"message\":\"bad\"}}"))
			.isInstanceOfSatisfying(ErrorResponse.class, (e) -> assertThat(e.error().code()).isEqualTo(-32600));
	}

	@Test
	void otherShapesAreNotMessages() {
		assertThat(decode("[1,2]")).isNull();
		assertThat(decode("{\"foo\":1}")).isNull();
		assertThat(decode("{\"id\":3}")).isNull();
		assertThat(decode("null")).isNull();
		assertThat(JsonRpcMessage.decode(null)).isNull();
	}

}
