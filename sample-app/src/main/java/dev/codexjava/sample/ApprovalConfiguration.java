package dev.codexjava.sample;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import dev.codexjava.client.ApprovalHandler;
import dev.codexjava.client.CodexListener;
import dev.codexjava.spring.autoconfigure.CodexConfigCustomizer;

/**
 * Human-in-the-loop approvals, on with {@code sample.approvals.enabled=true} (off by default: then the starter's
 * {@code codex.approvals.default}, {@code decline}, answers every request). Sets the approval policy to
 * {@code on-request}, so the agent asks before it runs a command outside the sandbox, and answers those requests
 * with the person watching the turn's stream ({@link PageApprovalHandler}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(ApprovalConfiguration.PROPERTY)
public class ApprovalConfiguration {

	/** The property that switches approvals in the page on. */
	public static final String PROPERTY = "sample.approvals.enabled";

	@Bean
	ApprovalHandler pageApprovalHandler(TurnStreams streams, PendingApprovals approvals) {
		return new PageApprovalHandler(streams, approvals);
	}

	/** Tells the page when the SDK declined a request at its deadline. */
	@Bean
	CodexListener approvalDeadlines(PendingApprovals approvals) {
		return new CodexListener() {
			@Override
			public void onApprovalTimedOut(String method, String threadId, Duration timeout, String decision) {
				if (threadId != null) {
					approvals.expire(threadId);
				}
			}
		};
	}

	/** Runs last, so that it wins over {@code codex.approval-policy} and the demo model's {@code never}. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	CodexConfigCustomizer approvalPolicyOnRequest() {
		return (builder) -> builder.config("approval_policy", "on-request");
	}

}
