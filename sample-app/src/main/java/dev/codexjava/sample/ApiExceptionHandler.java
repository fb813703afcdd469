package dev.codexjava.sample;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.codexjava.client.ThreadBusyException;
import dev.codexjava.client.TurnFailedException;
import dev.codexjava.client.TurnResult;
import dev.codexjava.error.CodexException;

/**
 * Maps failures to HTTP answers: an unknown thread is {@code 404}, a thread that is
 * already running a turn {@code 409}, a failed turn {@code 502} with its {@link TurnResult}, and other Codex errors
 * {@code 503}, all as problem details except the failed turn. Failures reach the client as a generic message (a
 * failed turn's error included); their details are logged.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	@ExceptionHandler(UnknownThreadException.class)
	ProblemDetail unknownThread(UnknownThreadException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(ThreadBusyException.class)
	ProblemDetail busy(ThreadBusyException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(TurnFailedException.class)
	ResponseEntity<TurnResult> turnFailed(TurnFailedException ex) {
		TurnResult result = ex.result();
		logger.warn("Turn " + result.id() + " of thread " + result.threadId() + " failed: "
				+ ((result.error() != null) ? result.error().message() : "no error reported"));
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(ClientErrors.forClient(result));
	}

	@ExceptionHandler(CodexException.class)
	ProblemDetail codexFailed(CodexException ex) {
		// the message can hold the app-server's stderr or a path: to the log only
		logger.warn("Codex request failed", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ClientErrors.CODEX_UNAVAILABLE);
	}

}
