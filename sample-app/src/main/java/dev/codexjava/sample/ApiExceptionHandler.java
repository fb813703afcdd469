package dev.codexjava.sample;

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
 * {@code 503}, all as problem details except the failed turn.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

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
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(ex.result());
	}

	@ExceptionHandler(CodexException.class)
	ProblemDetail codexFailed(CodexException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
	}

}
