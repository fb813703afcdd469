package dev.codexjava.protocol.generated;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jspecify.annotations.Nullable;

/**
 * The protocol's {@code ConfigRequirements}.
 */
@SuppressWarnings("unused")
public record ConfigRequirements(
		@JsonProperty("additionalDeveloperInstructions") @Nullable String additionalDeveloperInstructions,
		@JsonProperty("allowAppshots") @Nullable Boolean allowAppshots,
		@JsonProperty("allowBrowserAndComputerUse") @Nullable Boolean allowBrowserAndComputerUse,
		@JsonProperty("allowLoginShell") @Nullable Boolean allowLoginShell,
		@JsonProperty("allowManagedHooksOnly") @Nullable Boolean allowManagedHooksOnly,
		@JsonProperty("allowRemoteControl") @Nullable Boolean allowRemoteControl,
		@JsonProperty("allowedApprovalPolicies") @Nullable List<AskForApproval> allowedApprovalPolicies,
		@JsonProperty("allowedLoginMethods") @Nullable List<ForcedLoginMethod> allowedLoginMethods,
		@JsonProperty("allowedPermissionProfiles") @Nullable Map<String, Boolean> allowedPermissionProfiles,
		@JsonProperty("allowedSandboxModes") @Nullable List<SandboxMode> allowedSandboxModes,
		@JsonProperty("allowedWebSearchModes") @Nullable List<WebSearchMode> allowedWebSearchModes,
		@JsonProperty("allowedWindowsSandboxImplementations") @Nullable List<WindowsSandboxImplementation> allowedWindowsSandboxImplementations,
		@JsonProperty("autoReview") @Nullable AutoReviewRequirements autoReview,
		@JsonProperty("browserUse") @Nullable BrowserUseRequirements browserUse,
		@JsonProperty("chatgptBaseUrl") @Nullable String chatgptBaseUrl,
		@JsonProperty("checkForUpdateOnStartup") @Nullable Boolean checkForUpdateOnStartup,
		@JsonProperty("cliAuthCredentialsStore") @Nullable CliAuthCredentialsStoreMode cliAuthCredentialsStore,
		@JsonProperty("computerUse") @Nullable ComputerUseRequirements computerUse,
		@JsonProperty("defaultPermissions") @Nullable String defaultPermissions,
		@JsonProperty("enforceResidency") @Nullable ResidencyRequirement enforceResidency,
		@JsonProperty("featureRequirements") @Nullable Map<String, Boolean> featureRequirements,
		@JsonProperty("feedback") @Nullable FeedbackRequirements feedback,
		@JsonProperty("inAppBrowser") @Nullable InAppBrowserRequirements inAppBrowser,
		@JsonProperty("logDir") @Nullable String logDir,
		@JsonProperty("modelCatalogJson") @Nullable String modelCatalogJson,
		@JsonProperty("modelProvider") @Nullable String modelProvider,
		@JsonProperty("modelProviders") @Nullable JsonNode modelProviders,
		@JsonProperty("models") @Nullable ModelsRequirements models,
		@JsonProperty("otel") @Nullable OtelRequirements otel,
		@JsonProperty("sqliteHome") @Nullable String sqliteHome,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ConfigRequirements {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ConfigRequirements(@Nullable String additionalDeveloperInstructions, @Nullable Boolean allowAppshots, @Nullable Boolean allowBrowserAndComputerUse, @Nullable Boolean allowLoginShell, @Nullable Boolean allowManagedHooksOnly, @Nullable Boolean allowRemoteControl, @Nullable List<AskForApproval> allowedApprovalPolicies, @Nullable List<ForcedLoginMethod> allowedLoginMethods, @Nullable Map<String, Boolean> allowedPermissionProfiles, @Nullable List<SandboxMode> allowedSandboxModes, @Nullable List<WebSearchMode> allowedWebSearchModes, @Nullable List<WindowsSandboxImplementation> allowedWindowsSandboxImplementations, @Nullable AutoReviewRequirements autoReview, @Nullable BrowserUseRequirements browserUse, @Nullable String chatgptBaseUrl, @Nullable Boolean checkForUpdateOnStartup, @Nullable CliAuthCredentialsStoreMode cliAuthCredentialsStore, @Nullable ComputerUseRequirements computerUse, @Nullable String defaultPermissions, @Nullable ResidencyRequirement enforceResidency, @Nullable Map<String, Boolean> featureRequirements, @Nullable FeedbackRequirements feedback, @Nullable InAppBrowserRequirements inAppBrowser, @Nullable String logDir, @Nullable String modelCatalogJson, @Nullable String modelProvider, @Nullable JsonNode modelProviders, @Nullable ModelsRequirements models, @Nullable OtelRequirements otel, @Nullable String sqliteHome) {
		this(additionalDeveloperInstructions, allowAppshots, allowBrowserAndComputerUse, allowLoginShell, allowManagedHooksOnly, allowRemoteControl, allowedApprovalPolicies, allowedLoginMethods, allowedPermissionProfiles, allowedSandboxModes, allowedWebSearchModes, allowedWindowsSandboxImplementations, autoReview, browserUse, chatgptBaseUrl, checkForUpdateOnStartup, cliAuthCredentialsStore, computerUse, defaultPermissions, enforceResidency, featureRequirements, feedback, inAppBrowser, logDir, modelCatalogJson, modelProvider, modelProviders, models, otel, sqliteHome, Map.of());
	}

}
