package dev.codexjava.client;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.codexjava.transport.Transport;

/**
 * A pool client ({@link CodexConfig#servers()}) whose members run over {@link FakeTransport}s instead of child
 * processes (white-box: the members' connections are replaced before start).
 */
final class PoolFakes {

	private PoolFakes() {
	}

	/** The fakes started for one member, in order (one per start or restart). */
	static final class Member implements Supplier<Transport> {

		final String name;

		final List<FakeTransport> started = new CopyOnWriteArrayList<>();

		private final AtomicInteger threads = new AtomicInteger();

		/** What each new fake is set up with (after the default thread/start and turn/start answers). */
		volatile java.util.function.Consumer<FakeTransport> setup = (fake) -> {
		};

		/** Runs before each fake is made (may block or throw: a slow or failing start). */
		volatile Runnable beforeStart = () -> {
		};

		Member(String name) {
			this.name = name;
		}

		@Override
		public Transport get() {
			this.beforeStart.run();
			FakeTransport fake = new FakeTransport();
			fake.on("thread/start", (p) -> FakeTransport.Reply
				.result(Wire.threadResult(this.name + "-t" + this.threads.incrementAndGet())));
			fake.on("turn/start", (p) -> FakeTransport.Reply.result(Wire.turnResult("u-" + this.name)));
			this.setup.accept(fake);
			this.started.add(fake);
			return fake;
		}

		FakeTransport current() {
			return this.started.get(this.started.size() - 1);
		}

	}

	/** A pool client of {@code config} (which names the servers) with one fake-backed member per entry. */
	static Codex create(CodexConfig config, Map<String, Member> members) {
		return create(config, members, java.util.function.UnaryOperator.identity());
	}

	/** The same, with the pool's list of members wrapped by {@code wrap} (to hold a thread that walks it). */
	static Codex create(CodexConfig config, Map<String, Member> members,
			java.util.function.UnaryOperator<List<ServerPool.Member>> wrap) {
		Codex codex = Codex.create(config);
		ServerPool pool = codex.engine().pool();
		try {
			Field subscriptionsField = CodexEngine.class.getDeclaredField("subscriptions");
			subscriptionsField.setAccessible(true);
			Subscriptions subscriptions = (Subscriptions) subscriptionsField.get(codex.engine());
			Field configField = ServerConnection.class.getDeclaredField("config");
			configField.setAccessible(true);
			List<ServerPool.Member> replaced = new ArrayList<>();
			for (ServerPool.Member member : pool.members()) {
				CodexConfig memberConfig = (CodexConfig) configField.get(member.connection());
				Member fakes = members.get(member.name());
				replaced.add(new ServerPool.Member(member.server(),
						new ServerConnection(memberConfig, null, fakes, subscriptions)));
			}
			Field membersField = ServerPool.class.getDeclaredField("members");
			membersField.setAccessible(true);
			membersField.set(pool, wrap.apply(List.copyOf(replaced)));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
		return codex;
	}

	/** The pins map of a pool (white-box). */
	@SuppressWarnings("unchecked")
	static Map<String, ServerPool.Member> pins(Codex codex) {
		try {
			Field field = ServerPool.class.getDeclaredField("pins");
			field.setAccessible(true);
			return (Map<String, ServerPool.Member>) field.get(codex.engine().pool());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static ServerStatus status(Codex codex, String name) {
		return codex.servers().stream().filter((s) -> s.name().equals(name)).findFirst().orElseThrow();
	}

}
