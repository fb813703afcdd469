package dev.codexjava.spring.autoconfigure.aot;

import java.util.ArrayList;
import java.util.List;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

import dev.codexjava.client.ApprovalDecision;
import dev.codexjava.client.ApprovalPolicy;
import dev.codexjava.client.CommandApprovalRequest;
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
 * that a controller can return a {@link TurnResult}, a {@link ThreadInfo} or a {@link TurnEvent}, sealed subtypes
 * included;</li>
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
			FileChangeApprovalRequest.class, ApprovalDecision.class, ApprovalPolicy.class, SandboxMode.class);

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
				bindingTypes().toArray(Class<?>[]::new));
		hints.resources().registerPattern(SDK_BUILD_INFO);
		BindableRuntimeHintsRegistrar.forTypes(CodexProperties.class).registerHints(hints, classLoader);
		hints.reflection().registerType(RetryOnOverload.class);
	}

	/** {@link #RETURNED_TYPES} with the permitted subtypes of the sealed interfaces among them. */
	static List<Class<?>> bindingTypes() {
		List<Class<?>> types = new ArrayList<>();
		RETURNED_TYPES.forEach((type) -> addWithSubtypes(type, types));
		return types;
	}

	private static void addWithSubtypes(Class<?> type, List<Class<?>> types) {
		types.add(type);
		if (type.isSealed()) {
			for (Class<?> subtype : type.getPermittedSubclasses()) {
				addWithSubtypes(subtype, types);
			}
		}
	}

}
