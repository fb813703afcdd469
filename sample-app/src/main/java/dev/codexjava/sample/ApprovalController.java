package dev.codexjava.sample;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/approvals/{id}} with {@code {"decision": "accept"}} or {@code {"decision": "decline"}}: the
 * person's answer to an {@code approval} event of a turn's stream. {@code 204} when it was taken; {@code 404} when
 * no such request is pending (unknown id, already decided, past its deadline, or its stream ended); {@code 400} for
 * any other decision.
 */
@RestController
public class ApprovalController {

	private final PendingApprovals approvals;

	/**
	 * A controller over {@code approvals}.
	 * @param approvals the pending approval requests
	 */
	public ApprovalController(PendingApprovals approvals) {
		this.approvals = approvals;
	}

	/**
	 * Answers a pending request.
	 * @param id the request id from the {@code approval} event
	 * @param request the decision
	 * @return {@code 204}
	 */
	@PostMapping("/api/approvals/{id}")
	public ResponseEntity<Void> decide(@PathVariable String id, @RequestBody DecisionRequest request) {
		boolean allow = request.requireAllow();
		if (!this.approvals.decide(id, allow)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No pending approval request with that id");
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * The body of an answer.
	 *
	 * @param decision {@code accept} or {@code decline}
	 */
	public record DecisionRequest(String decision) {

		boolean requireAllow() {
			if ("accept".equals(this.decision)) {
				return true;
			}
			if ("decline".equals(this.decision)) {
				return false;
			}
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'decision' must be 'accept' or 'decline'");
		}

	}

}
