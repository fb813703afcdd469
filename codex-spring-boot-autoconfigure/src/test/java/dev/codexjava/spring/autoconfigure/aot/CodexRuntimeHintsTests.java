package dev.codexjava.spring.autoconfigure.aot;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.SpringFactoriesLoader;

import dev.codexjava.client.Codex;
import dev.codexjava.client.CommandDecision;
import dev.codexjava.client.CommandOutput;
import dev.codexjava.client.CommandResult;
import dev.codexjava.client.TurnEvent;
import dev.codexjava.client.TurnResult;
import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.NotificationType;
import dev.codexjava.protocol.generated.Methods;
import dev.codexjava.protocol.generated.NetworkPolicyAmendment;
import dev.codexjava.protocol.generated.Notifications;
import dev.codexjava.protocol.generated.ServerRequests;
import dev.codexjava.protocol.model.AccountInfo;
import dev.codexjava.protocol.model.ModelInfo;
import dev.codexjava.protocol.model.ThreadInfo;
import dev.codexjava.protocol.model.ThreadItem;
import dev.codexjava.protocol.model.TurnError;
import dev.codexjava.protocol.newer.NewerMethods;
import dev.codexjava.protocol.newer.NewerNotifications;
import dev.codexjava.spring.autoconfigure.CodexProperties;
import dev.codexjava.spring.autoconfigure.retry.RetryOnOverload;

import static org.assertj.core.api.Assertions.assertThat;

/** The native-image hints of {@link CodexRuntimeHints}, checked with {@link RuntimeHintsPredicates}. */
class CodexRuntimeHintsTests {

	private final RuntimeHints hints = registered();

	private static RuntimeHints registered() {
		RuntimeHints hints = new RuntimeHints();
		// through aot.factories, as Spring's AOT processing finds it
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, CodexRuntimeHintsTests.class.getClassLoader()));
		return hints;
	}

	@Test
	void theRegistrarIsListedInAotFactories() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(CodexRuntimeHints.class);
	}

	@Test
	void recordsReturnedToApplicationsCanBeSerialisedAndReadBack() {
		for (Class<?> type : new Class<?>[] { TurnResult.class, ThreadInfo.class, ModelInfo.class, AccountInfo.class,
				TurnError.class, ThreadItem.AgentMessage.class, ThreadItem.CommandExecution.class,
				ThreadItem.FileChange.class, ThreadItem.Other.class, TurnEvent.Completed.class,
				TurnEvent.TokenUsage.class, CommandResult.class, CommandOutput.class }) {
			assertBindable(type);
		}
	}

	@Test
	void everySubtypeOfTheSealedItemAndEventTypesHasBindingHints() {
		for (Class<?> sealed : new Class<?>[] { ThreadItem.class, TurnEvent.class }) {
			for (Class<?> subtype : sealed.getPermittedSubclasses()) {
				assertBindable(subtype);
			}
		}
	}

	@Test
	void everyPublicTypeOfTheProtocolModelPackageHasBindingHints() {
		int checked = 0;
		for (Class<?> type : publicTypesIn("dev.codexjava.protocol.model")) {
			if (type.isRecord() || type.isEnum()) {
				assertBindable(type);
				checked++;
			}
		}
		assertThat(checked).as("records and enums found in dev.codexjava.protocol.model").isGreaterThan(8);
	}

	@Test
	void theNineteenThreadItemKindsHaveBindingHints() {
		Class<?>[] kinds = ThreadItem.class.getPermittedSubclasses();
		// the 19 kinds of the protocol, and Other for an unknown one
		assertThat(kinds).hasSizeGreaterThanOrEqualTo(20);
		for (Class<?> kind : kinds) {
			assertBindable(kind);
		}
	}

	@Test
	void commandDecisionsAndTheirAmendmentsHaveBindingHints() {
		assertBindable(CommandDecision.class);
		for (Class<?> kind : CommandDecision.class.getPermittedSubclasses()) {
			assertBindable(kind);
		}
		assertBindable(NetworkPolicyAmendment.class);
	}

	@Test
	void everyTypedRequestNotificationAndServerRequestHasBindingHintsForItsParamsAndResult() {
		int checked = 0;
		for (Class<?> holder : new Class<?>[] { Methods.class, ServerRequests.class, Notifications.class,
				NewerMethods.class, NewerNotifications.class }) {
			for (Field field : holder.getFields()) {
				Object descriptor = get(field);
				if (descriptor instanceof Method<?, ?> method) {
					checked += assertBindableUnlessRaw(method.paramsType()) + assertBindableUnlessRaw(method.resultType());
				}
				else if (descriptor instanceof NotificationType<?> type) {
					checked += assertBindableUnlessRaw(type.paramsType());
				}
			}
		}
		assertThat(checked).as("typed params and results").isGreaterThan(200);
	}

	@Test
	void everyPublicTypeOfTheGeneratedProtocolHasBindingHints() {
		int checked = 0;
		for (Class<?> type : publicTypesIn(CodexRuntimeHints.GENERATED_PACKAGE)) {
			if (type.isRecord() || type.isEnum() || type.isInterface()) {
				assertBindable(type);
				checked++;
			}
		}
		assertThat(checked).as("records, enums and unions in the generated protocol").isGreaterThan(600);
	}

	@Test
	void everyPublicTypeOfTheNewerProtocolEntriesHasBindingHints() {
		int checked = 0;
		for (Class<?> type : publicTypesIn(CodexRuntimeHints.NEWER_PACKAGE)) {
			if (type.isRecord()) {
				assertBindable(type);
				checked++;
			}
		}
		assertThat(checked).as("records of dev.codexjava.protocol.newer").isGreaterThanOrEqualTo(3);
	}

	private int assertBindableUnlessRaw(Class<?> type) {
		if (type == Void.class || tools.jackson.databind.JsonNode.class.isAssignableFrom(type)) {
			return 0;
		}
		assertBindable(type);
		return 1;
	}

	private static Object get(Field field) {
		try {
			return Modifier.isStatic(field.getModifiers()) ? field.get(null) : null;
		}
		catch (IllegalAccessException ex) {
			throw new AssertionError(ex);
		}
	}

	/** The public classes of a package, nested ones included, found by Spring's class-path scanner. */
	private static java.util.List<Class<?>> publicTypesIn(String packageName) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter((reader, factory) -> true);
		java.util.List<Class<?>> types = new java.util.ArrayList<>();
		for (var definition : scanner.findCandidateComponents(packageName)) {
			Class<?> type = load(definition.getBeanClassName());
			if (Modifier.isPublic(type.getModifiers()) && type.getPackageName().equals(packageName)) {
				types.add(type);
			}
		}
		return types;
	}

	@Test
	void theSdkVersionResourceIsIncludedAndIsTheOneTheSdkReads() throws Exception {
		assertThat(RuntimeHintsPredicates.resource().forResource(CodexRuntimeHints.SDK_BUILD_INFO)).accepts(this.hints);
		Properties properties = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(CodexRuntimeHints.SDK_BUILD_INFO)) {
			assertThat(in).as(CodexRuntimeHints.SDK_BUILD_INFO).isNotNull();
			properties.load(in);
		}
		assertThat(properties).containsEntry("sdk.version", Codex.sdkVersion())
			.containsEntry("server.minimum-version", Codex.MINIMUM_SERVER_VERSION)
			.containsEntry("server.newest-tested-version", Codex.NEWEST_TESTED_SERVER_VERSION);
	}

	@Test
	void codexRetryCanBeBoundAtRuntimeAndRetryOnOverloadRead() {
		assertThat(RuntimeHintsPredicates.reflection().onType(CodexProperties.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(CodexProperties.Retry.class, "setMaxAttempts"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(RetryOnOverload.class)).accepts(this.hints);
	}

	private void assertBindable(Class<?> type) {
		assertThat(RuntimeHintsPredicates.reflection().onType(type)).as("type hint for %s", type.getName())
			.accepts(this.hints);
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
					.as("%s.%s()", type.getName(), component.getName())
					.accepts(this.hints);
			}
			Class<?>[] parameters = java.util.Arrays.stream(type.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			try {
				assertThat(RuntimeHintsPredicates.reflection()
					.onConstructorInvocation(type.getDeclaredConstructor(parameters)))
					.as("canonical constructor of %s", type.getName())
					.accepts(this.hints);
			}
			catch (NoSuchMethodException ex) {
				throw new AssertionError(ex);
			}
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError(ex);
		}
	}

}
