package dev.codexjava.spring.ai;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CodexThread;
import dev.codexjava.client.ThreadOptions;
import dev.codexjava.protocol.generated.Methods;
import dev.codexjava.protocol.generated.ThreadUnsubscribeParams;

/**
 * The Codex threads of chat conversations: one thread per conversation id, started on the conversation's first task
 * and reused for the next ones, at most {@code maxConversations} of them. When a new conversation would exceed the
 * bound, the least recently used idle one is evicted: its thread is unsubscribed on the app-server (which unloads it
 * once no client listens; the thread stays on disk unless it is ephemeral). A conversation whose task is running is
 * never evicted. {@link #close()} unsubscribes every idle thread.
 */
final class ConversationThreads implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(ConversationThreads.class);

	private final Codex codex;

	private final Function<String, ThreadOptions> options;

	private final int maxConversations;

	private final ReentrantLock lock = new ReentrantLock();

	/** In access order: the first entry is the least recently used. */
	private final LinkedHashMap<String, Conversation> conversations = new LinkedHashMap<>(16, 0.75f, true);

	private boolean closed;

	/**
	 * @param codex the client that starts the threads
	 * @param options the thread options of a new conversation's thread, by conversation id
	 * @param maxConversations how many conversations keep their thread
	 */
	ConversationThreads(Codex codex, Function<String, ThreadOptions> options, int maxConversations) {
		if (maxConversations < 1) {
			throw new IllegalArgumentException("maxConversations must be at least 1, not " + maxConversations);
		}
		this.codex = codex;
		this.options = options;
		this.maxConversations = maxConversations;
	}

	/**
	 * The conversation's thread, started if it has none; the caller must {@link Lease#close() close} the lease when its
	 * turn has ended.
	 */
	Lease acquire(String conversationId) {
		Conversation conversation;
		List<Conversation> evicted = new ArrayList<>();
		this.lock.lock();
		try {
			if (this.closed) {
				throw new IllegalStateException("The Codex tool is closed");
			}
			conversation = this.conversations.computeIfAbsent(conversationId, Conversation::new);
			conversation.leases++;
			Iterator<Conversation> eldest = this.conversations.values().iterator();
			while (this.conversations.size() > this.maxConversations && eldest.hasNext()) {
				Conversation candidate = eldest.next();
				if (candidate.leases == 0) {
					eldest.remove();
					evicted.add(candidate);
				}
			}
		}
		finally {
			this.lock.unlock();
		}
		evicted.forEach(this::unsubscribe);
		try {
			return new Lease(conversation, conversation.thread(this.codex, this.options));
		}
		catch (RuntimeException ex) {
			release(conversation);
			throw ex;
		}
	}

	/** The conversation ids that have a thread, least recently used first. */
	List<String> conversationIds() {
		this.lock.lock();
		try {
			return List.copyOf(this.conversations.keySet());
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The thread id of a conversation, or {@code null} if it has none. */
	String threadId(String conversationId) {
		this.lock.lock();
		try {
			Conversation conversation = this.conversations.get(conversationId);
			return (conversation != null && conversation.thread != null) ? conversation.thread.id() : null;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void release(Conversation conversation) {
		boolean unsubscribe = false;
		this.lock.lock();
		try {
			conversation.leases--;
			if (conversation.leases == 0 && (this.closed || conversation.thread == null)) {
				// closed while its turn ran, or its thread never started: forget it
				this.conversations.remove(conversation.id, conversation);
				unsubscribe = this.closed;
			}
		}
		finally {
			this.lock.unlock();
		}
		if (unsubscribe) {
			unsubscribe(conversation);
		}
	}

	/** Unsubscribes every idle conversation's thread; threads with a running task follow when their task ends. */
	@Override
	public void close() {
		List<Conversation> idle = new ArrayList<>();
		this.lock.lock();
		try {
			if (this.closed) {
				return;
			}
			this.closed = true;
			this.conversations.values().removeIf((conversation) -> {
				if (conversation.leases == 0) {
					idle.add(conversation);
					return true;
				}
				return false;
			});
		}
		finally {
			this.lock.unlock();
		}
		idle.forEach(this::unsubscribe);
	}

	private void unsubscribe(Conversation conversation) {
		unsubscribe(this.codex, conversation.thread);
	}

	/** Asks the app-server to unload {@code thread} once no client listens; failures are only logged. */
	static void unsubscribe(Codex codex, CodexThread thread) {
		if (thread == null || !codex.isRunning()) {
			return;
		}
		try {
			codex.request(Methods.THREAD_UNSUBSCRIBE, new ThreadUnsubscribeParams(thread.id()));
			logger.debug("Unsubscribed Codex thread " + thread.id());
		}
		catch (RuntimeException ex) {
			logger.debug("Could not unsubscribe Codex thread " + thread.id() + ": " + ex.getMessage());
		}
	}

	/** A conversation and its thread (started lazily, outside the registry's lock). */
	private static final class Conversation {

		private final String id;

		private final ReentrantLock startLock = new ReentrantLock();

		/** Guarded by the registry's lock. */
		private int leases;

		private volatile CodexThread thread;

		Conversation(String id) {
			this.id = id;
		}

		CodexThread thread(Codex codex, Function<String, ThreadOptions> options) {
			CodexThread current = this.thread;
			if (current != null) {
				return current;
			}
			this.startLock.lock();
			try {
				if (this.thread == null) {
					this.thread = codex.startThread(options.apply(this.id));
				}
				return this.thread;
			}
			finally {
				this.startLock.unlock();
			}
		}

	}

	/** A conversation's thread, in use until closed. */
	final class Lease implements AutoCloseable {

		private final Conversation conversation;

		private final CodexThread thread;

		private boolean released;

		private Lease(Conversation conversation, CodexThread thread) {
			this.conversation = conversation;
			this.thread = thread;
		}

		CodexThread thread() {
			return this.thread;
		}

		@Override
		public void close() {
			if (!this.released) {
				this.released = true;
				release(this.conversation);
			}
		}

	}

	/** For tests: the number of conversations that keep a thread. */
	int size() {
		this.lock.lock();
		try {
			return this.conversations.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public String toString() {
		return "ConversationThreads[max=" + this.maxConversations + ", size=" + size() + "]";
	}

}
