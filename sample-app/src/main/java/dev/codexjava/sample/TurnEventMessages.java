package dev.codexjava.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.codexjava.client.TurnEvent;
import dev.codexjava.protocol.model.ThreadItem;

/**
 * Maps the {@link TurnEvent}s of a turn onto Server-Sent Events: the event name and its JSON payload.
 *
 * <table>
 * <caption>Events</caption>
 * <tr><th>name</th><th>data</th></tr>
 * <tr><td>{@code accepted}</td><td>{@code {threadId}}: sent at once, before the server accepted the turn
 * (by {@link TurnStream})</td></tr>
 * <tr><td>{@code started}</td><td>{@code {turnId}}: the server accepted the turn (by {@link TurnStream})</td></tr>
 * <tr><td>{@code delta}</td><td>{@code {itemId, text}}: a piece of the answer</td></tr>
 * <tr><td>{@code reset}</td><td>{@code {itemId}}: the server restarted that message, drop its text</td></tr>
 * <tr><td>{@code reasoning}</td><td>{@code {itemId, text}}: a piece of reasoning</td></tr>
 * <tr><td>{@code item-started}</td><td>an {@link ItemView} of a command, file change or tool call that began</td></tr>
 * <tr><td>{@code output}</td><td>{@code {itemId, text}}: a piece of a command's output</td></tr>
 * <tr><td>{@code item}</td><td>an {@link ItemView} of an item that completed</td></tr>
 * <tr><td>{@code usage}</td><td>{@code {last, total, modelContextWindow}} token counts</td></tr>
 * <tr><td>{@code error}</td><td>{@code {message, willRetry}}: a generic message (the details are logged)</td></tr>
 * <tr><td>{@code approval}</td><td>an {@link ApprovalView}: the agent asks to run a command or change files
 * (sent by {@link PendingApprovals}, not mapped here)</td></tr>
 * <tr><td>{@code approval-decided}</td><td>{@code {id, decision}}: {@code accept}, {@code decline} or
 * {@code timeout}</td></tr>
 * <tr><td>{@code dropped}</td><td>{@code {count}}: deltas dropped for a slow client</td></tr>
 * <tr><td>{@code completed}</td><td>the {@link dev.codexjava.client.TurnResult} (a failed turn's error message is
 * generic), always last</td></tr>
 * </table>
 * Comments ({@code :heartbeat}) are sent while the stream is idle.
 * User-message items and raw notifications ({@link TurnEvent.Other}) are not sent.
 */
final class TurnEventMessages {

	/** The name of the last event of every stream. */
	static final String COMPLETED = "completed";

	private TurnEventMessages() {
	}

	/** One Server-Sent Event: its name and the object sent as JSON data. */
	record Message(String name, Object data) {
	}

	/**
	 * The message for {@code event}, or empty if the page does not need it.
	 * @param event an event of the turn
	 * @return the message to send, if any
	 */
	static Optional<Message> of(TurnEvent event) {
		if (event instanceof TurnEvent.Started started) {
			return message("started", Map.of("turnId", started.turnId()));
		}
		if (event instanceof TurnEvent.AgentMessageDelta delta) {
			return message("delta", piece(delta.itemId(), delta.delta()));
		}
		if (event instanceof TurnEvent.ReasoningDelta delta) {
			return message("reasoning", piece(delta.itemId(), delta.delta()));
		}
		if (event instanceof TurnEvent.CommandOutputDelta delta) {
			return message("output", piece(delta.itemId(), delta.delta()));
		}
		if (event instanceof TurnEvent.ItemStarted started) {
			return itemStarted(started);
		}
		if (event instanceof TurnEvent.ItemCompleted completed) {
			return (completed.item() instanceof ThreadItem.UserMessage) ? Optional.empty()
					: message("item", ItemView.of(completed.item()));
		}
		if (event instanceof TurnEvent.TokenUsage usage) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("last", usage.last());
			data.put("total", usage.total());
			data.put("modelContextWindow", usage.modelContextWindow());
			return message("usage", data);
		}
		if (event instanceof TurnEvent.Error error) {
			// the server's text can hold details the browser must not see: a generic message (logged in full)
			return message("error", ClientErrors.turnFailed(error.willRetry()));
		}
		if (event instanceof TurnEvent.EventsDropped dropped) {
			return message("dropped", Map.of("count", dropped.droppedDeltas()));
		}
		if (event instanceof TurnEvent.Completed completed) {
			return message(COMPLETED, ClientErrors.forClient(completed.result()));
		}
		return Optional.empty();
	}

	private static Optional<Message> itemStarted(TurnEvent.ItemStarted started) {
		ThreadItem item = started.item();
		if (item instanceof ThreadItem.AgentMessage) {
			return started.restarted() ? message("reset", Map.of("itemId", item.id())) : Optional.empty();
		}
		if (item instanceof ThreadItem.UserMessage || item instanceof ThreadItem.Reasoning) {
			return Optional.empty();
		}
		return message("item-started", ItemView.of(item));
	}

	private static Map<String, String> piece(String itemId, String text) {
		Map<String, String> data = new LinkedHashMap<>();
		data.put("itemId", itemId);
		data.put("text", text);
		return data;
	}

	private static Optional<Message> message(String name, Object data) {
		return Optional.of(new Message(name, data));
	}

}
