package dev.codexjava.spring.autoconfigure.aot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

import dev.codexjava.client.ApprovalDecision;
import dev.codexjava.client.ApprovalPolicy;
import dev.codexjava.client.CommandApprovalRequest;
import dev.codexjava.client.CommandDecision;
import dev.codexjava.client.CommandOutput;
import dev.codexjava.client.CommandResult;
import dev.codexjava.client.FileChangeApprovalRequest;
import dev.codexjava.client.LoginResult;
import dev.codexjava.client.SandboxMode;
import dev.codexjava.client.ServerRequest;
import dev.codexjava.client.ServerState;
import dev.codexjava.client.ServerStatus;
import dev.codexjava.client.ThreadPage;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnResult;
import dev.codexjava.client.TurnUsage;
import dev.codexjava.protocol.model.AccountInfo;
import dev.codexjava.protocol.model.CodexErrorInfo;
import dev.codexjava.protocol.model.ModelInfo;
import dev.codexjava.protocol.model.ServerInfo;
import dev.codexjava.protocol.model.ThreadInfo;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TokenCounts;
import dev.codexjava.protocol.model.Turn;
import dev.codexjava.protocol.model.TurnError;
import dev.codexjava.protocol.model.TurnStatus;
import dev.codexjava.spring.autoconfigure.CodexProperties;
import dev.codexjava.spring.autoconfigure.retry.RetryOnOverload;

/**
 * Native-image hints for the SDK and the starter, registered through {@code META-INF/spring/aot.factories}:
 * <ul>
 * <li>binding hints (Jackson, data binding) for the public records and enums the SDK returns to applications, so
 * that a controller can return a {@link TurnResult}, a {@link ThreadInfo}, a {@link TurnEvent} (sealed subtypes
 * included) or the {@link CommandResult} and {@link CommandOutput} of {@code command/exec}, and an approval handler
 * can return a {@link CommandDecision};</li>
 * <li>binding hints for every type of the generated protocol ({@value #GENERATED_PACKAGE}: params, results,
 * notifications, server requests and their parts) and of the hand-written types of entries newer than the pinned
 * binary ({@value #NEWER_PACKAGE}), which the SDK reads and writes with Jackson for the typed
 * requests, the typed server requests of the {@code ApprovalHandler}, {@code ServerRequest.paramsAs},
 * {@code NotificationType.decode} and the typed thread items;</li>
 * <li>the SDK's build-time resource with its version and the supported app-server versions;</li>
 * <li>binding of {@code codex.*} at runtime ({@code @RetryOnOverload} binds {@code codex.retry} itself when there is
 * no {@link CodexProperties} bean);</li>
 * <li>{@link RetryOnOverload}, read from annotated methods and types at runtime.</li>
 * </ul>
 * The application's own structured-output records need {@code @RegisterReflectionForBinding} (see
 * {@code docs/native-and-aot.md}).
 */
final class CodexRuntimeHints implements RuntimeHintsRegistrar {

	/** The SDK's build-time resource (read by {@code dev.codexjava.client.SdkBuildInfo}). */
	static final String SDK_BUILD_INFO = "dev/codexjava/client/codex-java-sdk.properties";

	/** The public data types applications get from the SDK; sealed interfaces stand for all their subtypes. */
	static final List<Class<?>> RETURNED_TYPES = List.of(TurnResult.class, TurnUsage.class, TurnStatus.class,
			TurnError.class, CodexErrorInfo.class, Turn.class, TokenCounts.class, ThreadItem.class, ThreadInfo.class,
			ThreadPage.class, TurnEvent.class, ModelInfo.class, AccountInfo.class, ServerInfo.class, LoginResult.class,
			ServerStatus.class, ServerState.class, ServerRequest.class, CommandApprovalRequest.class,
			FileChangeApprovalRequest.class, ApprovalDecision.class, CommandDecision.class, ApprovalPolicy.class,
			SandboxMode.class, CommandResult.class, CommandOutput.class);

	/** The package of the generated protocol types, all bound reflectively by the SDK's Jackson mapper. */
	static final String GENERATED_PACKAGE = "dev.codexjava.protocol.generated";

	/** The package of the hand-written types of protocol entries newer than the pinned binary, bound the same way. */
	static final String NEWER_PACKAGE = "dev.codexjava.protocol.newer";

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
				bindingTypes(classLoader).toArray(Class<?>[]::new));
		hints.resources().registerPattern(SDK_BUILD_INFO);
		BindableRuntimeHintsRegistrar.forTypes(CodexProperties.class).registerHints(hints, classLoader);
		hints.reflection().registerType(RetryOnOverload.class);
	}

	/**
	 * {@link #RETURNED_TYPES} and the public types of {@link #GENERATED_PACKAGE}, with the permitted subtypes of the
	 * sealed interfaces among them.
	 */
	static List<Class<?>> bindingTypes(ClassLoader classLoader) {
		Set<Class<?>> types = new LinkedHashSet<>();
		RETURNED_TYPES.forEach((type) -> addWithSubtypes(type, types));
		generatedTypes(classLoader).forEach((type) -> addWithSubtypes(type, types));
		typesIn(NEWER_PACKAGE, classLoader).forEach((type) -> addWithSubtypes(type, types));
		return new ArrayList<>(types);
	}

	/**
	 * The public records, enums and interfaces of {@link #GENERATED_PACKAGE}, nested ones included, found on the
	 * class path (this runs in the AOT step, on the JVM), so that a type added by regenerating the protocol gets its
	 * hint without a change here.
	 */
	static List<Class<?>> generatedTypes(ClassLoader classLoader) {
		List<Class<?>> types = typesIn(GENERATED_PACKAGE, classLoader);
		if (types.isEmpty()) {
			// an image built without these hints would fail at the first typed call: fail the AOT step instead
			throw new IllegalStateException("No classes of " + GENERATED_PACKAGE + " found on the class path to "
					+ "register native hints for (is the SDK in a jar without directory entries?)");
		}
		return types;
	}

	/**
	 * The public records, enums and interfaces of a package, nested ones included, found on the class path through
	 * {@code classLoader} (the AOT step's; this class's when {@code null}).
	 */
	private static List<Class<?>> typesIn(String packageName, ClassLoader classLoader) {
		ClassLoader loader = (classLoader != null) ? classLoader : CodexRuntimeHints.class.getClassLoader();
		String pattern = "classpath*:" + ClassUtils.convertClassNameToResourcePath(packageName) + "/*.class";
		List<Class<?>> types = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver(loader).getResources(pattern)) {
				String file = resource.getFilename();
				if (file == null || file.equals("package-info.class")) {
					continue;
				}
				String name = packageName + "." + file.substring(0, file.length() - ".class".length());
				Class<?> type = ClassUtils.resolveClassName(name, loader);
				if (isBindable(type)) {
					types.add(type);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the classes of " + packageName, ex);
		}
		return types;
	}

	private static boolean isBindable(Class<?> type) {
		return Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass()
				&& (type.isRecord() || type.isEnum() || type.isInterface());
	}

	private static void addWithSubtypes(Class<?> type, Set<Class<?>> types) {
		if (!types.add(type)) {
			return;
		}
		if (type.isSealed()) {
			for (Class<?> subtype : type.getPermittedSubclasses()) {
				addWithSubtypes(subtype, types);
			}
		}
	}

}
